using System.Collections.Concurrent;
using Cascade.Core.Access;
using Cascade.Data;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// Results built from the data (a dashboard, an agency's inbox), kept until anything is saved
/// (<see cref="DataStamp.SavesAsync"/>, here or from another process); the
/// key carries the day and the reader's scope. A
/// country-wide dashboard reads every task and report, so it is built once and then served to
/// every reader with the same scope; readers asking at the same moment wait for the one build
/// instead of starting their own.
/// </summary>
public sealed class SavedDataCache<TResult>(DataStamp stamp)
{
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, Lazy<Task<TResult>>> _results = new();
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
        var changes = await stamp.SavesAsync();
        lock (_gate)
        {
            if (_changes != changes || _results.Count > MaxEntries)
            {
                _results.Clear();
                _changes = changes;
            }
        }

        var entry = _results.GetOrAdd($"{changes}|{key}", _ => new Lazy<Task<TResult>>(build));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _results.TryRemove(new KeyValuePair<string, Lazy<Task<TResult>>>($"{changes}|{key}", entry));
            throw;
        }
    }
}
