namespace Cascade.Import.Reading.Text;

/// <summary>Reads plain text and Markdown exports of a plan into paragraphs and tables.</summary>
public static class TextSourceReader
{
    public static SourceDocument Read(string text)
    {
        // Placeholder until the text reader lands: one paragraph per non-empty line.
        var blocks = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => (Block)new Paragraph(l))
            .ToList();
        return new SourceDocument(blocks, []);
    }
}
