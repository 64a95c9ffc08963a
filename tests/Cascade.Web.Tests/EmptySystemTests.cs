namespace Cascade.Web.Tests;

public sealed class EmptySystemTests
{
    [Fact]
    public async Task WithoutPlansEveryListSaysThereIsNothingYet()
    {
        await using var factory = await CascadeWebFactory.CreateAsync(seedDemoData: false);
        var client = factory.SignedInClient();

        var plans = await client.GetPageAsync("/Plans");
        var agencies = await client.GetPageAsync("/Agencies");
        var cascade = await client.GetPageAsync("/Cascade");
        var tree = await client.GetJsonAsync("/api/cascade");

        Assert.Equal("Chưa có kế hoạch nào trong hệ thống.", plans.QuerySelector(".empty-state")!.Text());
        Assert.Equal("Chưa có cơ quan nào trong hệ thống.", agencies.QuerySelector(".empty-state")!.Text());
        Assert.StartsWith("Chưa có kế hoạch nào trong hệ thống.", cascade.QuerySelector(".empty-state")!.Text(), StringComparison.Ordinal);
        Assert.Null(cascade.QuerySelector("ul.tree"));
        Assert.Equal(0, tree.GetArrayLength());
    }
}
