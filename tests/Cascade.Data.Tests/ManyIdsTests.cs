using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

/// <summary>A country's worth of ids in one query: more than SQLite takes as separate parameters (32,766).</summary>
public sealed class ManyIdsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AQueryOverFiftyThousandTaskIdsRuns(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(DemoDataSeeder.ReadRegisters()[0], ct);
        var planTasks = await db.Tasks.Where(t => t.PlanId == saved.PlanId).Select(t => t.Id).ToListAsync(ct);

        // The plan's tasks among 50,000 ids, most of which name no task.
        var ids = planTasks.Concat(Enumerable.Range(1_000_000, 50_000)).ToList();
        var found = await db.Tasks.Where(t => ids.Contains(t.Id)).CountAsync(ct);

        Assert.NotEmpty(planTasks);
        Assert.Equal(planTasks.Count, found);
    }
}
