namespace Cascade.Core.Agencies;

/// <summary>The kinds of body a plan assigns work to (design notes §6).</summary>
public enum AgencyKind
{
    Other = 0,

    /// <summary>Tỉnh ủy, Ban Tuyên giáo, Huyện ủy, đảng ủy...</summary>
    PartyBody = 1,

    /// <summary>Ủy ban nhân dân of a province, district or commune.</summary>
    PeoplesCommittee = 2,

    /// <summary>A department of a People's Committee (Sở, Ban quản lý, Văn phòng).</summary>
    Department = 3,

    /// <summary>Hội đồng nhân dân.</summary>
    PeoplesCouncil = 4,

    /// <summary>Mặt trận Tổ quốc and the mass organisations (Đoàn, Hội).</summary>
    MassOrganisation = 5,

    /// <summary>Báo, Đài Phát thanh và Truyền hình.</summary>
    Press = 6,

    /// <summary>Universities, institutes, research and extension centres.</summary>
    ResearchAndEducation = 7,

    /// <summary>Công an, Bộ Chỉ huy Quân sự, Bộ đội Biên phòng.</summary>
    PoliceAndMilitary = 8,

    /// <summary>Cục Thống kê, Chi cục Thống kê.</summary>
    Statistics = 9,

    /// <summary>Doanh nghiệp, hợp tác xã.</summary>
    Enterprise = 10,

    /// <summary>A ministry or another central body.</summary>
    Ministry = 11,

    /// <summary>A name for many bodies at once ("Các sở, ban, ngành tỉnh"), expanded when reports are collected.</summary>
    Collective = 12,
}
