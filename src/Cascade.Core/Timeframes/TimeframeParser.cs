using System.Globalization;
using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Timeframes;

/// <summary>
/// Reads the timeframe cell of a plan's task table ("Hàng năm", "Quý II/2024", "2024-2030",
/// "sau khi Thủ tướng Chính phủ ban hành") into a <see cref="Timeframe"/>. Where a cell names
/// several kinds the one printed first decides. Never throws: text it cannot read is unspecified.
/// </summary>
public static partial class TimeframeParser
{
    // Milliseconds: a guard against runaway backtracking, wide enough that a busy machine never trips it.
    private const int Timeout = 2000;

    public static Timeframe Parse(string? text)
    {
        if (text is null)
        {
            return Timeframe.Unspecified();
        }

        var shown = VietnameseText.Clean(text);
        if (shown.Length > Timeframe.MaxTextLength)
        {
            shown = shown[..Timeframe.MaxTextLength];
        }

        try
        {
            return Read(shown);
        }
        catch (RegexMatchTimeoutException)
        {
            return Timeframe.Unspecified(shown);
        }
    }

    private static Timeframe Read(string shown)
    {
        // Candidates from every reading, ordered by where they start; the earliest that yields a
        // valid timeframe wins, a longer match winning a tie ("2024-2030" over "2024").
        var candidates = new List<(int Index, int Length, Func<Timeframe?> Build)>();
        void Add(Regex pattern, Func<Match, Timeframe?> build)
        {
            foreach (Match m in pattern.Matches(shown))
            {
                candidates.Add((m.Index, m.Length, () => build(m)));
            }
        }

        Add(Status(), _ => Timeframe.Unspecified(shown));
        Add(Conditional(), _ => Timeframe.Conditional(shown));
        Add(AnnualFrom(), m => Year(m.Groups["y"]) is { } y ? Timeframe.Annual(shown, y) : null);
        Add(Annual(), _ => Timeframe.Annual(shown));
        Add(Ongoing(), _ => Timeframe.Ongoing(shown));
        Add(PeriodRange(), m => BuildRange(shown, m));
        Add(YearRange(), m => Year(m.Groups["a"]) is { } a && Year(m.Groups["b"]) is { } b && a <= b ? Timeframe.Range(shown, a, b) : null);
        Add(OpenStart(), m => Year(m.Groups["y"]) is { } y ? Timeframe.Ongoing(shown, y) : null);
        Add(Date(), m => DateOf(m) is { } d ? Timeframe.Deadline(shown, d) : null);
        Add(HalfYear(), m => Year(m.Groups["y"]) is { } y ? Timeframe.Deadline(shown, m.Groups["h"].Value.Contains("đầu", StringComparison.OrdinalIgnoreCase) ? new DateOnly(y, 6, 30) : new DateOnly(y, 12, 31)) : null);
        Add(Period(), m => EndOf(m.Groups["kind"].Value, m.Groups["n"].Value, m.Groups["y"]) is { } d ? Timeframe.Deadline(shown, d) : null);
        Add(BareYear(), m => Year(m.Groups["y"]) is { } y ? Timeframe.Deadline(shown, new DateOnly(y, 12, 31)) : null);

        foreach (var (_, _, build) in candidates.OrderBy(c => c.Index).ThenByDescending(c => c.Length))
        {
            try
            {
                if (build() is { } timeframe)
                {
                    return timeframe;
                }
            }
            catch (ArgumentException)
            {
                // A year outside the plan window or a range running backwards: try the next reading.
            }
        }

        return Timeframe.Unspecified(shown);
    }

    private static Timeframe? BuildRange(string shown, Match m)
    {
        if (Year(m.Groups["y1"]) is not { } from || Year(m.Groups["y2"]) is not { } to || from > to)
        {
            return null;
        }

        var due = EndOf(m.Groups["k2"].Value, m.Groups["n2"].Value, m.Groups["y2"]);
        return Timeframe.Range(shown, from, to, due);
    }

