using System.Text.RegularExpressions;
using Cascade.Core.Documents;

namespace Cascade.Import.Parsing.Header;

/// <summary>A document named in the text: its number, and where the mention starts and ends.</summary>
public sealed record DocumentMention(DocumentNumber Number, int Index, int Length);

/// <summary>
/// Finds numbered documents in running text. Printed numbers carry stray spaces where a line
/// was wrapped or a digit was set in bold ("105 /KH-UBND", "36-\nNQ/TW"); short references
/// ("Nghị quyết 36", "Kế hoạch số 114") name a document cited in full elsewhere.
/// </summary>
public static partial class DocumentReferences
{
    public static IReadOnlyList<DocumentMention> Find(string text)
    {
        var found = new List<DocumentMention>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (DocumentNumber.TryParse(m.Value, out var number))
            {
                found.Add(new DocumentMention(number, m.Index, m.Length));
            }
        }

        return found;
    }

    /// <summary>
    /// Short references to <paramref name="known"/> documents: a kind word and the serial
    /// ("Nghị quyết 36" is 36-NQ/TW when that resolution is known). Full numbers are found too.
    /// </summary>
    public static IReadOnlyList<DocumentMention> FindIncludingShort(string text, IReadOnlyCollection<DocumentNumber> known)
    {
        var found = Find(text).ToList();
        foreach (Match m in ShortReference().Matches(text))
        {
            if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
            {
                continue;
            }

            var type = TypeOfKindWord(m.Groups["kind"].Value);
            var serial = m.Groups["serial"].Value;
            var match = known.FirstOrDefault(k => k.Serial == serial && string.Equals(k.TypeCode, type, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                found.Add(new DocumentMention(match, m.Index, m.Length));
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>The type code of a kind word: "Nghị quyết" is NQ, "Chương trình hành động" is CTr.</summary>
    public static string TypeOfKindWord(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("nghị quyết", StringComparison.Ordinal) => "NQ",
        var w when w.StartsWith("kế hoạch", StringComparison.Ordinal) => "KH",
        var w when w.StartsWith("chương trình", StringComparison.Ordinal) => "CTr",
        var w when w.StartsWith("quyết định", StringComparison.Ordinal) => "QĐ",
        var w when w.StartsWith("chỉ thị", StringComparison.Ordinal) => "CT",
        var w when w.StartsWith("kết luận", StringComparison.Ordinal) => "KL",
        _ => string.Empty,
    };

    // Serial, optional year, type (a law has none: 29/2013/QH13) and issuer, with at most one
    // space around each separator.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/.])\d{1,5}[a-z]?(?:\s?/\s?(?:19|20)\d\d)?\s?[-–/]\s?(?:\p{Lu}[\p{L}]{0,5}\s?[-–/]\s?)?\p{Lu}[\p{L}\p{N}]{0,11}(?:-\p{Lu}[\p{L}\p{N}]{0,11})?(?![\p{L}\p{N}])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<kind>Nghị quyết|Kế hoạch|Chương trình(?: hành động)?|Quyết định|Chỉ thị|Kết luận)\s(?:số\s)?(?<serial>\d{1,5})(?![\p{N}/-])", RegexOptions.IgnoreCase)]
    private static partial Regex ShortReference();
}
