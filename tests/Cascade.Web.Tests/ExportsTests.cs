using System.Net;
using System.Text;
using System.Text.Json;
using Cascade.Data;
using Cascade.Data.Progress;
using Cascade.Export;
using Cascade.Web.Infrastructure.Security;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>The downloads: the consolidated report, the task register and a period's reports, within the reader's scope.</summary>
public sealed class ExportsTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task ThePlanPageOffersTheReportForEachYearOfThePlanAndTheFormDownloadsIt()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");
        var page = await client.GetPageAsync($"/Plans/{planId}");
        var form = page.QuerySelector("#exports form")!;

        Assert.Equal("/Exports/Report", form.GetAttribute("action"));
        Assert.Equal(["2026", "2025", "2024", "2023"], form.QuerySelectorAll("#export-year option").Select(o => o.GetAttribute("value")));

        using var response = await client.GetAsync($"/Exports/Report?planId={planId}&year=2025", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cascade.Web.Pages.Exports.ExportFiles.Docx, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("BaoCao_105-KH-UBND_2025.docx", disposition.FileName);
        Assert.Equal("BaoCao_105-KH-UBND_2025.docx", disposition.FileNameStar);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        var lines = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Kết quả thực hiện Kế hoạch số 105/KH-UBND ngày 03/11/2023 của Ủy ban nhân dân tỉnh Trà Vinh năm 2025", lines);
        Assert.Contains("Trà Vinh, ngày … tháng … năm …", lines);
    }

    [Fact]
    public async Task AReportDatedByTheUserPrintsThatDate()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");

        using var response = await client.GetAsync($"/Exports/Report?planId={planId}&year=2025&date=05/12/2025", TestContext.Current.CancellationToken);

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        Assert.Contains("Trà Vinh, ngày 05 tháng 12 năm 2025", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    [Theory]
    [InlineData("year=2022", "Năm báo cáo phải là một số từ 2023 đến 2026.")]
    [InlineData("year=2027", "Năm báo cáo phải là một số từ 2023 đến 2026.")]
    [InlineData("year=hai", "Năm báo cáo phải là một số từ 2023 đến 2026.")]
    [InlineData("", "Năm báo cáo phải là một số từ 2023 đến 2026.")]
    [InlineData("year=2025&date=5-12-2025", "Ngày báo cáo phải có dạng dd/MM/yyyy.")]
    public async Task AWrongYearOrDateIsExplainedOnAPageThatLeadsBackToThePlan(string query, string problem)
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");

        var page = await client.GetPageAsync($"/Exports/Report?planId={planId}&{query}", HttpStatusCode.BadRequest);

        Assert.Equal(problem, page.QuerySelector("#export-problem")!.Text());
        Assert.Equal($"/Plans/{planId}#exports", page.Link("Quay lại kế hoạch"));
    }

    [Fact]
    public async Task AnUnknownFormatIsExplained()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");

        var page = await client.GetPageAsync($"/Exports/Register?planId={planId}&year=2025&format=pdf", HttpStatusCode.BadRequest);

        Assert.Equal("Định dạng tải về phải là xlsx, csv hoặc json.", page.QuerySelector("#export-problem")!.Text());
    }

    [Fact]
    public async Task AUserOutsideThePlansProvinceFindsNoneOfItsDownloads()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorHaiPhong);
        var planId = await PlanIdAsync("105/KH-UBND");
        var periodId = await PeriodIdAsync(planId, 2025);

        foreach (var url in new[] { $"/Exports/Report?planId={planId}&year=2025", $"/Exports/Register?planId={planId}&year=2025&format=xlsx", $"/Exports/Period?periodId={periodId}&format=csv" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task TheRegisterSpreadsheetHasVietnameseHeadersAFrozenHeaderRowAndTheYearsStatuses()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");
        var progress = await ProgressAsync(planId, 2025);

        using var response = await client.GetAsync($"/Exports/Register?planId={planId}&year=2025&format=xlsx", TestContext.Current.CancellationToken);

        Assert.Equal("DanhMucNhiemVu_105-KH-UBND_2025.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(
            ["TT", "Nhóm nhiệm vụ, giải pháp", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Tên trong kế hoạch", "Cơ quan phối hợp", "Thời hạn", "Hạn năm 2025", "Sản phẩm", "Tình trạng năm 2025", "% hoàn thành", "Kết quả"],
            sheet.Row(1).Cells(1, 12).Select(c => c.GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(progress.Count + 1, sheet.LastRowUsed().RowNumber());
        for (var i = 0; i < progress.Count; i++)
        {
            var row = sheet.Row(i + 2);
            Assert.Equal(progress[i].Ref, row.Cell(1).GetString());
            Assert.Equal(progress[i].LeadName, row.Cell(4).GetString());
            Assert.Equal(DocumentWords.Of(progress[i].Status), row.Cell(10).GetString());
            if (progress[i].DueOn is { } due)
            {
                Assert.Equal(XLDataType.DateTime, row.Cell(8).DataType);
                Assert.Equal(due.ToDateTime(TimeOnly.MinValue), row.Cell(8).GetDateTime());
                Assert.Equal("dd/MM/yyyy", row.Cell(8).Style.DateFormat.Format);
            }

            if (progress[i].LatestPercent is { } percent)
            {
                Assert.Equal(percent, row.Cell(11).GetValue<int>());
            }
        }

        Assert.All(Enumerable.Range(1, 12), c => Assert.True(sheet.Column(c).Width > 5));
    }

    [Fact]
    public async Task TheRegisterAsCsvReadsBackToTheSameRowsAndAsJsonHasOneEntryPerTask()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");
        var progress = await ProgressAsync(planId, 2025);

        var csv = ParseCsv(await client.GetStringAsync($"/Exports/Register?planId={planId}&year=2025&format=csv", TestContext.Current.CancellationToken));
        var json = await client.GetJsonAsync($"/Exports/Register?planId={planId}&year=2025&format=json");

        Assert.Equal("TT", csv[0][0]);
        Assert.Equal(progress.Select(p => (p.Ref, p.Title, DocumentWords.Of(p.Status), p.DueOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "")),
            csv.Skip(1).Select(r => (r[0], r[2], r[9], r[7])));
        Assert.Equal("105/KH-UBND", json.GetProperty("plan").GetString());
        Assert.Equal(2025, json.GetProperty("year").GetInt32());
        Assert.Equal("2026-11-25", json.GetProperty("asOf").GetString());
        var tasks = json.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(progress.Select(p => (p.Ref, p.Status.ToString(), p.LeadName)),
            tasks.Select(t => (t.GetProperty("ref").GetString()!, t.GetProperty("status").GetString()!, t.GetProperty("lead").GetString())));
        Assert.Equal(JsonValueKind.Array, tasks[0].GetProperty("coordinating").ValueKind);
    }

    [Fact]
    public async Task AReporterDownloadsTheRegisterWithOnlyTheTasksTheirAgencyIsNamedOn()
    {
        var client = site.NewClient(DemoAccounts.ReporterHealthHaiPhong);
        var planId = await PlanIdAsync("255/KH-UBND");

        var json = await client.GetJsonAsync($"/Exports/Register?planId={planId}&year=2025&format=json");

        var tasks = json.GetProperty("tasks").EnumerateArray().ToList();
        Assert.InRange(tasks.Count, 1, 18);
    }

    [Fact]
    public async Task TheReviewPageLinksThePeriodsReportsWhichListEveryTaskOwingOne()
    {
        var client = site.NewClient(DemoAccounts.CoordinatorTraVinh);
        var planId = await PlanIdAsync("105/KH-UBND");
        var periodId = await PeriodIdAsync(planId, 2025);
        var review = await client.GetPageAsync($"/Review?period={periodId}");
        var links = review.QuerySelectorAll("#period-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Exports/Period?periodId={periodId}&format=xlsx", $"/Exports/Period?periodId={periodId}&format=csv", $"/Exports/Period?periodId={periodId}&format=json"], links);
        var reviewed = review.Rows("review").Select(r => r.QuerySelector(".ref")!.Text()).ToList();

        using var xlsx = await client.GetAsync(links[0], TestContext.Current.CancellationToken);
        var csv = ParseCsv(await client.GetStringAsync(links[1], TestContext.Current.CancellationToken));
        var json = await client.GetJsonAsync(links[2]!);

        Assert.Equal("BaoCaoKy_105-KH-UBND_2025.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["TT", "Nội dung nhiệm vụ", "Cơ quan báo cáo", "Tình trạng thực hiện", "% hoàn thành", "Ngày gửi", "Gửi muộn", "Trạng thái báo cáo", "Kết quả", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"],
            sheet.Row(1).Cells(1, 11).Select(c => c.GetString()));
        Assert.Equal(reviewed, Enumerable.Range(2, reviewed.Count).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal(reviewed, csv.Skip(1).Select(r => r[0]));
        Assert.Contains(csv, r => r[7] == "Chưa báo cáo");
        Assert.Contains(csv, r => r[6] == "Có" && r[9].Length > 0);
        var reports = json.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(reviewed.Count, reports.Count);
        Assert.Contains(reports, r => r.GetProperty("status").ValueKind == JsonValueKind.Null && r.GetProperty("statusText").GetString() == "Chưa báo cáo");
    }

    private async Task<int> PlanIdAsync(string number)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        return await db.Plans.Where(p => p.NumberKey == number).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> PeriodIdAsync(int planId, int year)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        return await db.Periods.Where(p => p.PlanId == planId && p.Year == year).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<TaskProgress>> ProgressAsync(int planId, int year)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        return await new TaskProgressQuery(db).ForYearAsync(db.Tasks.Where(t => t.PlanId == planId), year, Today, TestContext.Current.CancellationToken);
    }

    /// <summary>Reads CSV back by RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes), after the byte-order mark.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
