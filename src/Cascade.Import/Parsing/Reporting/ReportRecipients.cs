using System.Text.RegularExpressions;
using Cascade.Core.Agencies;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Reporting;

/// <summary>
/// Who a "báo cáo" in a clause reports to: the body right after the verb ("báo cáo Ủy ban nhân
/// dân tỉnh"), or after "gửi về" / "về" when the verb takes its object first ("báo cáo kết quả
/// thực hiện về Sở Khoa học và Công nghệ"). What the receiver does next ("để tổng hợp báo cáo
/// ...", "tổng hợp, báo cáo ...") is its own business, not the reporter's duty.
/// </summary>
public static partial class ReportRecipients
{
    public static IReadOnlyList<string> In(string clause)
    {
        var recipients = new List<string>();
        var verbs = Verb().Matches(clause).Cast<Match>().ToList();
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            if (recipients.Count > 0 && ForwardedBy().IsMatch(clause[Math.Max(0, verb.Index - 25)..verb.Index]))
            {
                continue;
            }

            var end = v + 1 < verbs.Count ? verbs[v + 1].Index : clause.Length;
            var after = clause[(verb.Index + verb.Length)..end];
            var start = BodyStart().Match(after);
            if (!start.Success || start.Index > 0)
            {
                var sentTo = SentTo().Match(after);
                if (!sentTo.Success)
                {
                    continue;
                }

                after = after[(sentTo.Index + sentTo.Length)..];
            }

            // "báo cáo Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ)": the report goes to the intermediary.
            var via = Via().Match(after);
            var bodies = via.Success && Bodies(after[(via.Index + via.Length)..]).ToList() is { Count: > 0 } intermediaries
                ? intermediaries
                : Bodies(after).ToList();
            recipients.AddRange(bodies.Where(b => !recipients.Contains(b, StringComparer.Ordinal)));
        }

        return recipients;
    }

    /// <summary>The bodies a recipient phrase names, split at commas and "và" that start another body.</summary>
    private static IEnumerable<string> Bodies(string phrase)
    {
        var stop = Stop().Match(phrase);
        var names = stop.Success ? phrase[..stop.Index] : phrase;
        var parts = new List<string>();
        var pieces = Separator().Split(names);

        // Split keeps the separators at odd positions: a separator followed by a body starts a new
        // name; otherwise it belongs to the name ("Sở Khoa học và Công nghệ").
        for (var i = 0; i < pieces.Length; i += 2)
        {
            var piece = pieces[i];
            if (i == 0 || BodyStart().IsMatch(piece))
            {
                parts.Add(piece);
            }
            else
            {
                parts[^1] += pieces[i - 1] + piece;
            }
        }

        foreach (var part in parts)
        {
            var name = VietnameseText.Clean(AgencyNames.Expand(part)).TrimEnd(' ', ',', '.', ';', ':');
            if (BodyStart().IsMatch(name))
            {
                yield return name;
            }
        }
    }

    [GeneratedRegex(@"\bbáo cáo(?!\sviên)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?:\bđể|tổng hợp,?)\s{0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardedBy();

    [GeneratedRegex(@"^\s?(?:Ủy ban|Uỷ ban|UBND|Ban\s|Thường trực|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chính phủ|Thủ tướng|Bộ\s|Hội đồng|HĐND|Sở\s|Văn phòng|Cục\s|Tổng cục|Chủ tịch|Phòng\s|Trung tâm|Bí thư)")]
    private static partial Regex BodyStart();

    // "gửi về", "gửi", "về" just before a body, within the object of the report.
    [GeneratedRegex(@"^[^;]{0,120}?\(?\b(?:thông qua|qua)\s(?=\p{Lu})")]
    private static partial Regex Via();

    [GeneratedRegex(@"\b(?:gửi về|gửi cho|gửi|về|cho)\s(?=(?:Ủy ban|Uỷ ban|UBND|Ban\s|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|Bộ\s|Sở\s|Văn phòng|Phòng\s|Chủ tịch))")]
    private static partial Regex SentTo();

    [GeneratedRegex(@"\s(?:để|tổng hợp|về|kết quả|tình hình|theo|trước|khi|định kỳ|trong|chỉ đạo|xem xét|biết|tiến độ|việc|nội dung|đồng thời|sau|hàng|hằng|thực hiện|và báo cáo|báo cáo|qua)\b|\s?[();.]|,?\s(?:và|hoặc)\s*$")]
    private static partial Regex Stop();

    [GeneratedRegex(@"(,\s|\svà\s)")]
    private static partial Regex Separator();
}
