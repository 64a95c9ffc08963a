using Cascade.Core.Tasks;
using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cascade.Data.Tests.Reorganisation;

/// <summary>A newer version of a plan names its agencies anew: they go to today's holders, and a holder the coordinator picked stays.</summary>
public sealed class RevisionRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FakeTimeProvider LateIn2026 = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARevisionKeepsThePickedShareAndRoutesANewlyNamedAgency(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var anGiang = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "457/KH-UBND");
        int planId, healthId;
        await using (var db = database.CreateContext())
        {
            await new DemoDataSeeder(db, LateIn2026).SeedIfEmptyAsync(Ct);
            planId = await db.Plans.Where(p => p.NumberKey == "457/KH-UBND").Select(p => p.Id).SingleAsync(Ct);

            // The coordinator hands the labour department's part of task II.1 to the health department of today.
            var labour = await db.Assignments.SingleAsync(a => a.PrintedName == "Sở Lao động - Thương binh và Xã hội"
                && db.Tasks.Any(t => t.Id == a.TaskId && t.Ref == "II.1" && t.PlanId == planId), Ct);
            var health = await db.Assignments.Where(a => a.PrintedName == "Sở Y tế" && db.Tasks.Any(t => t.Id == a.TaskId && t.Ref == "II.1" && t.PlanId == planId))
                .Select(a => a.CurrentAgency!).SingleAsync(Ct);
            labour.MoveTo(health);
            await db.SaveChangesAsync(Ct);
            healthId = health.Id;
        }

        // The newer version gives task I.1 to the planning department.
        var revised = anGiang with { Tasks = [.. anGiang.Tasks.Select(t => t.Ref == "I.1" ? t with { Lead = ["Sở Kế hoạch và Đầu tư"] } : t)] };
        await using (var db = database.CreateContext())
        {
            var result = await new RegisterStore(db, LateIn2026).ReviseAsync(planId, revised, Ct);
            Assert.True(result.Succeeded, result.Error);
        }

        await using (var db = database.CreateContext())
        {
            var labour = await db.Assignments.SingleAsync(a => a.PrintedName == "Sở Lao động - Thương binh và Xã hội"
                && db.Tasks.Any(t => t.Id == a.TaskId && t.Ref == "II.1" && t.PlanId == planId), Ct);
            var planning = await db.Assignments.Where(a => a.Role == AssignmentRole.Lead && db.Tasks.Any(t => t.Id == a.TaskId && t.Ref == "I.1" && t.PlanId == planId))
                .Select(a => new { a.PrintedName, Holder = a.CurrentAgency!.Name, Unit = db.AdministrativeUnits.Where(u => u.Id == a.CurrentAgency.AdministrativeUnitId).Select(u => u.Code).First() })
                .SingleAsync(Ct);

            Assert.Equal(healthId, labour.CurrentAgencyId);
            Assert.Equal(("Sở Kế hoạch và Đầu tư", "Sở Tài chính", "91"), (planning.PrintedName, planning.Holder, planning.Unit));
        }
    }
}
