using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.BiotechBase;

/// <summary>
/// Which targets the base can measure: a target that counts enterprises, products, laboratories or
/// projects ("tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", "10 phòng
/// thí nghiệm"), as opposed to one that measures money or a share ("đóng góp 7% vào GRDP", "sản xuất
/// ít nhất 50% sản phẩm hiện có", "tăng 50% về quy mô đầu tư").
/// </summary>
public static partial class BiotechCounts
{
    /// <summary>The kind of entry the target counts, or null when it counts none.</summary>
    public static BiotechEntryKind? CountedKind(string text, string unit)
    {
        if (unit != "%" && KindNamed(VietnameseText.FoldAccents(unit)) is { } counted)
        {
            return counted;
        }

        var folded = VietnameseText.FoldAccents(text);
        var match = CountOf().Match(folded);
        if (!match.Success)
        {
            match = GrowthOf().Match(folded);
        }

        return match.Success ? KindNamed(match.Groups["noun"].Value) : null;
    }

    /// <summary>How many entries of the kind count for the year (<see cref="BiotechEntry.CountsIn"/>).</summary>
    public static int Count(IEnumerable<(BiotechEntryKind Kind, BiotechEntryStatus Status, int? Year)> entries, BiotechEntryKind kind, int year) =>
        entries.Count(e => e.Kind == kind && BiotechEntry.CountsIn(e.Status, e.Year, year));

    private static BiotechEntryKind? KindNamed(string folded) =>
        folded.Contains("doanh nghiep", StringComparison.Ordinal) ? BiotechEntryKind.Enterprise
        : folded.Contains("phong thi nghiem", StringComparison.Ordinal) ? BiotechEntryKind.Laboratory
        : folded.Contains("de tai", StringComparison.Ordinal) || folded.Contains("du an", StringComparison.Ordinal)
            || folded.Contains("nhiem vu khoa hoc", StringComparison.Ordinal) ? BiotechEntryKind.Project
        : folded.Contains("san pham", StringComparison.Ordinal) ? BiotechEntryKind.Product
        : null;

    private const string Nouns = "doanh nghiep|phong thi nghiem|de tai|du an|nhiem vu khoa hoc|san pham";

    // "số lượng doanh nghiệp", "số doanh nghiệp", "số các đề tài".
    [GeneratedRegex(@"\bso (?:luong )?(?:cac )?(?<noun>" + Nouns + @")\b")]
    private static partial Regex CountOf();

    // "tăng tối thiểu 50% các doanh nghiệp"; "tăng trưởng" names the economy's growth, not a count.
    [GeneratedRegex(@"\btang\b(?! truong)[^.;%]{0,30}%\s*(?:cac |so )?(?<noun>" + Nouns + @")\b")]
    private static partial Regex GrowthOf();
}
