using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Header;

/// <summary>Dates as Vietnamese documents print them: "ngày 03 tháng 11 năm 2023" or "ngày 03/11/2023".</summary>
public static partial class IssueDates
{
    /// <summary>The masthead's place-and-date line: "Trà Vinh, ngày 03 tháng 11 năm 2023".</summary>
    public static bool TryReadDateLine(string line, out string? isoDate, out bool unreadable)
    {
        isoDate = null;
        unreadable = false;
        var m = DateLine().Match(line);
        if (!m.Success)
        {
            return false;
        }

        isoDate = ToIso(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        unreadable = isoDate is null;
        return true;
    }

    /// <summary>The first "ngày ..." date at the start of <paramref name="text"/> (after spaces), or null.</summary>
    public static string? ReadLeadingDate(string text)
    {
        var m = LeadingDate().Match(text);
        return m.Success ? ToIso(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value) : null;
    }

    public static string? ToIso(string day, string month, string year)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y is < 1945 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private const string DayMonthYear =
        @"ngày\s{0,3}(?<d>\d{1,2})\s{0,3}(?:tháng\s{0,3}(?<m>\d{1,2})\s{0,3}năm|[/.-]\s{0,3}(?<m>\d{1,2})\s{0,3}[/.-])\s{0,3}(?<y>\d{4})";

    [GeneratedRegex(@"^[\p{L}\s.'-]{2,60},\s{0,3}" + DayMonthYear, RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[\s,]{0,5}" + DayMonthYear, RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();
}
