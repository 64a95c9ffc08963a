using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

/// <summary>A save made by another process (the command line) moves the stamp that kept results carry.</summary>
public sealed class DataStampTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWriteThatBypassesThisProcesssSavesMovesTheStamp(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var stamp = new DataStamp(database.Settings);
        var before = await stamp.CurrentAsync(ct);
        var unchanged = await stamp.CurrentAsync(ct);

        // Straight SQL, as another program would write: no SaveChanges of this process sees it.
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Agencies\" SET \"Name\" = \"Name\" || ''", ct);
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Marker\" (\"Id\" integer)", ct);
        }

        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);
        var after = await stamp.CurrentAsync(ct);

        Assert.NotEqual(string.Empty, before);
        Assert.Equal(before, unchanged);
        Assert.NotEqual(before, after);
    }
}
