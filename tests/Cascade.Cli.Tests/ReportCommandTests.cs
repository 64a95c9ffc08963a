using Cascade.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cascade-report-cli-");

    [Fact]
    public async Task APlanNamedByItsNumberIsWrittenAsAValidReportOfTheYear()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo-data");
        var file = Path.Combine(_folder.FullName, "report.docx");

        var run = await cli.RunAsync("report", "105/KH-UBND", "--year", "2025", "--out", file, "--date", "2025-12-05");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("16 tasks", run.Error, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(document, TestContext.Current.CancellationToken));
        var lines = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Kết quả thực hiện Kế hoạch số 105/KH-UBND ngày 03/11/2023 của Ủy ban nhân dân tỉnh Trà Vinh năm 2025", lines);
        Assert.Contains("Trà Vinh, ngày 05 tháng 12 năm 2025", lines);
    }

    [Fact]
    public async Task WithoutOutTheFileIsNamedAfterThePlanAndYearInTheCurrentFolder()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo-data");
        int planId;
        await using (var db = cli.OpenDatabase())
        {
            planId = db.Plans.Where(p => p.NumberKey == "255/KH-UBND").Select(p => p.Id).Single();
        }

        var expected = Path.GetFullPath("BaoCao_255-KH-UBND_2024.docx");
        try
        {
            var run = await cli.RunAsync("report", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--year", "2024");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"Wrote {expected}:", run.Error, StringComparison.Ordinal);
            Assert.True(File.Exists(expected));
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public async Task ANumberTwoPlansShareIsAnErrorThatListsThemBothByID()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo-data");
        await using (var db = cli.OpenDatabase())
        {
            db.Plans.Add(new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2024, 3, 1), "Ủy ban nhân dân tỉnh An Giang",
                GovernmentLevel.Province, "An Giang", null, "Một kế hoạch khác cùng số"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var run = await cli.RunAsync("report", "105/KH-UBND", "--year", "2025", "--out", Path.Combine(_folder.FullName, "x.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is the number of 2 plans", run.Error, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân tỉnh Trà Vinh", run.Error, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân tỉnh An Giang", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "x.docx")));
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("2999")]
    public async Task AYearOutsideThePlansSpanIsRefusedWithTheYearsItCanTake(string year)
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo-data");

        var run = await cli.RunAsync("report", "105/KH-UBND", "--year", year, "--out", Path.Combine(_folder.FullName, "x.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("can be reported for 2023 to", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999/KH-UBND", "No plan with id or number '999/KH-UBND'.")]
    [InlineData("kế hoạch", "is neither a plan id nor a number and symbol")]
    public async Task AnUnknownPlanIsAnError(string plan, string message)
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("report", plan, "--year", "2025");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearIsRequiredAndTheDateMustBeADate()
    {
        using var cli = new CliRun();

        var noYear = await cli.RunAsync("report", "105/KH-UBND");
        var badDate = await cli.RunAsync("report", "105/KH-UBND", "--year", "2025", "--date", "05/12/2025");

        Assert.NotEqual(0, noYear.ExitCode);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("is not a date YYYY-MM-DD", badDate.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