    private static int? Year(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= Timeframe.MinYear and <= Timeframe.MaxYear ? y : null;

    /// <summary>The last day of a quarter ("II", "2"), a month ("4") or, with no kind, the year.</summary>
    private static DateOnly? EndOf(string kind, string number, Group yearGroup)
    {
        if (Year(yearGroup) is not { } year)
        {
            return null;
        }

        if (kind.Length == 0)
        {
            return new DateOnly(year, 12, 31);
        }

        if (kind.StartsWith('q') || kind.StartsWith('Q'))
        {
            var quarter = RomanOrNumber(number);
            return quarter is >= 1 and <= 4 ? new DateOnly(year, quarter.Value * 3, Days.InMonth(year, quarter.Value * 3)) : null;
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? new DateOnly(year, month, Days.InMonth(year, month))
            : null;
    }

    private static DateOnly? DateOf(Match m)
    {
        if (Year(m.Groups["y"]) is not { } year
            || !int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > Days.InMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int? RomanOrNumber(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => null,
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A status instead of a time: nothing to track.
    [GeneratedRegex(@"\b(?:đã|đang)\s+(?:hoàn\s+thành|thực\s+hiện|triển\s+khai|ban\s+hành|xong)", Options, Timeout)]
    private static partial Regex Status();

    [GeneratedRegex(@"\bsau\s+khi\b|\bkhi\s+có\b|\bkhi\s+được\b", Options, Timeout)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?:\btừ\s+)?(?:\bnăm\s+)?(?<!\d)(?<y>\d{4})\s*(?:,\s*)?và\s+(?:những|các)\s+năm\s+(?:tiếp\s+theo|sau)", Options, Timeout)]
    private static partial Regex AnnualFrom();

    [GeneratedRegex(@"\b(?:hàng|hằng|mỗi)\s+năm\b|\bđịnh\s+kỳ\s+(?:hàng|hằng)\s+năm\b", Options, Timeout)]
    private static partial Regex Annual();

    [GeneratedRegex(@"\bthường\s+xuyên\b|\bliên\s+tục\b", Options, Timeout)]
    private static partial Regex Ongoing();

    // "Từ quý III/2026 đến quý III/2030", "từ tháng 5/2026 đến tháng 12/2027", "từ năm 2024 đến năm 2026".
    [GeneratedRegex(@"\btừ\s+(?:(?<k1>quý|tháng)\s+(?<n1>[IV]{1,3}|\d{1,2})\s*(?:/|năm)\s*|năm\s+)?(?<y1>\d{4})\s*(?:đến|tới|-|–)\s*(?:(?<k2>quý|tháng)\s+(?<n2>[IV]{1,3}|\d{1,2})\s*(?:/|năm)\s*|năm\s+)?(?<y2>\d{4})", Options, Timeout)]
    private static partial Regex PeriodRange();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{4})\s*[-–—]\s*(?<b>\d{4})(?!\d)", Options, Timeout)]
    private static partial Regex YearRange();

    // An open start: "Từ quý II/2027", "Từ tháng 5/2026", "từ năm 2025".
    [GeneratedRegex(@"\btừ\s+(?:(?:quý|tháng)\s+(?:[IV]{1,3}|\d{1,2})\s*(?:/|năm)\s*|năm\s+)?(?<y>\d{4})(?!\d)", Options, Timeout)]
    private static partial Regex OpenStart();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})(?!\d)|\bngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", Options, Timeout)]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<h>6\s+tháng\s+(?:đầu|cuối)|cuối)\s+năm\s+(?<y>\d{4})", Options, Timeout)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?<kind>quý|tháng)\s+(?<n>[IV]{1,3}|\d{1,2})\s*(?:/|năm)\s*(?<y>\d{4})(?!\d)", Options, Timeout)]
    private static partial Regex Period();

    [GeneratedRegex(@"(?<![\d/.-])(?<y>(?:19|20|21)\d{2})(?![\d/])", Options, Timeout)]
    private static partial Regex BareYear();
}
