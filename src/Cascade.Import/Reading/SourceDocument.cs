namespace Cascade.Import.Reading;

/// <summary>
/// A plan document reduced to what every reader can deliver: paragraphs and tables in reading
/// order. Text, Markdown, .docx and .pdf readers all produce this; the parsers that find the
/// header, targets, reporting duties and tasks read only this.
/// </summary>
public sealed record SourceDocument(IReadOnlyList<Block> Blocks, IReadOnlyList<ImportWarning> Warnings)
{
    public static SourceDocument Empty { get; } = new([], []);
}

public abstract record Block;

/// <summary>
/// A paragraph with line breaks folded to spaces. <paramref name="Label"/> is the numbering a
/// word processor generated ("1.", "a)", "-"), which the text itself then lacks;
/// <paramref name="HeadingLevel"/> is 1..6 when the source marked it as a heading.
/// </summary>
public sealed record Paragraph(string Text, string? Label = null, int? HeadingLevel = null, bool IsBold = false) : Block;

/// <summary>A table, continued pieces already joined; rows in order.</summary>
public sealed record Table(IReadOnlyList<TableRow> Rows) : Block;

/// <summary>A row; <paramref name="IsHeader"/> for a heading row the source marked or repeated.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader = false);

/// <summary>
/// A cell. Lines inside the cell are kept, joined with '\n' (a new-line dash separates agencies).
/// <paramref name="ColumnSpan"/> counts grid columns the cell covers. A cell that continues a
/// vertical merge carries the text of the cell it continues and <paramref name="MergedFromAbove"/>.
/// </summary>
public sealed record TableCell(string Text, int ColumnSpan = 1, bool MergedFromAbove = false);

/// <summary>Something a reader or parser could not read with confidence; shown to the user.</summary>
public sealed record ImportWarning(string Code, string Message, string? Where = null);
