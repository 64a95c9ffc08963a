using Cascade.Data.DemoData;
using Cascade.Data.Progress;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Registers;

/// <summary>Storing a newer version of a plan keeps the values measured against the targets it still has.</summary>
public sealed class RegisterStoreRevisionTests
{
    private static readonly DateTimeOffset Entered = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IndicatorValuesSurviveANewerVersionOfThePlan(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var traVinh = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "105/KH-UBND");
        int planId;
        await using (var db = database.CreateContext())
        {
            planId = (await new RegisterStore(db, TimeProvider.System).SaveAsync(traVinh, ct)).PlanId!.Value;
            var targets = await db.Targets.Include(t => t.Values).Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
            targets[0].Record(2023, 3m, isBaseline: true, "Niên giám thống kê 2023", new DateOnly(2024, 2, 1), Guid.Empty, Entered);
            targets[0].Record(2025, 4.5m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 1), Guid.Empty, Entered);
            targets[0].AssignResponsibility(await db.Agencies.Select(a => a.Id).FirstAsync(ct));
            targets[2].Record(2025, 2m, isBaseline: false, "Ước tính", new DateOnly(2026, 2, 1), Guid.Empty, Entered);
            await db.SaveChangesAsync(ct);
        }

        // The newer version rewords the 2030 target, drops the 2045 growth (no values) and the range (values), adds one.
        var newer = traVinh with
        {
            Targets =
            [
                traVinh.Targets[0] with { Text = "công nghệ sinh học đóng góp 7% vào tăng trưởng GRDP toàn tỉnh" },
                new RegisterTarget { Year = 2030, Text = "có ít nhất 10 doanh nghiệp công nghệ sinh học", Value = 10, Unit = "doanh nghiệp" },
            ],
        };
        await using (var db = database.CreateContext())
        {
            var revised = await new RegisterStore(db, TimeProvider.System).ReviseAsync(planId, newer, ct);
            Assert.True(revised.Succeeded, revised.Error);
        }

        await using (var db = database.CreateContext())
        {
            var standings = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.Where(t => t.PlanId == planId), null, ct);
            Assert.Equal(["công nghệ sinh học đóng góp 7% vào tăng trưởng GRDP toàn tỉnh", "có ít nhất 10 doanh nghiệp công nghệ sinh học"], standings.Select(s => s.Text));
            Assert.Equal(3m, standings[0].Baseline?.Value);
            Assert.Equal([4.5m], standings[0].Values.Select(v => v.Value));
            Assert.NotNull(standings[0].ResponsibleAgencyId);
            Assert.Empty(standings[1].Values);

            var withdrawn = await db.Targets.Include(t => t.Values).SingleAsync(t => t.PlanId == planId && t.WithdrawnAt != null, ct);
            Assert.Equal("công nghệ sinh học đóng góp 10 - 15% vào tăng trưởng GRDP của tỉnh", withdrawn.Text);
            Assert.Single(withdrawn.Values);
            Assert.Equal(3, await db.Targets.CountAsync(t => t.PlanId == planId, ct));
            Assert.Equal(3, await db.IndicatorValues.CountAsync(ct));

            var exported = await new RegisterStore(db, TimeProvider.System).ExportAsync(planId, ct);
            Assert.Equal(2, exported!.Targets.Count);
        }
    }
}
