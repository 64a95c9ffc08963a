using Cascade.Export.ConsolidatedReport;
using UglyToad.PdfPig;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>The report as an office suite lays it out: converted to PDF by LibreOffice and read with PdfPig.</summary>
public sealed class ConsolidatedReportPdfTests
{
    /// <summary>The decree's top margin, 20 mm, in PDF points: the page number sits above it.</summary>
    private const double TopMargin = 20 / 25.4 * 72;

    [Fact(Timeout = 300_000)]
    public async Task TheReportRunsOverSeveralPagesNumberedFromTheSecond()
    {
        var libreOffice = LibreOffice.Require();
        var folder = Directory.CreateTempSubdirectory("cascade-report-pdf-");
        try
        {
            var docx = Path.Combine(folder.FullName, "BaoCao_105-KH-UBND_2025.docx");
            await File.WriteAllBytesAsync(docx, ConsolidatedReportDocument.Write(SampleReport.Model(new DateOnly(2025, 12, 5))), TestContext.Current.CancellationToken);

            var pdf = await LibreOffice.ConvertToPdfAsync(libreOffice, docx, folder.FullName, TestContext.Current.CancellationToken);

            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 2, $"The report has {document.NumberOfPages} page(s).");
            var pages = document.GetPages().ToList();
            Assert.Empty(InTopMargin(pages[0]));
            Assert.Contains("/BC-SKHCN", pages[0].Text, StringComparison.Ordinal);
            for (var i = 1; i < pages.Count; i++)
            {
                Assert.Equal([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], InTopMargin(pages[i]));
            }

            // The task tables' landscape section: wider than high.
            Assert.Contains(pages, p => p.Width > p.Height);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> InTopMargin(UglyToad.PdfPig.Content.Page page) =>
        page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - TopMargin).Select(w => w.Text).ToList();
}
