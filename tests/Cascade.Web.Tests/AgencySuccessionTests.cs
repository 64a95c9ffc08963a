using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

public sealed class AgencySuccessionTests
{
    [Fact]
    public async Task AMergedAgencyShowsWhenItEndedAndWhoTookOverItsTasks()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient();
        await client.GetPageAsync("/");
        int mergedId, successorId;
        await using (var db = factory.Database.CreateContext())
        {
            var ct = TestContext.Current.CancellationToken;
            var haiPhong = await db.AdministrativeUnits.Where(u => u.Name == "Hải Phòng" && u.ValidTo != null).Select(u => u.Id).SingleAsync(ct);
            var merged = await db.Agencies.Include(a => a.Successions)
                .SingleAsync(a => a.AdministrativeUnitId == haiPhong && a.Name == "Sở Thông tin và Truyền thông", ct);
            var successor = await db.Agencies.SingleAsync(a => a.AdministrativeUnitId == haiPhong && a.Name == "Sở Khoa học và Công nghệ", ct);
            merged.SucceededBy(successor, new DateOnly(2025, 2, 28), "Quyết định hợp nhất (dữ liệu kiểm thử)");
            merged.AddAlias("Sở Bưu chính, Viễn thông");
            await db.SaveChangesAsync(ct);
            (mergedId, successorId) = (merged.Id, successor.Id);
        }

        var page = await client.GetPageAsync($"/Agencies/{mergedId}");
        var taker = await client.GetPageAsync($"/Agencies/{successorId}");
        var list = await client.GetPageAsync("/Agencies?q=thong+tin+va+truyen+thong&locality=H%E1%BA%A3i+Ph%C3%B2ng");

        var header = page.QuerySelector("#agency-header")!.Text();
        Assert.Contains("Sở Bưu chính, Viễn thông", header);
        Assert.Contains("đến 28/02/2025", header);
        var successors = page.QuerySelector("#successors")!;
        Assert.Equal($"/Agencies/{successorId}", successors.Link("Sở Khoa học và Công nghệ"));
        Assert.Contains("từ 01/03/2025", successors.Text());
        Assert.Equal($"/Agencies/{mergedId}", taker.QuerySelector("#predecessors")!.Link("Sở Thông tin và Truyền thông"));
        Assert.Single(page.Rows("lead-tasks"));
        Assert.Contains("đến 28/02/2025", Assert.Single(list.Rows("agencies")).Text());
    }
}
