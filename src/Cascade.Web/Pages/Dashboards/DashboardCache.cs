using System.Collections.Concurrent;
using Cascade.Data.Progress;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>
/// Dashboards already built, kept until anything is saved (<see cref="TaskStatusCache.Changes"/>)
/// or the day turns. A country-wide dashboard reads every task and report, so it is built once and
/// then served to every reader with the same scope; readers asking at the same moment wait for the
/// one build instead of starting their own.
/// </summary>
public sealed class DashboardCache
{
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<Dashboard.Result?>>> _results = new();
    private long _changes = -1;

    public async Task<Dashboard.Result?> GetOrBuildAsync(string key, Func<Task<Dashboard.Result?>> build)
    {
        var changes = TaskStatusCache.Changes;
        if (Interlocked.Exchange(ref _changes, changes) != changes || _results.Count > MaxEntries)
        {
            _results.Clear();
        }

        var entry = _results.GetOrAdd($"{changes}|{key}", _ => new Lazy<Task<Dashboard.Result?>>(build));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _results.TryRemove(new KeyValuePair<string, Lazy<Task<Dashboard.Result?>>>($"{changes}|{key}", entry));
            throw;
        }
    }
}
