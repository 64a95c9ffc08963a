using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Readers;

/// <summary>The committed reader fixtures (tests/fixtures/make-fixtures.sh builds them).</summary>
internal static class Fixtures
{
    public const string Seed000 = "000_a067e6b2a3273be3";
    public const string Seed004 = "004_953892a000611854";

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static SourceReadResult Read(string fileName)
    {
        using var stream = File.OpenRead(PathOf(fileName));
        return SourceReaders.Read(stream, fileName);
    }

    public static SourceDocument ReadDocument(string fileName)
    {
        var result = Read(fileName);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Document!;
    }

    /// <summary>Every block as one line of text, for looking at a reader's output by eye.</summary>
    public static string Dump(SourceDocument document) => string.Join('\n', document.Blocks.Select(b => b switch
    {
        Paragraph p => $"P[{p.Label}|h{p.HeadingLevel}|{(p.IsBold ? "b" : string.Empty)}] {p.Text}",
        Table t => "TABLE\n" + string.Join('\n', t.Rows.Select(r => (r.IsHeader ? "  H " : "  R ")
            + string.Join(" ‖ ", r.Cells.Select(c => (c.MergedFromAbove ? "^" : string.Empty) + (c.ColumnSpan > 1 ? $"<{c.ColumnSpan}>" : string.Empty) + c.Text.Replace("\n", "⏎", StringComparison.Ordinal))))),
        _ => b.ToString(),
    }));
}
