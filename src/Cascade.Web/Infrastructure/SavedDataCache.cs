using System.Collections.Concurrent;
using Cascade.Core.Access;
using Cascade.Data;
using Cascade.Data.Progress;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// Results built from the data (a dashboard, an agency's inbox), kept until anything is saved
/// (<see cref="DataStamp.SavesAsync"/>, here or from another process); the
/// key carries the day and the reader's scope. A
/// country-wide dashboard reads every task and report, so it is built once and then served to
/// every reader with the same scope; readers asking at the same moment wait for the one build
/// instead of starting their own, and a key is built by one reader at a time.
/// </summary>
public sealed class SavedDataCache<TResult>(DataStamp stamp)
{
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<TResult>>> _results = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _building = new();

    // The last result built per key, with the count of this process's saves it was built after.
    private readonly ConcurrentDictionary<string, (long SavesHere, Lazy<Task<TResult>> Entry)> _latest = new();
    private readonly Lock _gate = new();
    private string _changes = string.Empty;

    /// <summary>
    /// The key of a result: what was asked (a query record prints its values), the day, and who reads,
    /// since results differ by role, provinces and agencies.
    /// </summary>
    public static string KeyOf(object query, DateOnly today, UserScope scope) =>
        $"{query}|{today.DayNumber}|{scope.Role}|{string.Join(',', scope.UnitIds.Order())}|{string.Join(',', scope.AgencyIds.Order())}";

    public async Task<TResult> GetOrBuildAsync(string key, Func<Task<TResult>> build)
    {
        var savesHere = TaskStatusCache.Changes;
        var keptKey = await EntryKeyAsync(key);
        if (_results.TryGetValue(keptKey, out var kept))
        {
            // Being built for another program's save: the result kept before serves meanwhile.
            var built = kept.IsValueCreated && kept.Value.IsCompleted;
            return !built && TryKeptBefore(key, savesHere, out var before) ? before : await ResultOf(keptKey, kept);
        }

        // One build at a time per key: while data keeps changing (a reporting season), readers wait for
        // the build under way and then build once more, instead of each starting a build of their own.
        // The country's dashboard takes seconds to build; builds piling up took every core and 2 GB.
        var building = _building.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        if (!building.Wait(0))
        {
            if (TryKeptBefore(key, savesHere, out var before))
            {
                return before;
            }

            await building.WaitAsync();
        }

        try
        {
            savesHere = TaskStatusCache.Changes;
            var entryKey = await EntryKeyAsync(key);
            var entry = _results.GetOrAdd(entryKey, _ => new Lazy<Task<TResult>>(build));
            var result = await ResultOf(entryKey, entry);
            _latest[key] = (savesHere, entry);
            return result;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>
    /// While a result is rebuilt after another program's save, the one kept
    /// before is served, unless this process has saved since it was built: a save made here is never
    /// served stale.
    /// </summary>
    private bool TryKeptBefore(string key, long savesHere, out TResult result)
    {
        if (_latest.TryGetValue(key, out var latest) && latest.SavesHere == savesHere && latest.Entry.Value.IsCompletedSuccessfully)
        {
            StaleResults.MarkServed();
            result = latest.Entry.Value.Result;
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>The key of the result as the data stands now; results kept for data as it stood before are let go.</summary>
    private async Task<string> EntryKeyAsync(string key)
    {
        var changes = await stamp.SavesAsync();
        lock (_gate)
        {
            if (_changes != changes || _results.Count > MaxEntries)
            {
                _results.Clear();
                _changes = changes;
                // Keys carry the day: without a bound, each day's would stay. A gate let go while held
                // only lets one more build start beside the one under way.
                if (_latest.Count > MaxEntries || _building.Count > MaxEntries)
                {
                    _latest.Clear();
                    _building.Clear();
                }
            }
        }

        return $"{changes}|{key}";
    }

    private async Task<TResult> ResultOf(string entryKey, Lazy<Task<TResult>> entry)
    {
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed build is not kept: the next reader tries again.
            _results.TryRemove(new KeyValuePair<string, Lazy<Task<TResult>>>(entryKey, entry));
            throw;
        }
    }
}
