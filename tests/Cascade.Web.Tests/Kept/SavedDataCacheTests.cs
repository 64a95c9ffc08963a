using Cascade.Data;
using Cascade.Testing;
using Cascade.Web.Infrastructure;

namespace Cascade.Web.Tests.Kept;

/// <summary>
/// Tests that read the count of this process's saves, which every test that saves moves: they run
/// alone, after the others.
/// </summary>
[CollectionDefinition(nameof(ProcessWideSaves), DisableParallelization = true)]
public sealed class ProcessWideSaves;

/// <summary>A kept result is built by one reader at a time, even while the data keeps changing.</summary>
[Collection(nameof(ProcessWideSaves))]
public sealed class SavedDataCacheTests
{
    /// <summary>Long enough for any build here; a reader that should not wait fails instead of hanging.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AReaderArrivingAfterASaveWaitsForTheBuildUnderWayThenBuildsAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var cache = new SavedDataCache<string>(new DataStamp(database.Settings));
        var running = 0;
        var most = 0;
        var firstMayEnd = new TaskCompletionSource();
        var secondStarted = false;

        async Task<string> Build(string result, Task mayEnd)
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            await mayEnd;
            Interlocked.Decrement(ref running);
            return result;
        }

        var first = cache.GetOrBuildAsync("dashboard", () => Build("before the save", firstMayEnd.Task));
        await database.MarkAnotherProgramsSaveAsync(ct);
        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);
        var second = cache.GetOrBuildAsync("dashboard", () =>
        {
            secondStarted = true;
            return Build("after the save", Task.CompletedTask);
        });
        await Task.Delay(200, ct);
        var startedWhileTheFirstRan = secondStarted;
        firstMayEnd.SetResult();

        Assert.Equal("before the save", await first.WaitAsync(Patience, ct));
        Assert.Equal("after the save", await second.WaitAsync(Patience, ct));
        Assert.False(startedWhileTheFirstRan);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task WhileAnotherProgramsSaveIsBuiltInOtherReadersGetTheResultKeptBeforeButASaveHereIsNeverServedStale()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var cache = new SavedDataCache<string>(new DataStamp(database.Settings));
        Assert.Equal("first", await cache.GetOrBuildAsync("dashboard", () => Task.FromResult("first")));

        await database.MarkAnotherProgramsSaveAsync(ct);
        await Task.Delay(DataStamp.Refresh + TimeSpan.FromMilliseconds(100), ct);
        var mayEnd = new TaskCompletionSource();
        var rebuilding = cache.GetOrBuildAsync("dashboard", async () =>
        {
            await mayEnd.Task;
            return "after the other program's save";
        });
        var stale = StaleResults.Watch();
        var meanwhile = await cache.GetOrBuildAsync("dashboard", () => Task.FromResult("a build of its own")).WaitAsync(Patience, ct);
        var staleMarked = stale.Value;

        // A save made by this process: the next reader waits for a build that sees it.
        await using (var db = database.CreateContext())
        {
            db.Set<Cascade.Data.Auditing.AuditEntry>().Add(new() { At = DateTimeOffset.UtcNow, EntityType = "Test", EntityId = "1", Action = "Added" });
            await db.SaveChangesAsync(ct);
        }

        var afterASaveHere = cache.GetOrBuildAsync("dashboard", () => Task.FromResult("after the save here"));
        await Task.Delay(200, ct);
        var servedWhileBuilding = afterASaveHere.IsCompleted;
        mayEnd.SetResult();

        Assert.Equal("first", meanwhile);
        Assert.True(staleMarked);
        Assert.Equal("after the other program's save", await rebuilding.WaitAsync(Patience, ct));
        Assert.False(servedWhileBuilding);
        Assert.Equal("after the save here", await afterASaveHere.WaitAsync(Patience, ct));
    }
}
