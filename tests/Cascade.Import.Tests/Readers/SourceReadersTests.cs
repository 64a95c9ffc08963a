using System.Text;
using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Readers;

public sealed class SourceReadersTests
{
    [Fact]
    public void FormatIsTakenFromTheContentNotTheName()
    {
        var docx = SourceReaders.Read(new MemoryStream(Fixtures.Bytes(Fixtures.Seed000 + ".docx")), "ke-hoach.pdf");
        var pdf = SourceReaders.Read(new MemoryStream(Fixtures.Bytes(Fixtures.Seed000 + ".pdf")), "ke-hoach.txt");

        Assert.Contains(docx.Document!.Blocks, b => b is Paragraph { Label: "a)" });
        Assert.Contains(pdf.Document!.Blocks, b => b is Table);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void UnicodeTextIsDecodedWhateverItsEncodingMark(string encoding)
    {
        const string text = "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 36-NQ/TW\n";
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var result = SourceReaders.Read(new MemoryStream(bytes), "ke-hoach.txt");

        Assert.True(result.Succeeded);
        var paragraphs = result.Document!.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.Contains("KẾ HOẠCH", paragraphs);
        Assert.Empty(result.Document.Warnings);
    }

    [Fact]
    public void TextInALegacyVietnameseCodePageIsRefusedWithAdvice()
    {
        // "Kế hoạch triển khai" as Windows-1258 bytes: invalid as UTF-8 at every diacritic.
        byte[] bytes = [0x4B, 0xEA, 0xD2, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68, 0x20, 0x74, 0x72, 0x69, 0xEA, 0xD2, 0x6E, 0x20, 0x6B, 0x68, 0x61, 0x69];

        var result = SourceReaders.Read(new MemoryStream(bytes), "ke-hoach.txt");

        Assert.Equal(ReadFailures.EncodingCode, result.Failure?.Code);
    }

    [Fact]
    public void AFewUndecodableBytesInLongTextAreReadWithAWarning()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kế hoạch triển khai thực hiện.\n", 200))).Append((byte)0xFF).ToArray();

        var result = SourceReaders.Read(new MemoryStream(bytes), "ke-hoach.txt");

        Assert.True(result.Succeeded);
        Assert.Equal("invalid-characters", Assert.Single(result.Document!.Warnings).Code);
    }

    [Fact]
    public void PdfWithBytesBeforeItsHeaderIsStillAPdf()
    {
        byte[] bytes = [.. "\r\n\r\n"u8, .. Fixtures.Bytes(Fixtures.Seed004 + ".pdf")];

        var result = SourceReaders.Read(new MemoryStream(bytes), "upload");

        Assert.True(result.Succeeded, result.Failure?.Message);
    }
}
