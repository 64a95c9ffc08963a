using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// The province's biotechnology base: a workbook imported all or nothing with its bad rows named, and
/// the count of enterprises recorded as the value of the target that counts them.
/// </summary>
public sealed class BiotechBasePageTests
{
    private const string EnterpriseTarget = "Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030";

    /// <summary>The template downloaded from the page, filled with <paramref name="rows"/> the way a coordinator would.</summary>
    private static async Task<byte[]> FilledTemplateAsync(HttpClient client, params string?[][] rows)
    {
        using var template = await client.GetAsync("/BiotechBase?handler=Template", TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await template.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var sheet = workbook.Worksheet(1);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    sheet.Cell(r + 2, c + 1).SetValue(value);
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<IDocument> ImportAsync(HttpClient client, byte[] workbook)
    {
        var page = await client.GetPageAsync("/BiotechBase");
        var form = page.QuerySelector("#import-form")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=province]")!.GetAttribute("value")!), "province" },
        };
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "co-so-du-lieu.xlsx");
        using var response = await client.PostAsync("/BiotechBase?handler=Import", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string EnterpriseCount(IDocument page) =>
        page.QuerySelector("#counts tr[data-kind=Enterprise] .total")!.Text();

    [Fact]
    public async Task AWorkbookWithBadRowsSavesNothingAndSaysWhichRowAndColumn()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var workbook = await FilledTemplateAsync(coordinator,
            ["Doanh nghiệp", "Nông nghiệp", "Công ty CP Giống cây trồng Trà Vinh", "2100123456", null, "2019", null, "Đang hoạt động"],
            ["Doanh nghiệp", "Y tế", "", "21001", null, "2020", null, null],
            ["Nhà máy", "Thủy sản", "Nhà máy tôm giống", null, null, "năm ngoái", null, null]);

        var page = await ImportAsync(coordinator, workbook);

        Assert.Equal(
            [("3", "Name"), ("3", "Code"), ("4", "Kind"), ("4", "Year")],
            page.QuerySelectorAll("#row-errors tbody tr").Select(r => (r.GetAttribute("data-row")!, r.GetAttribute("data-column")!)));
        Assert.Contains("Chưa lưu dòng nào", page.QuerySelector("#import-errors")!.Text(), StringComparison.Ordinal);
        Assert.Equal("0", EnterpriseCount(page));
        Assert.Equal("Hãy ghi tên.", page.QuerySelector("#row-errors tbody tr td:last-child")!.Text());
    }

    [Fact]
    public async Task TheCountOfEnterprisesIsRecordedAsTheValueOfTheTargetThatCountsThem()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var imported = await ImportAsync(coordinator, await FilledTemplateAsync(coordinator,
            ["Doanh nghiệp", "Nông nghiệp", "Công ty CP Giống cây trồng Trà Vinh", "2100123456", null, "2019", null, null],
            ["Doanh nghiệp", "Thủy sản", "Công ty TNHH Tôm giống Duyên Hải", "2100765432", null, "2021", null, null],
            ["Doanh nghiệp", "Y tế", "Công ty Dược Cửu Long", null, null, null, null, "Ngừng hoạt động"],
            ["Phòng thí nghiệm", "Chung", "Phòng thí nghiệm Sinh học phân tử", null, "Trường Đại học Trà Vinh", "2018", null, null]));

        Assert.Equal("Đã thêm 4 mục, cập nhật 0 mục.", imported.QuerySelector("#import-result")!.Text());
        Assert.Equal("2", EnterpriseCount(imported));
        var row = imported.QuerySelectorAll("#count-targets tbody tr").Single(r => r.Text().Contains(EnterpriseTarget, StringComparison.Ordinal));
        Assert.Equal("2", row.QuerySelector(".count-now")!.Text());
        Assert.Equal("—", row.QuerySelector(".recorded")!.Text());
        Assert.DoesNotContain(imported.QuerySelectorAll("#count-targets tbody tr"), r => r.Text().Contains("GRDP", StringComparison.Ordinal));

        using var recorded = await coordinator.PostFormAsync("/BiotechBase", new()
        {
            ["province"] = row.QuerySelector("input[name=province]")!.GetAttribute("value")!,
            ["target"] = row.GetAttribute("data-target-id")!,
        }, "Record");
        var after = new HtmlParser().ParseDocument(await recorded.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("2 · Cơ sở dữ liệu CNSH của tỉnh", after.QuerySelector($"#count-targets tr[data-target-id='{row.GetAttribute("data-target-id")}'] .recorded")!.Text());
        using var scope = factory.Services.CreateScope();
        var value = await scope.ServiceProvider.GetRequiredService<CascadeDbContext>().IndicatorValues.SingleAsync(v => v.Source == "Cơ sở dữ liệu CNSH của tỉnh", TestContext.Current.CancellationToken);
        Assert.Equal((2026, 2m, false, "Cơ sở dữ liệu CNSH của tỉnh"), (value.Year, value.Value, value.IsBaseline, value.Source));
    }

    [Fact]
    public async Task AnEntryIsAddedByHandAndARepeatIsRefused()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var province = (await coordinator.GetPageAsync("/BiotechBase")).QuerySelector("#entry input[name=province]")!.GetAttribute("value")!;
        var entry = new Dictionary<string, string>
        {
            ["province"] = province,
            ["Form.Kind"] = "Đề tài, dự án",
            ["Form.Sector"] = "Môi trường",
            ["Form.Name"] = "Xử lý chất thải chăn nuôi bằng chế phẩm vi sinh",
            ["Form.Code"] = "ĐT-2024-03",
            ["Form.Year"] = "2024",
            ["Form.Status"] = "Đã hoàn thành",
        };

        using var added = await coordinator.PostFormAsync("/BiotechBase", entry, "Save");
        using var repeated = await coordinator.PostFormAsync("/BiotechBase", entry, "Save");
        var page = new HtmlParser().ParseDocument(await repeated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Trùng với một mục đã có (cùng loại và cùng mã số, hoặc cùng tên).", page.QuerySelector("#errors li")!.Text());
        Assert.Single(page.Rows("entries"));
        Assert.Equal("1", page.QuerySelector("#counts tr[data-kind=Project] .total")!.Text());
    }

    [Fact]
    public async Task OnlyTheProvincesCoordinatorKeepsItsBase()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var traVinh = (await factory.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetPageAsync("/BiotechBase")).QuerySelector("#entry input[name=province]")!.GetAttribute("value")!;
        var haiPhong = factory.SignedInClient(DemoAccounts.CoordinatorHaiPhong);

        using var refused = await haiPhong.PostFormAsync("/BiotechBase", new() { ["province"] = traVinh, ["Form.Kind"] = "Doanh nghiệp", ["Form.Name"] = "Công ty X" }, "Save");
        var leader = await factory.SignedInClient(DemoAccounts.LeaderTraVinh).GetPageAsync("/BiotechBase");
        var reporter = await factory.SignedInClient(DemoAccounts.ReporterScienceTraVinh).GetPageAsync("/BiotechBase");

        Assert.Equal("/Account/AccessDenied", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(leader.QuerySelector("#counts"));
        Assert.Null(leader.QuerySelector("#entry"));
        Assert.Null(leader.QuerySelector("#import-form"));
        Assert.NotNull(reporter.QuerySelector(".empty-state"));
        using var scope = factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CascadeDbContext>().BiotechEntries.CountAsync(TestContext.Current.CancellationToken));
    }
}
