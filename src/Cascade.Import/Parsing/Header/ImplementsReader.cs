using System.Text.RegularExpressions;
using Cascade.Core.Documents;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// The documents a plan implements or is based on. The title and the opening ("Căn cứ ...",
/// "Thực hiện ...") name them; further down, a document counts too when the text describes it as
/// itself carrying out one of those ("Nghị quyết số 189/NQ-CP ... ban hành Chương trình hành
/// động thực hiện Nghị quyết 36"): it belongs to the same cascade, and the plan carries it down
/// with its parents. Documents merely mentioned ("Nghị quyết 45-NQ/TW về xây dựng và phát triển
/// thành phố") do not count.
/// </summary>
public static partial class ImplementsReader
{
    // How far after a number its own description runs: "ngày ... của ... ban hành ... thực hiện ...".
    private const int DescriptionLength = 260;

    public static IReadOnlyList<string> Read(string? title, IEnumerable<string> opening, IEnumerable<string> body, DocumentNumber? own)
    {
        var found = new List<DocumentNumber>();
        void Add(DocumentNumber number)
        {
            if (!number.Equals(own) && !found.Contains(number))
            {
                found.Add(number);
            }
        }

        foreach (var text in new[] { title ?? string.Empty }.Concat(opening.SelectMany(p => p.Split(';')).Where(c => !Proposal().IsMatch(c))))
        {
            foreach (var mention in DocumentReferences.Find(text))
            {
                Add(mention.Number);
            }
        }

        foreach (var paragraph in body)
        {
            foreach (var mention in DocumentReferences.Find(paragraph))
            {
                if (found.Contains(mention.Number) || mention.Number.Equals(own))
                {
                    continue;
                }

                var description = DescriptionAfter(paragraph, mention.Index + mention.Length);
                var carriesOut = CarriesOut().Match(description);
                if (carriesOut.Success && DocumentReferences.FindIncludingShort(description[carriesOut.Index..], found)
                        .Any(m => found.Contains(m.Number)))
                {
                    Add(mention.Number);
                }
            }
        }

        return found.Select(n => n.Text).ToList();
    }

    /// <summary>The words after a number up to the end of its clause: a semicolon, a parenthesis or a sentence end.</summary>
    private static string DescriptionAfter(string text, int start)
    {
        var end = Math.Min(text.Length, start + DescriptionLength);
        for (var i = start; i < end; i++)
        {
            if (text[i] is ';' or '(' || text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                end = i;
                break;
            }
        }

        return text[start..end];
    }

    // "Theo đề nghị của Giám đốc Sở ... tại Tờ trình số 45/TTr-SKHCN": the proposal behind a
    // decision, not a document it carries out.
    [GeneratedRegex(@"^\s?(?:Theo|Xét)\s(?:đề nghị|đề xuất|tờ trình|báo cáo|ý kiến)", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\b(?:thực hiện|triển khai)\s", RegexOptions.IgnoreCase)]
    private static partial Regex CarriesOut();
}
