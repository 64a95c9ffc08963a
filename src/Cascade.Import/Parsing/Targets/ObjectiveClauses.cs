using System.Text.RegularExpressions;

namespace Cascade.Import.Parsing.Targets;

/// <summary>
/// Cuts an objective paragraph into clauses: sentences and the parts between semicolons. A clause
/// with several numbers is cut again at its commas, each number keeping the words from its own
/// part up to the next number's ("tăng 50% về quy mô, sản xuất ít nhất 50% sản phẩm" is two).
/// </summary>
public static partial class ObjectiveClauses
{
    public static IEnumerable<string> Split(string paragraph)
    {
        var text = ListMarker().Replace(paragraph, string.Empty);
        foreach (var clause in Boundary().Split(text))
        {
            var trimmed = clause.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The words of the clause that belong to the number at <paramref name="index"/>, given where all its numbers are.</summary>
    public static string TextFor(string clause, int index, IReadOnlyList<int> numberIndexes)
    {
        if (numberIndexes.Count <= 1)
        {
            return clause;
        }

        var start = clause.LastIndexOf(", ", Math.Max(0, index), StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        var next = numberIndexes.Where(i => i > index).DefaultIfEmpty(-1).Min();
        var end = clause.Length;
        if (next > 0)
        {
            var cut = clause.LastIndexOf(", ", next, StringComparison.Ordinal);
            end = cut > index ? cut : next;
        }

        return clause[start..end].Trim(' ', ',');
    }

    [GeneratedRegex(@"^(?:[-–+•]\s|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|[a-zđ]\)\s)")]
    private static partial Regex ListMarker();

    // Between clauses: a semicolon, or a full stop before a capital (not "1.000" or "v.v.").
    [GeneratedRegex(@";|(?<=\.)\s(?=\p{Lu})")]
    private static partial Regex Boundary();
}
