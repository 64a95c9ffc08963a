using System.Text.RegularExpressions;
using Cascade.Core.Documents;

namespace Cascade.Import.Parsing.Header;

/// <summary>"(Kèm theo Kế hoạch số 105/KH-UBND ngày 03/11/2023 của UBND tỉnh)": the plan's own number, date and issuer.</summary>
public sealed record CaptionFacts(DocumentNumber Number, string? Date, string? Issuer);

public static partial class AppendixCaption
{
    public static CaptionFacts? Find(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var m = Caption().Match(paragraph);
            if (!m.Success)
            {
                continue;
            }

            var after = paragraph[(m.Index + m.Length)..];
            var mention = DocumentReferences.Find(after).FirstOrDefault();
            if (mention is null || mention.Index > 12)
            {
                continue;
            }

            var rest = after[(mention.Index + mention.Length)..];
            return new CaptionFacts(mention.Number, IssueDates.ReadLeadingDate(rest), IssuerReader.CaptionIssuer(rest));
        }

        return null;
    }

    // Only a caption: in parentheses or opening its own paragraph; a body sentence may cite another
    // document "ban hành kèm theo Quyết định số ...".
    [GeneratedRegex(@"(?:^|\()\s?(?:Ban hành\s|ban hành\s)?[Kk]èm theo\s(?:Kế hoạch|Chương trình(?: hành động)?|Nghị quyết|Quyết định|Chỉ thị|Đề án)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();
}
