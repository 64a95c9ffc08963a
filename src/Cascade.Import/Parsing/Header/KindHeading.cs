using System.Text;
using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>The type heading of a document ("KẾ HOẠCH"), the title printed under it and any "CỦA ..." line between.</summary>
public sealed record KindHeading(int LineIndex, string Kind, string? Title, string? Attribution);

/// <summary>
/// Finds the heading that names the document's type and reads the title under it: the lines up
/// to the first that belongs to the body (a separator, "Căn cứ ...", the opening that restates
/// the title, a numbered item, a line in capitals).
/// </summary>
public static partial class KindHeadingReader
{
    // The heading sits under the masthead; further down, capitals name attachments, not the document.
    private const int SearchLines = 60;
    private const int MaxTitleLength = 1200;

    public static KindHeading? Find(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, SearchLines); i++)
        {
            var m = Heading().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var rest = lines[i][m.Length..].Trim();
            string? attribution = null;
            var title = new List<string>();
            if (rest.Length > 0)
            {
                if (PlanText.IsUpperCase(rest) && rest.StartsWith("CỦA ", StringComparison.Ordinal))
                {
                    attribution = OrganisationCase.FromCapitals(rest[4..]);
                }
                else
                {
                    title.Add(rest);
                }
            }

            for (var j = i + 1; j < lines.Count; j++)
            {
                var line = lines[j];
                if (title.Count == 0 && attribution is null && PlanText.IsUpperCase(line) && line.StartsWith("CỦA ", StringComparison.Ordinal))
                {
                    attribution = OrganisationCase.FromCapitals(line[4..]);
                    continue;
                }

                // Under the heading, a rule or an attachment note "(Ban hành kèm theo ...)" comes before the title.
                if (title.Count == 0 && (Separator().IsMatch(line) || line.StartsWith('(')))
                {
                    continue;
                }

                if (EndsTitle(title, line))
                {
                    break;
                }

                title.Add(line);
            }

            return new KindHeading(i, KindOf(m.Groups["kind"].Value), JoinTitle(title), attribution);
        }

        return null;
    }

    private static bool EndsTitle(List<string> title, string line)
    {
        if (Separator().IsMatch(line) || line.StartsWith('(') || PlanText.StartsItem(line))
        {
            return true;
        }

        if (title.Count == 0)
        {
            return BodyStart().IsMatch(line) && line.StartsWith("Căn cứ", StringComparison.Ordinal);
        }

        var previous = title[^1];
        return BodyStart().IsMatch(line)
            || PlanText.IsUpperCase(line) && (IssuerReader.IsMastheadOrganisation(line) || Enacting().IsMatch(line))
            || PlanText.IsUpperCase(line) && !PlanText.IsUpperCase(previous)
            || previous.TrimEnd().EndsWith('.') || previous.TrimEnd().EndsWith(';') || previous.TrimEnd().EndsWith(':')
            || title.Sum(t => t.Length) > MaxTitleLength;
    }

    private static string? JoinTitle(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var glue = sb.Length >= 2 && sb[^1] is '-' or '/' && char.IsDigit(sb[^2]) ? string.Empty : " ";
            sb.Append(sb.Length == 0 ? string.Empty : glue).Append(line);
        }

        var title = CutAtBody(VietnameseText.Clean(sb.ToString()));
        title = TrailingRule().Replace(title, string.Empty).TrimEnd('.', ';', ':', ' ');
        return title.Length == 0 ? null : VietnameseText.CapitaliseFirst(title);
    }

    /// <summary>
    /// A reader may hand over the title and the opening sentence as one paragraph (no break survived
    /// the export). The opening starts a new sentence with "Thực hiện", "Căn cứ"...: the title ends there.
    /// </summary>
    private static string CutAtBody(string title)
    {
        var start = InlineBodyStart().Match(title);
        return start.Success && start.Index > 0 ? title[..start.Index] : title;
    }

    private static string KindOf(string heading) => heading switch
    {
        "KẾ HOẠCH" => "plan",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG" or "CHƯƠNG TRÌNH" => "action-program",
        "NGHỊ QUYẾT" => "resolution",
        "QUYẾT ĐỊNH" => "decision",
        _ => "other",
    };

    [GeneratedRegex(@"^(?<kind>KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|ĐỀ ÁN)(?=\s|$)(?!\s?:)")]
    private static partial Regex Heading();

    // The authority that enacts a decision, printed in capitals under its title.
    [GeneratedRegex(@"^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC)\b")]
    private static partial Regex Enacting();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Triển khai|Để|Theo|Xét|Trên cơ sở|Nhằm|Ngày)\b")]
    private static partial Regex BodyStart();

    // Mid-paragraph, only the clear openings count: a title often says "triển khai thực hiện" itself.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}/)])\s+(?=(?:Căn cứ|Thực hiện|Triển khai|Xét)\s)")]
    private static partial Regex InlineBodyStart();

    // A horizontal rule printed under the title ("-----", "___").
    [GeneratedRegex(@"\s*[-_=*]{3,}\s*$")]
    private static partial Regex TrailingRule();

    [GeneratedRegex(@"^[-_=*.~\s]{3,}$")]
    private static partial Regex Separator();
}
