using Cascade.Data.Auditing;
using Cascade.Data.Notifications;
using Cascade.Data.Progress;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

/// <summary>
/// The stamp kept results carry moves with every save of data, by any program, and with nothing else:
/// each move makes the country's dashboard be built again.
/// </summary>
public sealed class DataStampTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASaveByAnyProgramMovesTheStamp(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var stamp = new DataStamp(database.Settings);
        var before = await stamp.CurrentAsync(ct);
        var unchanged = await stamp.CurrentAsync(ct);

        // Another context, as the command line would save: this stamp learns of it only from the database.
        await using (var db = database.CreateContext())
        {
            db.AuditTrail.Add(new AuditEntry { At = DateTimeOffset.UtcNow, EntityType = "Plan", EntityId = "1", Action = "Modified" });
            await db.SaveChangesAsync(ct);
        }

        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);
        var after = await stamp.CurrentAsync(ct);

        Assert.NotEqual(string.Empty, before);
        Assert.Equal(before, unchanged);
        Assert.NotEqual(before, after);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeptStatusesAccountsEmailsSentTheServersUpkeepAndOtherDatabasesLeaveTheStampAlone(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.CreateContext();
        await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);
        var account = new Identity.CascadeUser { Id = Guid.NewGuid(), UserName = "so.khcn", NormalizedUserName = "SO.KHCN", DisplayName = "Sở KH&CN" };
        db.Users.Add(account);
        await db.SaveChangesAsync(ct);
        var stamp = new DataStamp(database.Settings);
        var before = await stamp.CurrentAsync(ct);

        // The statuses of the year, counted and kept by the first dashboard of the day.
        await (await new TaskProgressQuery(db).StatusesAsync(db.Tasks, 2026, new DateOnly(2026, 11, 26), ct)).CountAsync(ct);
        // A wrong password counted on an account; an e-mail sent by the outbox.
        account.AccessFailedCount++;
        db.OutboxEmails.Add(new OutboxEmail { To = "so.khcn@example.gov.vn", Subject = "Nhắc hạn", CreatedAt = DateTimeOffset.UtcNow, SentAt = DateTimeOffset.UtcNow, DedupKey = "test" });
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await using (var other = await TestDatabase.CreateAsync(provider))
        await using (var otherDb = other.CreateContext())
        {
            otherDb.AuditTrail.Add(new AuditEntry { At = DateTimeOffset.UtcNow, EntityType = "Plan", EntityId = "1", Action = "Modified" });
            await otherDb.SaveChangesAsync(ct);
        }

        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);

        Assert.True(await db.TaskYearStatuses.CountAsync(ct) > 0);
        Assert.Equal(before, await stamp.CurrentAsync(ct));
    }
}
