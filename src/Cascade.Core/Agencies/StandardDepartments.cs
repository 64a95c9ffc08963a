using Cascade.Core.AdministrativeUnits;

namespace Cascade.Core.Agencies;

/// <summary>
/// The specialised agencies every province's People's Committee has since Decree 45/2025/NĐ-CP (and
/// Decree 150/2025/NĐ-CP for the two-tier model), and the two some provinces have besides.
/// </summary>
public static class StandardDepartments
{
    /// <summary>The twelve of every province, as a province names them ("tỉnh"; a city says "thành phố").</summary>
    public static IReadOnlyList<string> Every { get; } =
    [
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Tài chính",
        "Sở Công Thương",
        "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng",
        "Sở Khoa học và Công nghệ",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Thanh tra tỉnh",
        "Văn phòng Ủy ban nhân dân tỉnh",
    ];

    /// <summary>Kept or formed by some provinces only.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo"];

    /// <summary>The twelve as a unit of this kind names them.</summary>
    public static IReadOnlyList<string> Of(AdministrativeUnitKind kind) => Every.Select(n => LocalNames.ForUnitKind(n, kind)).ToList();

    /// <summary>Whether the name is one of the standard departments (or an optional one), however it is spelled.</summary>
    public static bool IsStandard(string name)
    {
        var key = AgencyNames.Key(name);
        return Every.Concat(Optional).Any(n => AgencyNames.Key(n) == key || AgencyNames.Key(LocalNames.ForUnitKind(n, AdministrativeUnitKind.Municipality)) == key);
    }
}
