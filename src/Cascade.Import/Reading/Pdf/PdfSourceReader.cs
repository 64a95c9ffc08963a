using System.Diagnostics;
using Cascade.Import.Reading.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Cascade.Import.Reading.Pdf;

/// <summary>
/// Reads a PDF plan from its text layer: words with positions become lines, lines become
/// paragraphs and tables (columns from the drawn grid or the words' x-positions, rows from the
/// grid's borders or the TT column); page numbers, running headers and footers and the signature
/// block are dropped. A PDF without text (a scan) is refused: it needs OCR first.
/// </summary>
public static class PdfSourceReader
{
    /// <summary>Plans run to tens of pages; beyond this the file is not a plan, or is hostile.</summary>
    public const int MaxPages = 300;

    /// <summary>Reading a plan takes well under a second a page; a file that takes this long is refused.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(30);

    public static SourceReadResult Read(byte[] bytes) => Read(bytes, TimeBudget);

    internal static SourceReadResult Read(byte[] bytes, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(bytes);

        // The parser has no cancellation; a pathological file must not hold the caller, so the
        // work runs aside and is abandoned when it overruns (it stops at the next page check).
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => ReadWithinBudget(bytes, clock, budget));
        try
        {
            return work.Wait(budget) ? work.Result : ReadFailures.TooComplex();
        }
        catch (AggregateException)
        {
            return ReadFailures.CorruptPdf();
        }
    }

    private static SourceReadResult ReadWithinBudget(byte[] bytes, Stopwatch clock, TimeSpan budget)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > MaxPages)
            {
                return ReadFailures.TooComplex();
            }

            var pages = new List<PdfPageLines>();
            var warnings = new List<ImportWarning>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                if (clock.Elapsed > budget)
                {
                    return ReadFailures.TooComplex();
                }

                if (ReadPage(pdf, number) is { } page)
                {
                    pages.Add(page);
                }
                else
                {
                    warnings.Add(new ImportWarning("unreadable-page", $"Không đọc được trang {number} của tệp PDF; nội dung trang này bị bỏ qua.", $"trang {number}"));
                }
            }

            if (pages.Count == 0)
            {
                return ReadFailures.CorruptPdf();
            }

            if (pages.All(p => p.Lines.Count == 0))
            {
                return ReadFailures.NeedsOcr();
            }

            var all = pages.SelectMany(p => p.Lines).ToList();
            if (TextQuality.IsUnmapped(all))
            {
                return ReadFailures.NeedsOcr();
            }

            if (TextQuality.IsLegacyEncoded(all))
            {
                warnings.Add(new ImportWarning("legacy-font", "Văn bản trong tệp PDF dùng phông chữ tiếng Việt cũ (TCVN3/VNI); chữ có dấu có thể bị sai. Nên dùng bản Word hoặc bản PDF xuất từ phông Unicode."));
            }

            var lines = PageFurniture.Remove(pages);
            var blocks = ContinuedTables.Join(PdfBlocks.Build(lines, pages.ToDictionary(p => p.Number, p => p.Rules)));
            return blocks.Count == 0 ? ReadFailures.NeedsOcr() : SourceReadResult.Ok(new SourceDocument(blocks, warnings));
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadFailures.EncryptedPdf();
        }
#pragma warning disable CA1031 // The reader boundary: PdfPig throws many types for broken files, and bad input must give a failure.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ReadFailures.CorruptPdf();
        }
    }

    /// <summary>One damaged page (a broken font, a bad content stream) costs that page, not the document.</summary>
    private static PdfPageLines? ReadPage(PdfDocument pdf, int number)
    {
        try
        {
            var page = pdf.GetPage(number);
            return new PdfPageLines(number, page.Height, PdfLayout.Lines(page, number), PdfRules.Of(page));
        }
#pragma warning disable CA1031 // As at the reader boundary: any failure inside one page is that page's.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}

/// <summary>The lines of one page, top to bottom.</summary>
internal sealed record PdfPageLines(int Number, double Height, IReadOnlyList<PdfLine> Lines, PdfRules Rules);
