using Cascade.Core.Text;

namespace Cascade.Core.Revisions;

/// <summary>A task as two versions of a plan print it: enough to tell what changed.</summary>
public sealed record TaskVersion(string Ref, string Title, IReadOnlyList<string> Lead, IReadOnlyList<string> Support, string? TimeframeText, string? Product);

public enum TaskChangeKind
{
    Unchanged = 0,
    Added = 1,
    Removed = 2,

    /// <summary>The same task with other words (or another number).</summary>
    Reworded = 3,

    /// <summary>The same task given to other agencies, or to another timeframe or product.</summary>
    Reassigned = 4,
}

/// <summary>One task across two versions; <see cref="Old"/> or <see cref="New"/> is null when added or removed.</summary>
public sealed record TaskChange(TaskChangeKind Kind, int? OldIndex, int? NewIndex, TaskVersion? Old, TaskVersion? New);

/// <summary>
/// Pairs the tasks of a plan's stored version with those of its newer version. A task keeps its
/// identity (and so its reports) when it keeps its number and most of its words, or, renumbered,
/// when its words are nearly the same; the rest is added or removed.
/// </summary>
public static class TaskChanges
{
    /// <summary>Word overlap (Jaccard) above which a task under the same number is the same task reworded.</summary>
    public const double SameRefThreshold = 0.5;

    /// <summary>Word overlap above which a renumbered task is the same task.</summary>
    public const double MovedThreshold = 0.8;

    public static IReadOnlyList<TaskChange> Compare(IReadOnlyList<TaskVersion> older, IReadOnlyList<TaskVersion> newer)
    {
        var pairs = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        for (var n = 0; n < newer.Count; n++)
        {
            var o = Enumerable.Range(0, older.Count).FirstOrDefault(i => !pairs.ContainsKey(i)
                && Key(older[i].Ref) == Key(newer[n].Ref) && Similarity(older[i].Title, newer[n].Title) >= SameRefThreshold, -1);
            if (o >= 0)
            {
                pairs[o] = n;
                taken.Add(n);
            }
        }

        for (var n = 0; n < newer.Count; n++)
        {
            if (taken.Contains(n))
            {
                continue;
            }

            var best = Enumerable.Range(0, older.Count).Where(i => !pairs.ContainsKey(i))
                .Select(i => (Index: i, Score: Similarity(older[i].Title, newer[n].Title)))
                .Where(x => x.Score >= MovedThreshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault((-1, 0));
            if (best.Index >= 0)
            {
                pairs[best.Index] = n;
                taken.Add(n);
            }
        }

        return FromPairs(older, newer, pairs.ToDictionary(p => p.Value, p => p.Key));
    }

    /// <summary>
    /// The changes when the pairing is known beforehand (a decision changing tasks in place):
    /// <paramref name="sameTasks"/> maps a newer index to the older index of the same task; the other
    /// newer tasks are added, the other older ones removed.
    /// </summary>
    public static IReadOnlyList<TaskChange> FromPairs(IReadOnlyList<TaskVersion> older, IReadOnlyList<TaskVersion> newer, IReadOnlyDictionary<int, int> sameTasks)
    {
        var pairs = sameTasks.ToDictionary(p => p.Value, p => p.Key);
        var changes = new List<TaskChange>();
        for (var n = 0; n < newer.Count; n++)
        {
            var match = pairs.Where(p => p.Value == n).Select(p => (int?)p.Key).FirstOrDefault();
            changes.Add(match is { } o
                ? new TaskChange(KindOf(older[o], newer[n]), o, n, older[o], newer[n])
                : new TaskChange(TaskChangeKind.Added, null, n, null, newer[n]));
        }

        changes.AddRange(Enumerable.Range(0, older.Count).Where(i => !pairs.ContainsKey(i))
            .Select(i => new TaskChange(TaskChangeKind.Removed, i, null, older[i], null)));
        return changes;
    }

    private static TaskChangeKind KindOf(TaskVersion old, TaskVersion @new)
    {
        if (Key(old.Title) != Key(@new.Title) || Key(old.Ref) != Key(@new.Ref))
        {
            return TaskChangeKind.Reworded;
        }

        return SameNames(old.Lead, @new.Lead) && SameNames(old.Support, @new.Support)
            && Key(old.TimeframeText) == Key(@new.TimeframeText) && Key(old.Product) == Key(@new.Product)
            ? TaskChangeKind.Unchanged
            : TaskChangeKind.Reassigned;
    }

    private static bool SameNames(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(Agencies.AgencyNames.Key).ToHashSet().SetEquals(b.Select(Agencies.AgencyNames.Key));

    private static string Key(string? text) => VietnameseText.Fold(text);

    /// <summary>Jaccard overlap of the two texts' word sets, as the register comparison measures titles.</summary>
    public static double Similarity(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 && wb.Count == 0)
        {
            return 1;
        }

        return wa.Intersect(wb).Count() / (double)Math.Max(1, wa.Union(wb).Count());
    }

    private static HashSet<string> Words(string text) =>
        Key(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
