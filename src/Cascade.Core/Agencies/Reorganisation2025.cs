namespace Cascade.Core.Agencies;

/// <summary>The dates and legal texts of the 2025 reorganisation (design notes §7–8).</summary>
public static class Reorganisation2025
{
    /// <summary>Provincial departments merged: Decree 45/2025/NĐ-CP.</summary>
    public static readonly DateOnly DepartmentsMerged = new(2025, 3, 1);

    /// <summary>Ministries merged: Resolution 176/2025/QH15 on the structure of the Government.</summary>
    public static readonly DateOnly MinistriesMerged = new(2025, 3, 1);

    /// <summary>
    /// The provincial Party committees merged their propaganda and mass-mobilisation boards in February
    /// 2025, each on a date of its own; by 1 March 2025 every province had, so the rules take that day.
    /// A coordinator who needs a province's own date records the change with it (the reorganisation page).
    /// </summary>
    public static readonly DateOnly ProvincialPartyBoardsMerged = new(2025, 3, 1);

    /// <summary>The central boards merged; the decision was announced on 3 February 2025.</summary>
    public static readonly DateOnly CentralPartyBoardsMerged = new(2025, 2, 3);

    /// <summary>63 provinces became 34, and the district level ended: Resolution 202/2025/QH15, the 2025 Law on Local Government.</summary>
    public static readonly DateOnly ProvincesMerged = new(2025, 7, 1);

    public static DateOnly DistrictLevelEnded => ProvincesMerged;

    public const string DepartmentsDecree = "Nghị định số 45/2025/NĐ-CP của Chính phủ";

    public const string MinistriesResolution = "Nghị quyết số 176/2025/QH15 của Quốc hội";

    public const string ProvincesResolution = "Nghị quyết số 202/2025/QH15 của Quốc hội";

    public const string LocalGovernmentLaw = "Luật Tổ chức chính quyền địa phương 2025";

    public const string ProvincialPartyDecision = "Kết luận số 121-KL/TW của Ban Chấp hành Trung ương Đảng; quyết định của Ban Thường vụ Tỉnh ủy, Thành ủy";

    public const string CentralPartyDecision = "Kết luận số 121-KL/TW của Ban Chấp hành Trung ương Đảng; quyết định của Bộ Chính trị";
}
