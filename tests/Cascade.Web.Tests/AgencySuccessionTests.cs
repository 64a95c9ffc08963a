using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

public sealed class AgencySuccessionTests
{
    [Fact]
    public async Task AMergedAgencyShowsWhenItEndedAndWhoTookOverItsTasks()
    {
        // Hải Phòng's Sở Thông tin và Truyền thông ended on 28/02/2025 (Decree 45/2025/NĐ-CP): the seeded successions.
        await using var factory = await CascadeWebFactory.CreateAsync();
        var client = factory.SignedInClient();
        await client.GetPageAsync("/");
        int mergedId, successorId;
        await using (var db = factory.Database.CreateContext())
        {
            var ct = TestContext.Current.CancellationToken;
            var merged = await db.Agencies.Include(a => a.Successions)
                .SingleAsync(a => a.Name == "Sở Thông tin và Truyền thông" && db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId && u.Name == "Hải Phòng"), ct);
            merged.AddAlias("Sở Bưu chính, Viễn thông");
            await db.SaveChangesAsync(ct);
            (mergedId, successorId) = (merged.Id, merged.Successions.Single(s => s.IsMain).SuccessorId);
        }

        var page = await client.GetPageAsync($"/Agencies/{mergedId}");
        var taker = await client.GetPageAsync($"/Agencies/{successorId}");
        var list = await client.GetPageAsync("/Agencies?q=thong+tin+va+truyen+thong&locality=H%E1%BA%A3i+Ph%C3%B2ng");

        var header = page.QuerySelector("#agency-header")!.Text();
        Assert.Contains("Sở Bưu chính, Viễn thông", header);
        Assert.Contains("đến 28/02/2025", header);
        var successors = page.QuerySelector("#successors")!;
        Assert.Equal($"/Agencies/{successorId}", successors.Link("Sở Khoa học và Công nghệ"));
        Assert.Contains("từ 01/03/2025 · Nghị định số 45/2025/NĐ-CP của Chính phủ", successors.Text());
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch", successors.Text());
        Assert.Contains("báo chí, xuất bản", successors.Text());
        Assert.Equal($"/Agencies/{mergedId}", taker.QuerySelector("#predecessors")!.Link("Sở Thông tin và Truyền thông"));
        var task = Assert.Single(page.Rows("lead-tasks"));
        Assert.Contains("Nay do Sở Khoa học và Công nghệ đảm nhận", task.QuerySelector(".held-by")!.Text());
        Assert.Contains("đến 28/02/2025", Assert.Single(list.Rows("agencies")).Text());
    }

    [Fact]
    public async Task TheSuccessionsOfTheDemoPlansAgenciesAreSeededWithTheirLegalBasis()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        _ = factory.Server;
        await using var db = factory.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;

        var bases = await db.AgencySuccessions.Select(s => s.LegalBasis).Distinct().ToListAsync(ct);

        Assert.Contains(Reorganisation2025.DepartmentsDecree, bases);
        Assert.Contains("Nghị quyết số 202/2025/QH15 của Quốc hội", bases);
        Assert.Contains(bases, b => b.StartsWith(Reorganisation2025.LocalGovernmentLaw, StringComparison.Ordinal));
    }
}
