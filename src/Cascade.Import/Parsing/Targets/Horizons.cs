using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Targets;

/// <summary>The year an objective looks to: "Đến năm 2030", "Tầm nhìn đến năm 2045", "phấn đấu đến năm 2030, ...".</summary>
public static partial class Horizons
{
    /// <summary>The horizon a paragraph opens with (after its list marker), which also holds for the paragraphs under it.</summary>
    public static int? Leading(string paragraph)
    {
        var m = LeadingHorizon().Match(paragraph);
        if (!m.Success)
        {
            // "Giai đoạn 2026 - 2030:" looks to the end of the period; "Năm 2025:" to that year.
            m = LeadingPeriod().Match(paragraph);
        }

        return m.Success ? Year(m) : null;
    }

    /// <summary>
    /// A horizon named inside a clause: the last one before the number at <paramref name="index"/>
    /// ("đến năm 2030 đạt 5%, đến năm 2045 đạt 10%"), else the first after it.
    /// </summary>
    public static int? Within(string clause, int index)
    {
        var all = AnyHorizon().Matches(clause).Cast<Match>().ToList();
        var before = all.LastOrDefault(m => m.Index < index);
        var chosen = before ?? all.FirstOrDefault();
        return chosen is null ? null : Year(chosen);
    }

    /// <summary>The base a growth is measured against: "so với năm 2030" gives 2030.</summary>
    public static int? RelativeTo(string clause)
    {
        var m = ComparedWith().Match(clause);
        return m.Success ? Year(m) : null;
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:[-–+•]\s|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ]\)\s)?[\p{L} ,]{0,40}?\b(?:đến|tới)\s(?:hết\s)?năm\s(?<y>(?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingHorizon();

    [GeneratedRegex(@"\b(?:đến|tới)\s(?:hết\s)?năm\s(?<y>(?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyHorizon();

    [GeneratedRegex(@"^(?:[-–+•]\s|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ]\)\s)?(?:Mục tiêu\s)?(?:(?:trong\s)?giai đoạn\s(?:năm\s)?(?:19|20)\d\d\s?[-–]\s?|(?:trong\s)?năm\s)(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPeriod();

    [GeneratedRegex(@"\bso với\s(?:cuối\s|đầu\s)?(?:năm\s)?(?<y>(?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWith();
}
