using System.IO.Compression;
using System.Text;
using Cascade.Import.Reading;
using Cascade.Import.Reading.Docx;

namespace Cascade.Import.Tests.Readers;

/// <summary>
/// Whatever is uploaded, the reader answers with a document or a clear failure, never an
/// exception, and in bounded time (each test has a timeout).
/// </summary>
public sealed class HostileInputTests
{
    private const int Timeout = 60_000;

    [Fact(Timeout = Timeout)]
    public async Task EmptyFileIsRefusedAsEmpty()
    {
        var result = await ReadAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.EmptyCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task WhitespaceOnlyTextIsRefusedAsEmpty()
    {
        var result = await ReadAsync(Encoding.UTF8.GetBytes(" \r\n\t\n"), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.EmptyCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task RandomBinaryJunkIsNotASupportedDocument()
    {
        var junk = new byte[64 * 1024];
        new Random(20231103).NextBytes(junk);

        var result = await ReadAsync(junk, TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.UnsupportedCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task TruncatedPdfGivesAFailureOrWhatCouldBeRead()
    {
        var pdf = Fixtures.Bytes(Fixtures.Seed000 + ".pdf");

        var result = await ReadAsync(pdf[..(pdf.Length / 2)], TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded || result.Failure!.Code is ReadFailures.CorruptPdfCode or ReadFailures.NeedsOcrCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task PdfHeaderFollowedByJunkIsACorruptPdf()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(junk).ToArray();

        var result = await ReadAsync(bytes, TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.CorruptPdfCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task PdfThatOverrunsTheTimeBudgetIsRefused()
    {
        var pdf = Fixtures.Bytes(Fixtures.Seed000 + ".pdf");

        var result = await Task.Run(() => Cascade.Import.Reading.Pdf.PdfSourceReader.Read(pdf, TimeSpan.Zero), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.TooComplexCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task PasswordProtectedPdfIsRefusedAsEncrypted()
    {
        var result = await ReadAsync(Fixtures.Bytes("encrypted.pdf"), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.EncryptedPdfCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task ScannedPdfWithoutTextLayerNeedsOcr()
    {
        var result = await ReadAsync(Fixtures.Bytes("image-only.pdf"), TestContext.Current.CancellationToken);

        Assert.Equal(new ImportFailure("needs-ocr", "Tệp PDF không có lớp văn bản; cần nhận dạng ký tự (OCR) trước khi nhập."), result.Failure);
    }

    [Fact(Timeout = Timeout)]
    public async Task DocxZipBombIsRefusedBeforeItIsInflated()
    {
        var path = Path.GetTempFileName();
        try
        {
            WriteDocxZip(path, documentBytes: 200L * 1024 * 1024);

            var result = await ReadAsync(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

            Assert.Equal(ReadFailures.DocxTooLargeUnpackedCode, result.Failure?.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(Timeout = Timeout)]
    public async Task DocxWhoseZipDirectoryUnderstatesAPartIsRefused()
    {
        var path = Path.GetTempFileName();
        try
        {
            WriteDocxZip(path, documentBytes: 30L * 1024 * 1024);
            var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            UnderstateSizes(bytes, "word/document.xml", 1000);

            var result = await ReadAsync(bytes, TestContext.Current.CancellationToken);

            Assert.True(result.Failure?.Code is ReadFailures.DocxTooLargeUnpackedCode or ReadFailures.CorruptDocxCode, result.Failure?.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(Timeout = Timeout)]
    public async Task DocxWithEntityExpansionIsRefused()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>
            """;

        var result = await ReadAsync(DocxZip(laughs), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.CorruptDocxCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task DocxNestedBeyondReasonIsRefused()
    {
        const int depth = 20_000;
        var xml = new StringBuilder("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
        xml.Insert(xml.Length, "<w:sdt><w:sdtContent>", depth).Append("<w:p/>").Insert(xml.Length, "</w:sdtContent></w:sdt>", depth).Append("</w:body></w:document>");

        var result = await ReadAsync(DocxZip(xml.ToString()), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.CorruptDocxCode, result.Failure?.Code);
    }

    [Theory(Timeout = Timeout)]
    [InlineData("""<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="abc"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>""")]
    [InlineData("""<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2147483647"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>""")]
    [InlineData("""<w:p><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="-5"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>""")]
    [InlineData("""<w:p><w:pPr><w:outlineLvl w:val="2147483647"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>""")]
    public async Task DocxWithAbsurdValuesIsStillRead(string bodyXml)
    {
        var xml = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""" + bodyXml + "</w:body></w:document>";

        var result = await ReadAsync(DocxZip(xml), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Failure?.Code);
    }

    [Fact]
    public void MinimalWordPackageIsRead()
    {
        var xml = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>""";

        var result = SourceReaders.Read(DocxZip(xml));

        Assert.Equal(new Paragraph("KẾ HOẠCH"), Assert.Single(result.Document!.Blocks));
    }

    [Fact(Timeout = Timeout)]
    public async Task TruncatedDocxIsACorruptDocx()
    {
        var docx = Fixtures.Bytes(Fixtures.Seed000 + ".docx");

        var result = await ReadAsync(docx[..(docx.Length / 2)], TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.CorruptDocxCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task ZipThatIsNotAWordDocumentIsNotSupported()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("ke-hoach.txt").OpenAsync(TestContext.Current.CancellationToken);
            await entry.WriteAsync(Encoding.UTF8.GetBytes("KẾ HOẠCH"), TestContext.Current.CancellationToken);
        }

        var result = await ReadAsync(zip.ToArray(), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.UnsupportedCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task RichTextIsNotTakenForPlainText()
    {
        var result = await ReadAsync(Encoding.ASCII.GetBytes(@"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} K\'ea HO\'c0CH}"), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.UnsupportedCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task OldWordDocumentIsRefusedWithAdviceToSaveAsDocx()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = await ReadAsync(header, TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.LegacyOrProtectedWordCode, result.Failure?.Code);
    }

    [Fact(Timeout = Timeout)]
    public async Task FileOverTheLimitIsRefusedWithoutReadingIt()
    {
        var big = new MemoryStream(new byte[SourceReaders.MaxFileBytes + 1]);

        var result = await Task.Run(() => SourceReaders.Read(big, "lon.pdf"), TestContext.Current.CancellationToken);

        Assert.Equal(new ImportFailure("too-large", "Tệp quá lớn (tối đa 20 MB)."), result.Failure);
        Assert.Equal(0, big.Position);
    }

    [Fact(Timeout = Timeout)]
    public async Task StreamOverTheLimitIsReadOnlyOneByteBeyondIt()
    {
        var endless = new EndlessStream();

        var result = await Task.Run(() => SourceReaders.Read(endless, "upload"), TestContext.Current.CancellationToken);

        Assert.Equal(ReadFailures.TooLargeCode, result.Failure?.Code);
        Assert.Equal(SourceReaders.MaxFileBytes + 1, endless.Position);
    }

    private static Task<SourceReadResult> ReadAsync(byte[] bytes, CancellationToken cancellation) =>
        Task.Run(() => SourceReaders.Read(new MemoryStream(bytes), "upload"), cancellation);

    /// <summary>A valid Word package around the given main part.</summary>
    private static byte[] DocxZip(string documentXml)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(archive, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Write(archive, DocxPackageGuard.MainPartName, documentXml);
        }

        return zip.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }

    /// <summary>A minimal Word package whose main part is <paramref name="documentBytes"/> of spaces.</summary>
    private static void WriteDocxZip(string path, long documentBytes)
    {
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);
        using (var types = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
        {
            types.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
        }

        using var document = archive.CreateEntry(DocxPackageGuard.MainPartName, CompressionLevel.SmallestSize).Open();
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (long written = 0; written < documentBytes; written += spaces.Length)
        {
            document.Write(spaces);
        }
    }

    /// <summary>Rewrites the uncompressed size of an entry in its local header and the central directory.</summary>
    private static void UnderstateSizes(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual("PK\u0003\u0004"u8) && zip.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
            else if (zip.AsSpan(i, 4).SequenceEqual("PK\u0001\u0002"u8) && zip.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
    }

    /// <summary>A network upload that never ends and cannot tell its length.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
