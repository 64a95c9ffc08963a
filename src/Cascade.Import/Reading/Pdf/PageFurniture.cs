using System.Globalization;
using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Removes what the printer adds to every page and what closes the letter rather than the plan:
/// page numbers, running headers and footers, and the signature block with its list of recipients
/// (Nơi nhận). Left in, they would break paragraphs and tables that run across pages.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines at each end of a page may be furniture.</summary>
    private const int EdgeLines = 2;

    public static IReadOnlyList<PdfLine> Remove(IReadOnlyList<PdfPageLines> pages)
    {
        var running = RunningLines(pages);
        var kept = new List<PdfLine>();
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                var atEdge = i < EdgeLines || i >= page.Lines.Count - EdgeLines;
                if (atEdge && (PageNumber().IsMatch(line.Text) || running.Contains(Key(line))))
                {
                    continue;
                }

                kept.Add(line);
            }
        }

        return RemoveSignatureBlocks(kept);
    }

    /// <summary>Edge lines whose text (digits aside) recurs on at least half of the pages.</summary>
    private static HashSet<string> RunningLines(IReadOnlyList<PdfPageLines> pages)
    {
        if (pages.Count < 2)
        {
            return [];
        }

        var pagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var edges = page.Lines.Take(EdgeLines).Concat(page.Lines.TakeLast(EdgeLines))

                // Table rows (several cells) repeat legitimately: a repeated header row is content.
                .Where(l => l.Segments.Count < 3)
                .Select(Key)
                .Distinct(StringComparer.Ordinal);
            foreach (var key in edges)
            {
                pagesWith[key] = pagesWith.GetValueOrDefault(key) + 1;
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        return pagesWith.Where(p => p.Value >= needed).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static string Key(PdfLine line) =>
        Digits().Replace(line.Text, "#").ToLower(CultureInfo.InvariantCulture);

    private static List<PdfLine> RemoveSignatureBlocks(List<PdfLine> lines)
    {
        var kept = new List<PdfLine>(lines.Count);
        var inBlock = false;
        var linesSinceTitle = int.MaxValue;
        foreach (var line in lines)
        {
            linesSinceTitle = linesSinceTitle == int.MaxValue ? linesSinceTitle : linesSinceTitle + 1;
            var segments = line.Segments.Select(s => s.Text.Trim()).ToList();
            if (Recipients().IsMatch(segments[0]))
            {
                inBlock = true;
                continue;
            }

            if (segments.Any(s => SignatureTitle().IsMatch(s)))
            {
                inBlock = true;
                linesSinceTitle = 0;
                continue;
            }

            if (inBlock && (ListItem().IsMatch(line.Text) || segments.All(s => ListItem().IsMatch(s) || SignatureNote().IsMatch(s)
                || (linesSinceTitle <= 3 && PersonName().IsMatch(s)))))
            {
                continue;
            }

            inBlock = false;
            linesSinceTitle = int.MaxValue;
            kept.Add(line);
        }

        return kept;
    }

    /// <summary>"3", "- 3 -", "Trang 3", "3/12".</summary>
    [GeneratedRegex(@"^[\s\-–—]*(?:trang\s*)?\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?[\s\-–—]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^Nơi\s+nhận\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recipients();

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC": upper case only, as printed.</summary>
    [GeneratedRegex(@"^(?:(?:TM|KT|TL|TUQ|Q|T/M)\.\s*\p{Lu}[\p{Lu}\s,.]*|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN)(?:\s+[\p{Lu}\s]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureTitle();

    [GeneratedRegex(@"^[\-–—+•]\s*\S")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\((?:đã\s+ký|ký\s+tên)[^)]*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignatureNote();

    /// <summary>A signer's name: two to five capitalised words, nothing else.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();
}
