namespace Cascade.Core.AdministrativeUnits;

public enum AdministrativeUnitKind
{
    /// <summary>Tỉnh.</summary>
    Province = 0,

    /// <summary>Thành phố trực thuộc trung ương (Hà Nội, Hải Phòng...): a province in level.</summary>
    Municipality = 1,

    /// <summary>Huyện, quận, thị xã, thành phố thuộc tỉnh: ended on 1 July 2025.</summary>
    District = 2,

    /// <summary>Xã.</summary>
    Commune = 3,

    /// <summary>Phường.</summary>
    Ward = 4,

    /// <summary>Đặc khu.</summary>
    SpecialZone = 5,
}
