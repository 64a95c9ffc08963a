namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Two blocks of text printed side by side: the letterhead of an administrative document (the
/// issuer and its number on the left, the national motto and the place and date on the right).
/// Read line by line across, they would interleave; they are read as two columns, left first.
/// </summary>
internal static class SideBySide
{
    /// <summary>
    /// The letterhead opens the first page; only there are columns read apart, so that a table
    /// without a TT column elsewhere is not read column by column.
    /// </summary>
    public const int LetterheadLines = 12;

    /// <summary>A gap wider than this many font sizes inside a line separates two columns.</summary>
    private const double ColumnGap = 3;

    /// <summary>The x where the line divides, or null when it is one block of text.</summary>
    public static double? Split(PdfLine line)
    {
        double? at = null;
        var widest = ColumnGap * line.FontSize;
        for (var s = 1; s < line.Segments.Count; s++)
        {
            var gap = line.Segments[s].Left - line.Segments[s - 1].Right;
            if (gap > widest)
            {
                widest = gap;
                at = (line.Segments[s].Left + line.Segments[s - 1].Right) / 2;
            }
        }

        return at;
    }

    /// <summary>Reads the side-by-side run starting at <paramref name="start"/>; returns the line after it.</summary>
    public static int Read(IReadOnlyList<PdfLine> lines, int start, int limit, List<Block> blocks, Action<IReadOnlyList<PdfLine>, List<Block>> group)
    {
        var divide = Split(lines[start])!.Value;
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        var i = start;
        for (; i < limit; i++)
        {
            var line = lines[i];
            if (i > start && (line.Page != lines[i - 1].Page || lines[i - 1].Baseline - line.Baseline > ColumnGap * line.FontSize))
            {
                break;
            }

            var leftPart = line.Segments.Where(s => s.Right < divide).ToList();
            var rightPart = line.Segments.Where(s => s.Left > divide).ToList();
            if (leftPart.Count + rightPart.Count < line.Segments.Count)
            {
                // A line across the divide: the two columns have ended.
                break;
            }

            if (leftPart.Count > 0)
            {
                left.Add(line with { Segments = leftPart });
            }

            if (rightPart.Count > 0)
            {
                right.Add(line with { Segments = rightPart });
            }
        }

        group(left, blocks);
        group(right, blocks);
        return i;
    }
}
