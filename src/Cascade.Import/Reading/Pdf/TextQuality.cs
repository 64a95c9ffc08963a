namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Whether the extracted text can be trusted. A PDF whose fonts carry no mapping to Unicode gives
/// private-use or replacement characters; one typed in the old Vietnamese encodings (TCVN3, VNI)
/// gives Latin-1 symbols where the diacritics should be ("KÕ ho¹ch" for "Kế hoạch").
/// </summary>
internal static class TextQuality
{
    /// <summary>Above this share of unmappable characters the text layer is useless.</summary>
    private const double MaxUnmapped = 0.3;

    /// <summary>Above this share of legacy-encoding symbols, with next to no Unicode Vietnamese, the text is mojibake.</summary>
    private const double LegacyShare = 0.03;

    private const string LegacySymbols = "¸µ¶·¹¨»¾¼½Æ©ÊÇÈÉËªÍÌÎÏÑ«ÕÒÓÔÖ×ÝØÜÞ¬ßãáâäå­èæçéêëîìíïóñòôõøö÷ùúûüþ®§";

    public static bool IsUnmapped(IEnumerable<PdfLine> lines) => Share(lines, c => c is '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || char.IsControl(c)) > MaxUnmapped;

    public static bool IsLegacyEncoded(IEnumerable<PdfLine> lines)
    {
        var materialised = lines.ToList();
        return Share(materialised, c => LegacySymbols.Contains(c, StringComparison.Ordinal)) > LegacyShare
            && Share(materialised, c => c is >= '\u1EA0' and <= '\u1EF9' || c is 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư') < LegacyShare / 3;
    }

    private static double Share(IEnumerable<PdfLine> lines, Func<char, bool> test)
    {
        long total = 0;
        long matching = 0;
        foreach (var word in lines.SelectMany(l => l.Words))
        {
            foreach (var c in word.Text)
            {
                total++;
                if (test(c))
                {
                    matching++;
                }
            }
        }

        return total == 0 ? 0 : (double)matching / total;
    }
}
