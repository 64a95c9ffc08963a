using Cascade.Import.Reading.Pdf;
using UglyToad.PdfPig;

namespace Cascade.Import.Tests.Readers;

public sealed class DumpLines
{
    [Theory]
    [InlineData("000_a067e6b2a3273be3.pdf")]
    [InlineData("004_953892a000611854.pdf")]
    public void Dump(string name)
    {
        using var pdf = PdfDocument.Open(Fixtures.Bytes(name));
        var text = new System.Text.StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            text.Append("==== page ").Append(page.Number).Append(' ').Append(page.Height).Append('\n');
            foreach (var line in PdfLayout.Lines(page, page.Number))
            {
                text.Append(System.FormattableString.Invariant($"{line.Baseline,7:F1} {line.FontSize,5:F1} | "))
                    .Append(string.Join(" ‖ ", line.Segments.Select(s => System.FormattableString.Invariant($"[{s.Left:F0}-{s.Right:F0}] {s.Text}")))).Append('\n');
            }
        }

        File.WriteAllText("/tmp/lines-" + name + ".txt", text.ToString());
    }
}
