using System.Net;
using System.Text;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// National coverage of Resolution 36: each province in force, its plans (a former province's included),
/// the tasks by solution group, the provinces without a plan, and the targets adopted.
/// </summary>
public sealed class CoverageTests
{
    private static async Task WithDbAsync(CascadeWebFactory factory, Func<CascadeDbContext, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<CascadeDbContext>());
    }

    [Fact]
    public async Task TheMatrixCountsEachProvincesTasksByTheirSolutionGroup()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var admin = factory.SignedInClient(DemoAccounts.NationalViewer);
        var expected = new Dictionary<string, Dictionary<SolutionGroup, int>>();
        await WithDbAsync(factory, async db =>
        {
            var tasks = await db.Tasks.Where(t => t.WithdrawnAt == null)
                .Join(db.Plans, t => t.PlanId, p => p.Id, (t, p) => new { t.Group, t.Title, Unit = db.AdministrativeUnits.Where(u => u.Id == p.AdministrativeUnitId).Select(u => u.Code).FirstOrDefault() })
                .ToListAsync(TestContext.Current.CancellationToken);
            foreach (var province in tasks.Where(t => t.Unit is not null).GroupBy(t => t.Unit!))
            {
                expected[province.Key] = SolutionGroups.All.ToDictionary(g => g, g => province.Count(t => SolutionGroups.Of(t.Group, t.Title) == g));
            }
        });

        var json = await admin.GetJsonAsync("/api/coverage?document=36-NQ/TW");
        var page = await admin.GetPageAsync("/Coverage");

        Assert.Equal("36-NQ/TW", json.GetProperty("document").GetString());
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["20", "31", "84", "89"], rows.Select(r => r.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var code = row.GetProperty("code").GetString()!;
            var counted = row.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("tasks").GetInt32());
            Assert.Equal(expected[code].ToDictionary(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Key.ToString()), p => p.Value), counted);
            var cells = page.Rows("coverage").Single(r => r.GetAttribute("data-code") == code).QuerySelectorAll("td[data-group]").Select(td => int.Parse(td.Text(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(SolutionGroups.All.Select(g => expected[code][g]), cells);
        }

        Assert.Equal(16, rows.Single(r => r.GetProperty("code").GetString() == "84").GetProperty("total").GetInt32());
        Assert.Contains("189/NQ-CP", page.QuerySelectorAll("#document option").Select(o => o.Text()));
        var traVinhTargets = page.Rows("targets").Where(r => r.GetAttribute("data-code") == "84").Select(r => (r.QuerySelector(".value")!.Text(), r.QuerySelector(".horizon")!.Text())).ToList();
        Assert.Contains(("20 %", "2045 (so với năm 2030)"), traVinhTargets);
        Assert.Contains(("10 – 15 %", "2045"), traVinhTargets);
    }

    [Fact]
    public async Task AProvinceWithoutAPlanIsListedAndAFormerProvincesPlanCountsForItsSuccessor()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        await WithDbAsync(factory, async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var vinhLong = new AdministrativeUnit("86", "Vĩnh Long", AdministrativeUnitKind.Province, validFrom: new DateOnly(2025, 7, 1));
            db.AdministrativeUnits.AddRange(vinhLong, new AdministrativeUnit("04", "Cao Bằng", AdministrativeUnitKind.Province));
            var traVinh = await db.AdministrativeUnits.Include(u => u.Successions).SingleAsync(u => u.Code == "84", ct);
            traVinh.EndOn(new DateOnly(2025, 6, 30), vinhLong, "Nghị quyết số 202/2025/QH15");
            await db.SaveChangesAsync(ct);
        });
        var client = factory.SignedInClient();

        var page = await client.GetPageAsync("/Coverage");
        using var csv = await client.GetAsync("/Coverage?handler=Csv&document=36-NQ%2FTW", TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["Cao Bằng"], page.QuerySelector("#without-plan")!.Text().Split(", "));
        Assert.Equal("table-warning", page.Rows("coverage").Single(r => r.GetAttribute("data-code") == "04").GetAttribute("class"));
        Assert.DoesNotContain(page.Rows("coverage"), r => r.GetAttribute("data-code") == "84");
        Assert.Equal("105/KH-UBND", page.Rows("coverage").Single(r => r.GetAttribute("data-code") == "86").QuerySelector(".plans")!.Text());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Mã,\"Tỉnh, thành phố\",Kế hoạch,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("04,Cao Bằng,Chưa có kế hoạch,0,0,0,0,0,0,0,", lines.Single(l => l.StartsWith("04,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("20 % (2045): Tăng ít nhất 20% số lượng doanh nghiệp", lines.Single(l => l.StartsWith("86,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgencyReporterSeesItsOwnProvinceAndIsRefusedAnother()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var reporter = factory.SignedInClient(DemoAccounts.ReporterHealthHaiPhong);

        var own = await reporter.GetJsonAsync("/api/coverage");
        using var other = await reporter.GetAsync("/api/coverage?province=84", TestContext.Current.CancellationToken);
        using var otherCsv = await reporter.GetAsync("/api/coverage/csv?province=84", TestContext.Current.CancellationToken);
        using var page = await reporter.GetAsync("/Coverage?province=84", TestContext.Current.CancellationToken);
        var ownPage = await reporter.GetPageAsync("/Coverage?province=31");

        Assert.Equal(["31"], own.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCsv.StatusCode);
        Assert.Equal("/Account/AccessDenied", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("255/KH-UBND", ownPage.Rows("coverage").Single().QuerySelector(".plans")!.Text());
    }

    [Fact]
    public async Task ACoordinatorSeesTheirProvinceOnly()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var json = await factory.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetJsonAsync("/api/coverage");

        Assert.Equal(["84"], json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }
}
