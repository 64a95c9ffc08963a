using System.Text.RegularExpressions;
using Cascade.Core.Documents;

namespace Cascade.Import.Parsing.Header;

/// <summary>What the masthead above the type heading prints: the issuer, "Số: 105/KH-UBND", the place and date.</summary>
public sealed record MastheadFacts(string? Organisation, DocumentNumber? Number, string? Date, bool DateUnreadable, IReadOnlyList<string> Lines);

public static partial class Masthead
{
    private const int MaxLines = 30;

    public static MastheadFacts Read(IReadOnlyList<string> linesAbove)
    {
        var lines = linesAbove.Skip(Math.Max(0, linesAbove.Count - MaxLines)).ToList();
        string? organisation = null;
        var extendable = false;
        DocumentNumber? number = null;
        string? date = null;
        var unreadable = false;
        var issuerColumn = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i];

            // A wrapped masthead cell puts "Số:" and the number, or the day and the month, on two lines.
            var withNext = i + 1 < lines.Count ? raw + " " + lines[i + 1] : raw;
            // Two columns read as one line: the motto column starts at "CỘNG HÒA" or "ĐẢNG CỘNG SẢN".
            var line = Motto().Split(raw)[0].Trim();
            issuerColumn.Add(line);
            if (line.Length > 0 && PlanText.IsUpperCase(line) && IssuerReader.IsMastheadOrganisation(line))
            {
                organisation = line;
                extendable = true;
            }
            else if (extendable && line.Length > 0 && PlanText.IsUpperCase(line) && IssuerReader.IsMastheadUnit(line))
            {
                organisation += " " + line;
                extendable = false;
            }
            else
            {
                extendable = false;
            }

            var numberLabel = NumberLabel().Match(withNext);
            if (number is null && numberLabel.Success && numberLabel.Index < raw.Length)
            {
                number = DocumentReferences.Find(withNext[(numberLabel.Index + numberLabel.Length)..]).FirstOrDefault()?.Number;
            }

            if (date is null && !unreadable)
            {
                var dateAt = DateAt().Match(raw);
                if (dateAt.Success && IssueDates.TryReadDateLine(withNext[dateAt.Index..], out var iso, out var bad))
                {
                    date = iso;
                    unreadable = bad;
                }
            }
        }

        var issuer = organisation is null ? null : OrganisationCase.FromCapitals(organisation);
        return new MastheadFacts(issuer, number, date, unreadable, issuerColumn);
    }

    [GeneratedRegex(@"\s?(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập)")]
    private static partial Regex Motto();

    [GeneratedRegex(@"(?:^|\s)Số\s{0,3}:?\s{0,3}(?=\d)(?![\d\s]{1,6}\+)")]
    private static partial Regex NumberLabel();

    // The start of "Trà Vinh, ngày ..." on a line of its own or after the number column.
    [GeneratedRegex(@"(?:^|(?<=\s))\p{Lu}[\p{L}.' -]{1,59},\s{0,3}ngày", RegexOptions.IgnoreCase)]
    private static partial Regex DateAt();
}
