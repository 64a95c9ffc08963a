using Cascade.Data;
using Cascade.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>The main pages on each database the app runs on.</summary>
public sealed class ProviderSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThePlanListAndAPlanPageWork(string provider)
    {
        await using var factory = await CascadeWebFactory.CreateAsync(provider);
        var client = factory.SignedInClient();

        var list = await client.GetPageAsync("/Plans");
        var plan = await client.GetPageAsync(list.QuerySelector("table#plans")!.Link("255/KH-UBND"));
        var search = await client.GetPageAsync("/Plans?q=hai+phong");

        Assert.Equal(factory.Database.Settings, factory.Services.GetRequiredService<DatabaseSettings>());
        Assert.Equal(5, list.Rows("plans").Count);
        Assert.Equal(19, plan.Rows("tasks").Count);
        Assert.Equal("255/KH-UBND", Assert.Single(search.Rows("plans")).QuerySelector("td")!.Text());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAgencyPagesAndTheCascadeWork(string provider)
    {
        await using var factory = await CascadeWebFactory.CreateAsync(provider);
        var client = factory.SignedInClient();

        var agencies = await client.GetPageAsync("/Agencies?q=so+y+te&locality=H%E1%BA%A3i+Ph%C3%B2ng&status=Current");
        var soYTe = await client.GetPageAsync(Assert.Single(agencies.Rows("agencies")).QuerySelector("a")!.GetAttribute("href")!);
        var central = await client.GetPageAsync("/Agencies?locality=Trung+%C6%B0%C6%A1ng");
        var collective = await client.GetPageAsync("/Agencies?q=cac+so+ban+nganh+tinh&status=Current");
        var cascade = await client.GetPageAsync("/Cascade");

        Assert.Equal("2", Assert.Single(agencies.Rows("agencies")).QuerySelector(".lead-count")!.Text());
        Assert.Equal(["III.4", "III.5"], soYTe.Rows("lead-tasks").Select(r => r.GetAttribute("data-task-ref")));
        Assert.NotEmpty(central.Rows("agencies"));
        Assert.Single(collective.Rows("agencies"));
        Assert.Equal("36-NQ/TW", Assert.Single(cascade.QuerySelectorAll("ul.tree > li")).GetAttribute("data-number"));
    }
}
