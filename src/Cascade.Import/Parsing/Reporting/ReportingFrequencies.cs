using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Reporting;

/// <summary>A period a clause sets for a report, and the day it is due by.</summary>
public sealed record ReportingPeriod(string Frequency, string? Due);

/// <summary>
/// The periods and due days of a reporting clause. Stated periods win ("định kỳ hàng năm" is
/// annual), several when listed together ("6 tháng (trước ngày 15/6) và hằng năm (trước ngày
/// 15/12)"); "định kỳ" alone leaves the periods to the coordinator (periodic); "khi có yêu cầu"
/// and "đột xuất" without "định kỳ" are on request.
/// </summary>
public static partial class ReportingFrequencies
{
    // Periods listed together sit close: "6 tháng (trước ngày 15/6) và hằng năm".
    private const int ListGap = 40;

    public static IReadOnlyList<ReportingPeriod> Of(string clause)
    {
        var stated = new (Regex Pattern, string Frequency)[]
        {
            (Annual(), "annual"), (SemiAnnual(), "semiannual"), (Quarterly(), "quarterly"), (Monthly(), "monthly"),
        }
            .SelectMany(p => p.Pattern.Matches(clause).Cast<Match>().Select(m => (Match: m, p.Frequency)))
            .OrderBy(p => p.Match.Index)
            .ToList();
        if (stated.Count > 0)
        {
            var listed = new List<(Match Match, string Frequency)> { stated[0] };
            foreach (var next in stated.Skip(1))
            {
                var previous = listed[^1].Match;
                if (next.Match.Index - (previous.Index + previous.Length) > ListGap)
                {
                    break;
                }

                listed.Add(next);
            }

            var periods = new List<ReportingPeriod>();
            for (var i = 0; i < listed.Count; i++)
            {
                // Each period's due day follows it, before the next period; a single period takes any due day.
                var from = listed[i].Match.Index;
                var to = i + 1 < listed.Count ? listed[i + 1].Match.Index : clause.Length;
                var due = listed.Count == 1 ? DueOf(clause) : DueOf(clause[from..to]);
                var period = new ReportingPeriod(listed[i].Frequency, due);
                if (!periods.Contains(period))
                {
                    periods.Add(period);
                }
            }

            return periods;
        }

        if (Periodic().IsMatch(clause))
        {
            return [new ReportingPeriod("periodic", DueOf(clause))];
        }

        return OnRequest().IsMatch(clause) ? [new ReportingPeriod("on-request", null)] : [];
    }

    /// <summary>"trước ngày 30/11", "trước ngày 10 tháng 12", "chậm nhất ngày 15/12" as MM-DD.</summary>
    public static string? DueOf(string clause)
    {
        var m = Due().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}")
            : null;
    }

    [GeneratedRegex(@"\b(?:hằng năm|hàng năm|mỗi năm|cuối năm|định kỳ năm|năm một lần)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Annual();

    [GeneratedRegex(@"\b(?:0?6 tháng|sáu tháng|bán niên|nửa năm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SemiAnnual();

    [GeneratedRegex(@"\b(?:hằng quý|hàng quý|mỗi quý|định kỳ quý|theo quý)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"\b(?:hằng tháng|hàng tháng|mỗi tháng|định kỳ tháng)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\bđịnh kỳ\b", RegexOptions.IgnoreCase)]
    private static partial Regex Periodic();

    [GeneratedRegex(@"\b(?:khi có yêu cầu|theo yêu cầu|đột xuất)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnRequest();

    [GeneratedRegex(@"\b(?:trước|chậm nhất(?: vào)?|không muộn hơn)\s(?:ngày\s{0,2})?(?<d>\d{1,2})\s{0,2}(?:[/.-]\s{0,2}|tháng\s{1,2})(?<m>\d{1,2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Due();
}
