using Cascade.Data.Auditing;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cascade.Data.Tests;

/// <summary>
/// Every save of shown data writes the one save mark row. It takes that row's lock before any row of
/// its own, so saves queue on the mark in one order and never hold a row another save waits for while
/// waiting for the mark (a deadlock, which PostgreSQL breaks by failing one of the two).
/// </summary>
public sealed class SaveMarkTests
{
    [Fact]
    public async Task ASaveWaitingForTheMarkHoldsNoRowOfItsOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("postgresql");
        long entryId;
        await using (var seed = database.CreateContext())
        {
            var entry = new AuditEntry { At = DateTimeOffset.UtcNow, EntityType = "Plan", EntityId = "1", Action = "Added" };
            seed.AuditTrail.Add(entry);
            await seed.SaveChangesAsync(ct);
            entryId = entry.Id;
        }

        // Another save holds the mark.
        await using var other = new NpgsqlConnection(database.Settings.ConnectionString);
        await other.OpenAsync(ct);
        await using var holding = await other.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand("UPDATE \"SaveMarks\" SET \"Mark\" = gen_random_uuid()", other, holding))
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        await using var db = database.CreateContext();
        var edited = await db.AuditTrail.SingleAsync(e => e.Id == entryId, ct);
        edited.UserName = "so.khcn";
        var saving = db.SaveChangesAsync(ct);
        await Task.Delay(500, ct);

        // The waiting save has not locked the row it changes: a third can take it at once.
        await using var third = new NpgsqlConnection(database.Settings.ConnectionString);
        await third.OpenAsync(ct);
        await using (var probe = new NpgsqlCommand($"BEGIN; SELECT 1 FROM \"AuditTrail\" WHERE \"Id\" = {entryId} FOR UPDATE NOWAIT; ROLLBACK;", third))
        {
            await probe.ExecuteNonQueryAsync(ct);
        }

        var waited = !saving.IsCompleted;
        await holding.RollbackAsync(ct);
        Assert.Equal(1, await saving.WaitAsync(TimeSpan.FromSeconds(10), ct));
        Assert.True(waited);
    }
}
