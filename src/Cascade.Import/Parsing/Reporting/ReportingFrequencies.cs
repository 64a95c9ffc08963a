using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Reporting;

/// <summary>
/// The period and due day of a reporting clause. A stated period wins ("định kỳ hàng năm" is
/// annual); "định kỳ" alone leaves the periods to the coordinator (periodic); "khi có yêu cầu"
/// and "đột xuất" without "định kỳ" are on request.
/// </summary>
public static partial class ReportingFrequencies
{
    public static string? Of(string clause)
    {
        var stated = new (Regex Pattern, string Frequency)[]
        {
            (Annual(), "annual"), (SemiAnnual(), "semiannual"), (Quarterly(), "quarterly"), (Monthly(), "monthly"),
        }
            .Select(p => (Match: p.Pattern.Match(clause), p.Frequency))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .Select(p => p.Frequency)
            .FirstOrDefault();
        if (stated is not null)
        {
            return stated;
        }

        if (Periodic().IsMatch(clause))
        {
            return "periodic";
        }

        return OnRequest().IsMatch(clause) ? "on-request" : null;
    }

    /// <summary>"trước ngày 30/11", "trước ngày 10 tháng 12", "chậm nhất ngày 15/12" as MM-DD.</summary>
    public static string? DueOf(string clause)
    {
        var m = Due().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
            ? $"{month:00}-{day:00}".ToString(System.Globalization.CultureInfo.InvariantCulture)
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

    [GeneratedRegex(@"\b(?:trước|chậm nhất(?: vào)?|không muộn hơn)\sngày\s{0,2}(?<d>\d{1,2})\s{0,2}(?:[/.-]\s{0,2}|tháng\s{1,2})(?<m>\d{1,2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Due();
}
