using System.Text.RegularExpressions;

namespace Cascade.Import.Reading.Text;

/// <summary>
/// What a whole text says about its own layout: how wide its lines run, whether its blank lines
/// separate paragraphs (Markdown) or sit between every printed line (PDF extraction), and which
/// lines are running headers repeated on every page.
/// </summary>
internal sealed partial class TextLayout
{
    private TextLayout(int width, bool blankLinesSeparate, HashSet<string> runningHeaders)
    {
        Width = width;
        BlankLinesSeparateParagraphs = blankLinesSeparate;
        RunningHeaders = runningHeaders;
    }

    /// <summary>The usual length of a full printed line.</summary>
    public int Width { get; }

    public bool BlankLinesSeparateParagraphs { get; }

    public IReadOnlySet<string> RunningHeaders { get; }

    public static TextLayout Measure(IReadOnlyList<string> lines)
    {
        var lengths = lines.Where(l => !TextLines.IsBlank(l) && !l.TrimStart().StartsWith('|')).Select(l => l.Trim().Length).Order().ToList();
        var width = lengths.Count == 0 ? 80 : Math.Max(20, lengths[Math.Min(lengths.Count - 1, (int)(lengths.Count * 0.9))]);

        // After a blank line, a line that goes on mid-sentence (lower case) means the blank lines
        // are an artefact of extraction: they then carry no paragraph meaning at all.
        int afterBlank = 0, midSentence = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (TextLines.IsBlank(lines[i]) || !TextLines.IsBlank(lines[i - 1]))
            {
                continue;
            }

            afterBlank++;
            if (LineShapes.StartsLowercase(lines[i]))
            {
                midSentence++;
            }
        }

        var blankLinesSeparate = afterBlank < 3 || midSentence < afterBlank * 0.2;
        return new TextLayout(width, blankLinesSeparate, FindRunningHeaders(lines));
    }

    public bool IsRunningHeader(string line)
    {
        var t = line.Trim();
        return RunningHeaders.Contains(t) || IsGazetteHeader(t);
    }

    public bool IsGazetteHeader(string line) => GazetteHeader().IsMatch(line.Trim());

    /// <summary>A short line printed three times or more next to a page number is a running header.</summary>
    private static HashSet<string> FindRunningHeaders(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.Length is >= 12 and < 100)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        }

        var headers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0 || counts.GetValueOrDefault(t) < 3 || LineShapes.IsPageNumber(t))
            {
                continue;
            }

            if (NearPageNumber(lines, i))
            {
                headers.Add(t);
            }
        }

        return headers;
    }

    private static bool NearPageNumber(IReadOnlyList<string> lines, int index)
    {
        foreach (var step in new[] { -1, 1 })
        {
            var seen = 0;
            for (var j = index + step; j >= 0 && j < lines.Count && seen < 2; j += step)
            {
                if (TextLines.IsBlank(lines[j]))
                {
                    continue;
                }

                seen++;
                if (LineShapes.IsPageNumber(lines[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The Official Gazette prints "CÔNG BÁO/Số 123 + 124/Ngày 15-02-2024" on every page, the page number before or after it.
    [GeneratedRegex(@"^(?:\d{1,4}\s+)?CÔNG BÁO\s*/\s*Số", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex GazetteHeader();
}
