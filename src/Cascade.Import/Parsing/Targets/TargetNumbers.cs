using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cascade.Import.Parsing.Header;

namespace Cascade.Import.Parsing.Targets;

/// <summary>A number an objective commits to: "7%", "10 - 15%", "05 doanh nghiệp".</summary>
public sealed record TargetNumber(int Index, decimal Value, decimal? Max, string Unit);

/// <summary>
/// Reads the numbers of an objective clause. Years, dates, document numbers, list numbering and
/// footnote marks are numbers too but not targets; they are masked first. What is left and is
/// neither a percentage nor followed by a counted thing is reported as unclassified.
/// </summary>
public static partial class TargetNumbers
{
    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "của", "về", "trong", "trên", "được", "có", "đạt", "tăng", "và", "với", "so", "là", "tại", "cho", "từ",
        "theo", "đến", "ở", "mới", "trở", "lên", "khoảng", "hoặc", "hay", "thì", "mà", "đã", "sẽ", "đang", "các",
        "những", "như", "nhằm", "để", "phấn", "đấu", "năm", "trở lên",
    };

    // Units of one word: "10 ha diện tích" counts hectares, not "ha diện".
    private static readonly HashSet<string> OneWordUnits = new(StringComparer.Ordinal)
    {
        "ha", "tấn", "kg", "người", "lần", "km", "hộ", "xã", "con", "cây", "loại", "lượt", "USD", "đồng", "tỉnh",
        "huyện", "chủng", "gen", "giống", "m2", "m3", "lít",
    };

    private static readonly HashSet<string> Multipliers = new(StringComparer.Ordinal) { "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "vạn" };

    public static (IReadOnlyList<TargetNumber> Found, IReadOnlyList<string> Unclassified) Read(string clause)
    {
        var masked = Mask(clause);
        var found = new List<TargetNumber>();
        var taken = new bool[masked.Length];

        foreach (Match m in PercentRange().Matches(masked))
        {
            Take(found, taken, m, Number(m.Groups["v"].Value), Number(m.Groups["max"].Value), "%");
        }

        foreach (Match m in Percent().Matches(masked))
        {
            if (!taken[m.Index])
            {
                Take(found, taken, m, Number(m.Groups["v"].Value), null, "%");
            }
        }

        foreach (Match m in Counted().Matches(masked))
        {
            if (taken[m.Index])
            {
                continue;
            }

            var unit = UnitOf(m.Groups["words"].Value);
            if (unit is not null)
            {
                var max = m.Groups["max"].Success ? Number(m.Groups["max"].Value) : null;
                Take(found, taken, m, Number(m.Groups["v"].Value), max, unit);
            }
        }

        var unclassified = new List<string>();
        foreach (Match m in Digits().Matches(masked))
        {
            if (!taken[m.Index])
            {
                unclassified.Add(m.Value);
            }
        }

        return (found.OrderBy(f => f.Index).ToList(), unclassified);
    }

    private static void Take(List<TargetNumber> found, bool[] taken, Match m, decimal? value, decimal? max, string unit)
    {
        if (value is null)
        {
            return;
        }

        Array.Fill(taken, true, m.Index, m.Length);
        found.Add(new TargetNumber(m.Index, value.Value, max, unit));
    }

    /// <summary>The counted thing after a number: one word, or two when the second is not a function word ("doanh nghiệp", "tỷ đồng").</summary>
    private static string? UnitOf(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || NotUnits.Contains(parts[0]) || !char.IsLetter(parts[0][0]))
        {
            return null;
        }

        var take = parts.Length > 1 && !NotUnits.Contains(parts[1]) && !OneWordUnits.Contains(parts[0]) ? 2 : 1;
        if (Multipliers.Contains(parts[0]) && parts.Length > 2 && take == 2 && Multipliers.Contains(parts[1]))
        {
            take = 3; // "nghìn tỷ đồng"
        }

        return string.Join(' ', parts.Take(take));
    }

    /// <summary>"1.000" is a thousand, "1,5" one and a half: Vietnamese separators.</summary>
    public static decimal? Number(string text)
    {
        var s = Thousands().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text;
        s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The clause with non-target numbers overwritten, so indexes stay those of the clause.</summary>
    private static string Mask(string clause)
    {
        var sb = new StringBuilder(clause);
        void Blank(int index, int length)
        {
            for (var i = index; i < index + length && i < sb.Length; i++)
            {
                sb[i] = '#';
            }
        }

        foreach (var mention in DocumentReferences.Find(clause))
        {
            Blank(mention.Index, mention.Length);
        }

        foreach (var pattern in new[] { Dates(), Years(), Marker(), Footnote(), Ordinal() })
        {
            foreach (Match m in pattern.Matches(sb.ToString()))
            {
                var group = m.Groups["n"];
                Blank(group.Success ? group.Index : m.Index, group.Success ? group.Length : m.Length);
            }
        }

        return sb.ToString();
    }

    // Bounded: no target runs to more than a trillion, and a long run of digits stays cheap.
    private const string Num = @"\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,3})?|\d{1,9}(?:[.,]\d{1,3})?";

    [GeneratedRegex(@"(?<![\d#])(?<v>" + Num + @")\s?%?\s?(?:-|–|đến|tới|÷)\s?(?<max>" + Num + @")\s?%")]
    private static partial Regex PercentRange();

    [GeneratedRegex(@"(?<![\d#])(?<v>" + Num + @")\s?(?:%|phần trăm)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d#])(?<v>" + Num + @")(?:\s?(?:-|–|đến)\s?(?<max>" + Num + @"))?\s(?<words>\p{L}+(?:\s\p{L}+){0,2})")]
    private static partial Regex Counted();

    [GeneratedRegex(@"(?<![\d#])\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}|\bngày\s\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}|\b(?:tháng|quý)\s[\dIV]{1,4}\s?/\s?\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Dates();

    // A year: after "năm", in a span of years, or a bare 19xx/20xx not followed by a percent or unit.
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?(?!\d|\s?%|\s?[.,]\d)")]
    private static partial Regex Years();

    [GeneratedRegex(@"^\s?(?:[-–+•]\s|(?<n>\d{1,3}(?:\.\d{1,3}){0,3})[.)]\s|[a-zđ]\)\s)")]
    private static partial Regex Marker();

    // A footnote mark set against a word: "công nghiệp sinh học2".
    [GeneratedRegex(@"(?<=\p{Ll}{3})(?<n>\d{1,2})(?=[\s,;.:)]|$)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\b(?:thứ|lần thứ|khóa|khoá|số)\s(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
