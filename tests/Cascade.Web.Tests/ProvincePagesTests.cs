using System.Net;
using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Web.Infrastructure.Security;

namespace Cascade.Web.Tests;

/// <summary>The plans of provinces merged in 2025, together under the province of today, each under its own number.</summary>
public sealed class ProvincePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A plan of Bến Tre (merged into Vĩnh Long) for the test: Trà Vinh's register, one task dropped, one new, one target fewer.</summary>
    private static async Task<int> ImportBenTrePlanAsync(CascadeWebFactory factory)
    {
        _ = factory.Server; // the site seeds its demo data at start
        var traVinh = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "105/KH-UBND");
        var benTre = traVinh with
        {
            Document = traVinh.Document with { Number = "99/KH-UBND", Date = "2024-03-01", Locality = "Bến Tre", Issuer = "Ủy ban nhân dân tỉnh Bến Tre" },
            Tasks = [.. traVinh.Tasks.Where(t => t.Ref != "16").Select(t => t.Ref == "13" ? t with { Title = "Xây dựng trại giống thủy sản ven biển ở Thạnh Phú" } : t)],
            Targets = [.. traVinh.Targets.Where(t => !t.Text!.StartsWith("Tăng ít nhất 20%", StringComparison.Ordinal))],
        };
        await using var db = factory.Database.CreateContext();
        var saved = await new RegisterStore(db, factory.Clock).SaveAsync(benTre, Ct);
        Assert.True(saved.Succeeded, saved.Error);
        return saved.PlanId!.Value;
    }

    [Fact]
    public async Task TheProvincesPageListsVinhLongWithTheProvincesMergedIntoIt()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();

        var page = await factory.SignedInClient().GetPageAsync("/Provinces");

        var rows = page.Rows("provinces");
        Assert.Equal(34, rows.Count);
        var vinhLong = Assert.Single(rows, r => r.GetAttribute("data-code") == "86");
        Assert.Contains("tỉnh Vĩnh Long", vinhLong.Text(), StringComparison.Ordinal);
        Assert.Contains("Vĩnh Long (86), Bến Tre (83), Trà Vinh (84)", vinhLong.Text(), StringComparison.Ordinal);
        Assert.Equal("1", vinhLong.QuerySelector(".plan-count")!.Text());
        Assert.Contains("Không thay đổi", Assert.Single(rows, r => r.GetAttribute("data-code") == "20").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlansOfTraVinhAndBenTreAreShownTogetherUnderVinhLongEachUnderItsOwnNumber()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        var single = await client.GetPageAsync("/Provinces/86");
        Assert.NotNull(single.QuerySelector("#compare-note"));
        await ImportBenTrePlanAsync(factory);

        var page = await client.GetPageAsync("/Provinces/86");

        Assert.Equal("Tỉnh Vĩnh Long (mã 86)", page.QuerySelector("h1")!.Text());
        Assert.Contains("tỉnh Bến Tre (83), tỉnh Trà Vinh (84)", page.QuerySelector("#predecessors")!.Text(), StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("h3").Select(h => h.Text()).ToList();
        Assert.Equal(["Kế hoạch của tỉnh Bến Tre (đến 30/06/2025)", "Kế hoạch của tỉnh Trà Vinh (đến 30/06/2025)"], headings);
        Assert.Equal("99/KH-UBND", page.QuerySelector("table[data-unit='83-old'] td a")!.Text());
        Assert.Equal("105/KH-UBND", page.QuerySelector("table[data-unit='84-old'] td a")!.Text());
        Assert.NotNull(page.QuerySelector("#compare-form"));
    }

    [Fact]
    public async Task TwoPlansOfOneProvinceAreComparedTaskByTaskAndTargetByTarget()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var benTre = await ImportBenTrePlanAsync(factory);
        var client = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);
        var province = await client.GetPageAsync("/Provinces/86");
        var traVinh = int.Parse(province.QuerySelector("table[data-unit='84-old'] tr[data-plan]")!.GetAttribute("data-plan")!, System.Globalization.CultureInfo.InvariantCulture);

        var page = await client.GetPageAsync($"/Provinces/86/Compare?first={traVinh}&second={benTre}");

        var overlaps = page.Rows("overlaps");
        Assert.Equal(14, overlaps.Count);
        Assert.All(overlaps, r => Assert.Equal(r.GetAttribute("data-first"), r.GetAttribute("data-second")));
        Assert.All(overlaps, r => Assert.Equal("100%", r.QuerySelector(".similarity")!.Text()));
        Assert.Equal(["13", "16"], page.QuerySelectorAll("#only-first li").Select(li => li.GetAttribute("data-ref")));
        Assert.Equal(["13"], page.QuerySelectorAll("#only-second li").Select(li => li.GetAttribute("data-ref")));
        Assert.Contains("Tăng ít nhất 20%", Assert.Single(page.QuerySelectorAll("#targets-only-first li")).Text(), StringComparison.Ordinal);
        Assert.Equal("Không có mục tiêu nào thiếu.", page.QuerySelector("#targets-only-second")!.Text());
    }

    [Fact]
    public async Task APlanOfAnotherProvinceOrTheSamePlanTwiceIsNotCompared()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var benTre = await ImportBenTrePlanAsync(factory);
        var client = factory.SignedInClient();
        var haiPhong = int.Parse((await client.PlanUrlAsync("255/KH-UBND"))["/Plans/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var other = await client.GetPageAsync($"/Provinces/86/Compare?first={benTre}&second={haiPhong}");
        var same = await client.GetPageAsync($"/Provinces/86/Compare?first={benTre}&second={benTre}");
        await client.GetPageAsync("/Provinces/99", HttpStatusCode.NotFound);

        Assert.Contains("Chỉ so sánh được hai kế hoạch của tỉnh, thành phố này", other.QuerySelector("#error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Hãy chọn hai kế hoạch khác nhau để so sánh.", same.QuerySelector("#error")!.Text());
    }

    [Fact]
    public async Task TheBenTrePlanIsRoutedToVinhLongsAgenciesWhenItIsImported()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        await ImportBenTrePlanAsync(factory);
        var client = factory.SignedInClient(DemoAccounts.CoordinatorVinhLong);

        var register = await client.GetPageAsync(await client.PlanUrlAsync("99/KH-UBND"));

        var task9 = Assert.Single(register.Rows("tasks"), r => r.GetAttribute("data-task-ref") == "9");
        Assert.Equal("Sở Tài chính (trước đây: Sở Kế hoạch và Đầu tư tỉnh Bến Tre)", task9.QuerySelector("td.lead-agencies")!.Text());
    }
}
