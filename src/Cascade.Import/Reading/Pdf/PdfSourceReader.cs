namespace Cascade.Import.Reading.Pdf;

public static class PdfSourceReader
{
    public static SourceReadResult Read(byte[] bytes) => ReadFailures.CorruptPdf();
}
