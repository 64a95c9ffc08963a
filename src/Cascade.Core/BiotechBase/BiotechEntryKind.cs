namespace Cascade.Core.BiotechBase;

/// <summary>What the province's biotechnology information base records (seed 003 §III: cơ sở dữ liệu và thông tin về công nghệ sinh học).</summary>
public enum BiotechEntryKind
{
    /// <summary>Doanh nghiệp công nghệ sinh học.</summary>
    Enterprise = 0,

    /// <summary>Sản phẩm công nghệ sinh học.</summary>
    Product = 1,

    /// <summary>Phòng thí nghiệm.</summary>
    Laboratory = 2,

    /// <summary>Đề tài, dự án khoa học và công nghệ.</summary>
    Project = 3,
}

public enum BiotechEntryStatus
{
    /// <summary>Đang hoạt động (an enterprise, a laboratory, a product on sale) or đang thực hiện (a project).</summary>
    Active = 0,

    /// <summary>Đã hoàn thành, nghiệm thu: a project.</summary>
    Completed = 1,

    /// <summary>Ngừng hoạt động, giải thể, thu hồi: kept for history, no longer counted.</summary>
    Inactive = 2,
}
