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
        var viewer = factory.SignedInClient(DemoAccounts.NationalViewer);
        var ct = TestContext.Current.CancellationToken;
        var tasks = new Dictionary<int, List<SolutionGroup>>();
        var provincePlans = new List<int>();
        var provinces = 0;
        await WithDbAsync(factory, async db =>
        {
            tasks = (await db.Tasks.Where(t => t.WithdrawnAt == null).Select(t => new { t.PlanId, t.Group, t.Title }).ToListAsync(ct))
                .GroupBy(t => t.PlanId).ToDictionary(g => g.Key, g => g.Select(t => SolutionGroups.Of(t.Group, t.Title)).ToList());
            provincePlans = await db.Plans.Where(p => p.AdministrativeUnitId != null).Select(p => p.Id).ToListAsync(ct);
            provinces = await db.AdministrativeUnits.CountAsync(u => (u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality) && u.ValidTo == null, ct);
        });

        var json = await viewer.GetJsonAsync("/api/coverage?document=36-NQ/TW");
        var page = await viewer.GetPageAsync("/Coverage");

        Assert.Equal("36-NQ/TW", json.GetProperty("document").GetString());
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(provinces, rows.Count);
        var counted = rows.SelectMany(r => r.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(provincePlans.Order(), counted.Order());
        foreach (var row in rows)
        {
            var groups = row.GetProperty("plans").EnumerateArray().SelectMany(p => tasks.GetValueOrDefault(p.GetProperty("id").GetInt32(), [])).ToList();
            var expected = SolutionGroups.All.Select(g => groups.Count(x => x == g)).ToList();
            Assert.Equal(expected, row.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("tasks").GetInt32()));
            Assert.Equal(groups.Count, row.GetProperty("total").GetInt32());
            var cells = page.Rows("coverage").Single(r => r.GetAttribute("data-code") == row.GetProperty("code").GetString())
                .QuerySelectorAll("td[data-group]").Select(td => int.Parse(td.Text(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected, cells);
        }

        Assert.Contains("189/NQ-CP", page.QuerySelectorAll("#document option").Select(o => o.Text()));
        var traVinh = page.Rows("coverage").Single(r => r.QuerySelector(".plans")!.Text() == "105/KH-UBND").GetAttribute("data-code");
        var traVinhTargets = page.Rows("targets").Where(r => r.GetAttribute("data-code") == traVinh).Select(r => (r.QuerySelector(".value")!.Text(), r.QuerySelector(".horizon")!.Text())).ToList();
        Assert.Equal([("7 %", "2030"), ("20 %", "2045 (so với năm 2030)"), ("10 – 15 %", "2045")], traVinhTargets);
    }

    [Fact]
    public async Task AProvinceWithoutAPlanIsListedAndAFormerProvincesPlanCountsForItsSuccessor()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        await WithDbAsync(factory, async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            // The demo catalogue may already hold the 34 provinces and the mergers; only what is missing is added.
            if (!await db.AdministrativeUnits.AnyAsync(u => u.Code == "04", ct))
            {
                db.AdministrativeUnits.Add(new AdministrativeUnit("04", "Cao Bằng", AdministrativeUnitKind.Province));
            }

            var traVinh = await db.AdministrativeUnits.Include(u => u.Successions).SingleAsync(u => u.Code == "84", ct);
            if (traVinh.ValidTo is null)
            {
                var vinhLong = new AdministrativeUnit("86", "Vĩnh Long", AdministrativeUnitKind.Province, validFrom: new DateOnly(2025, 7, 1));
                db.AdministrativeUnits.Add(vinhLong);
                traVinh.EndOn(new DateOnly(2025, 6, 30), vinhLong, "Nghị quyết số 202/2025/QH15");
            }

            await db.SaveChangesAsync(ct);
        });
        var client = factory.SignedInClient();

        var page = await client.GetPageAsync("/Coverage");
        using var csv = await client.GetAsync("/Coverage?handler=Csv&document=36-NQ%2FTW", TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Cao Bằng", page.QuerySelector("#without-plan")!.Text().Split(", "));
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
        var traVinh = (await factory.SignedInClient(DemoAccounts.CoordinatorTraVinh).GetJsonAsync("/api/coverage")).GetProperty("rows")[0].GetProperty("code").GetString();

        var own = await reporter.GetJsonAsync("/api/coverage");
        using var other = await reporter.GetAsync($"/api/coverage?province={traVinh}", TestContext.Current.CancellationToken);
        using var otherCsv = await reporter.GetAsync($"/api/coverage/csv?province={traVinh}", TestContext.Current.CancellationToken);
        using var page = await reporter.GetAsync($"/Coverage?province={traVinh}", TestContext.Current.CancellationToken);
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

        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal("105/KH-UBND", Assert.Single(row.GetProperty("plans").EnumerateArray()).GetProperty("name").GetString());
    }
}
