using Cascade.Core.Tasks;
using Cascade.Core.Text;

namespace Cascade.Core.BiotechBase;

/// <summary>
/// The Vietnamese words the import workbook and its template use for kinds, sectors and statuses, and
/// how a cell typed by hand is read back: without accents or case, with the usual synonyms.
/// </summary>
public static class BiotechLabels
{
    public static IReadOnlyList<(BiotechEntryKind Kind, string Label)> Kinds { get; } =
    [
        (BiotechEntryKind.Enterprise, "Doanh nghiệp"),
        (BiotechEntryKind.Product, "Sản phẩm"),
        (BiotechEntryKind.Laboratory, "Phòng thí nghiệm"),
        (BiotechEntryKind.Project, "Đề tài, dự án"),
    ];

    public static IReadOnlyList<(Sector Sector, string Label)> Sectors { get; } =
    [
        (Sector.Agriculture, "Nông nghiệp"),
        (Sector.Health, "Y tế"),
        (Sector.Industry, "Công nghiệp"),
        (Sector.Environment, "Môi trường"),
        (Sector.DefenceAndSecurity, "Quốc phòng, an ninh"),
        (Sector.General, "Chung"),
    ];

    public static IReadOnlyList<(BiotechEntryStatus Status, string Label)> Statuses { get; } =
    [
        (BiotechEntryStatus.Active, "Đang hoạt động"),
        (BiotechEntryStatus.Completed, "Đã hoàn thành"),
        (BiotechEntryStatus.Inactive, "Ngừng hoạt động"),
    ];

    public static BiotechEntryKind? ParseKind(string? text)
    {
        var key = Key(text);
        return key switch
        {
            "" => null,
            "doanh nghiep" or "cong ty" or "enterprise" => BiotechEntryKind.Enterprise,
            "san pham" or "product" => BiotechEntryKind.Product,
            "phong thi nghiem" or "phong xet nghiem" or "laboratory" or "lab" => BiotechEntryKind.Laboratory,
            "de tai, du an" or "de tai" or "du an" or "nhiem vu khoa hoc va cong nghe" or "nhiem vu khcn" or "project" => BiotechEntryKind.Project,
            _ => null,
        };
    }

    /// <summary>A sector's label, or any wording <see cref="Tasks.Sectors.Of"/> reads as one field ("thủy sản", "dược liệu").</summary>
    public static Sector? ParseSector(string? text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        if (key is "chung" or "da linh vuc" or "nhieu linh vuc" or "general")
        {
            return Sector.General;
        }

        if (Sectors.FirstOrDefault(s => Key(s.Label) == key) is { Label: not null } labelled)
        {
            return labelled.Sector;
        }

        var read = Tasks.Sectors.Of(null, text!);
        return read == Sector.General ? null : read;
    }

    /// <summary>An empty status is "active": most rows describe what exists today.</summary>
    public static BiotechEntryStatus? ParseStatus(string? text) => Key(text) switch
    {
        "" or "dang hoat dong" or "dang thuc hien" or "hoat dong" or "active" => BiotechEntryStatus.Active,
        "da hoan thanh" or "hoan thanh" or "da nghiem thu" or "nghiem thu" or "completed" => BiotechEntryStatus.Completed,
        "ngung hoat dong" or "da giai the" or "giai the" or "tam ngung" or "thu hoi" or "inactive" => BiotechEntryStatus.Inactive,
        _ => null,
    };

    public static string LabelOf(BiotechEntryKind kind) => Kinds.First(k => k.Kind == kind).Label;

    public static string LabelOf(Sector sector) => Sectors.First(s => s.Sector == sector).Label;

    public static string LabelOf(BiotechEntryStatus status) => Statuses.First(s => s.Status == status).Label;

    private static string Key(string? text) => VietnameseText.FoldAccents(text);
}
