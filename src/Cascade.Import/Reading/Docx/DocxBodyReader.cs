using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Import.Reading.Docx;

/// <summary>
/// Walks the body in order. Numbering counters advance in that order, table cells included,
/// because Word numbers the TT column of appendix tables with automatic lists.
/// </summary>
internal sealed class DocxBodyReader(DocxStyles styles, DocxNumbering numbering)
{
    /// <summary>Word allows deep nesting; a plan never needs more, a hostile file might.</summary>
    private const int MaxNesting = 8;

    /// <summary>Word tables have at most 63 columns; larger spans are clamped so they cannot blow up memory.</summary>
    private const int MaxColumns = 63;

    public IEnumerable<Block> ReadBlocks(IEnumerable<OpenXmlElement> elements) => ReadBlocks(elements, 0);

    private IEnumerable<Block> ReadBlocks(IEnumerable<OpenXmlElement> elements, int depth)
    {
        if (depth > MaxNesting)
        {
            // Content controls nested this deep come from a hostile file; recursing on would overflow the stack.
            yield break;
        }

        foreach (var element in elements)
        {
            switch (element)
            {
                case W.Paragraph p:
                    yield return ReadParagraph(p);
                    break;
                case W.Table t:
                    yield return ReadTable(t, 0);
                    break;
                case W.SdtBlock sdt:
                    foreach (var block in ReadBlocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), depth + 1))
                    {
                        yield return block;
                    }

                    break;
                case W.CustomXmlBlock custom:
                    foreach (var block in ReadBlocks(custom.ChildElements, depth + 1))
                    {
                        yield return block;
                    }

                    break;
            }
        }
    }

    private Paragraph ReadParagraph(W.Paragraph p)
    {
        var properties = p.ParagraphProperties;
        var text = DocxText.Fold(DocxText.Of(p));
        return new Paragraph(text, Label(properties), styles.HeadingLevel(properties), text.Length > 0 && IsBold(p));
    }

    private string? Label(W.ParagraphProperties? properties) =>
        styles.Numbering(properties) is var (numId, level) ? numbering.NextLabel(numId, level) : null;

    /// <summary>Bold when every run that shows text is bold, directly or through its styles.</summary>
    private bool IsBold(W.Paragraph p)
    {
        var paragraphStyle = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var paragraphBold = styles.StyleIsBold(paragraphStyle);
        var any = false;
        foreach (var run in DocxText.VisibleRuns(p))
        {
            if (!run.Elements<W.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text)))
            {
                continue;
            }

            any = true;
            var own = run.RunProperties?.Bold;
            var bold = own is not null
                ? DocxText.IsOn(own)
                : styles.StyleIsBold(run.RunProperties?.RunStyle?.Val?.Value) || paragraphBold;
            if (!bold)
            {
                return false;
            }
        }

        return any;
    }

    private Table ReadTable(W.Table table, int depth)
    {
        var rows = new List<TableRow>();

        // The text of the cell covering each grid column in the row above, for vertical merges.
        var above = new Dictionary<int, string>();
        foreach (var row in Rows(table))
        {
            var cells = new List<TableCell>();
            var column = 0;
            var gridBefore = Math.Clamp(DocxText.Int(row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val) ?? 0, 0, MaxColumns);
            if (gridBefore > 0)
            {
                cells.Add(new TableCell(string.Empty, gridBefore));
                column += gridBefore;
            }

            foreach (var cell in Cells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(DocxText.Int(properties?.GridSpan?.Val) ?? 1, 1, MaxColumns);
                var text = CellText(cell, depth);
                if (properties?.HorizontalMerge is { } hMerge && hMerge.Val?.Value != W.MergedCellValues.Restart && cells.Count > 0)
                {
                    // Legacy horizontal merge: the continuation widens the cell before it.
                    cells[^1] = cells[^1] with { ColumnSpan = cells[^1].ColumnSpan + span };
                    column += span;
                    continue;
                }

                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                var result = continues
                    ? new TableCell(above.GetValueOrDefault(column, text), span, MergedFromAbove: true)
                    : new TableCell(text, span);
                for (var g = column; g < column + span; g++)
                {
                    above[g] = result.Text;
                }

                cells.Add(result);
                column += span;
            }

            rows.Add(new TableRow(cells, IsHeader(row)));
        }

        return new Table(rows);
    }

    private static IEnumerable<W.TableRow> Rows(OpenXmlElement container, int depth = 0)
    {
        if (depth > MaxNesting)
        {
            yield break;
        }

        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.TableRow row:
                    yield return row;
                    break;
                case W.SdtRow or W.CustomXmlRow:
                    foreach (var nested in Rows(child is W.SdtRow sdt ? (OpenXmlElement?)sdt.SdtContentRow ?? sdt : child, depth + 1))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<W.TableCell> Cells(OpenXmlElement container, int depth = 0)
    {
        if (depth > MaxNesting)
        {
            yield break;
        }

        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.TableCell cell:
                    yield return cell;
                    break;
                case W.SdtCell or W.CustomXmlCell:
                    foreach (var nested in Cells(child is W.SdtCell sdt ? (OpenXmlElement?)sdt.SdtContentCell ?? sdt : child, depth + 1))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Paragraphs become lines joined with '\n', each with its generated label; a nested table
    /// becomes one line per row so its text is not lost.
    /// </summary>
    private string CellText(OpenXmlElement container, int depth)
    {
        var lines = new List<string>();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    var label = Label(p.ParagraphProperties);
                    var paragraphLines = DocxText.Lines(DocxText.Of(p)).ToList();
                    if (label is not null)
                    {
                        if (paragraphLines.Count == 0)
                        {
                            paragraphLines.Add(label);
                        }
                        else
                        {
                            paragraphLines[0] = label + " " + paragraphLines[0];
                        }
                    }

                    lines.AddRange(paragraphLines);
                    break;
                case W.Table nested when depth < MaxNesting:
                    foreach (var row in ReadTable(nested, depth + 1).Rows)
                    {
                        var line = string.Join(' ', row.Cells.Where(c => !c.MergedFromAbove).Select(c => DocxText.Fold(c.Text)).Where(t => t.Length > 0));
                        if (line.Length > 0)
                        {
                            lines.Add(line);
                        }
                    }

                    break;
                case W.SdtBlock or W.CustomXmlBlock or W.SdtContentBlock when depth < MaxNesting:
                    var inner = CellText(child is W.SdtBlock sdt ? (OpenXmlElement?)sdt.SdtContentBlock ?? sdt : child, depth + 1);
                    if (inner.Length > 0)
                    {
                        lines.Add(inner);
                    }

                    break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>tblHeader marks a row Word repeats on each page; some writers spell its value "true".</summary>
    private static bool IsHeader(W.TableRow row)
    {
        var header = row.TableRowProperties?.GetFirstChild<W.TableHeader>();
        if (header is null)
        {
            return false;
        }

        var value = header.GetAttributes().FirstOrDefault(a => a.LocalName == "val").Value;
        return value is null || !(value is "0" or "false" or "off");
    }
}
