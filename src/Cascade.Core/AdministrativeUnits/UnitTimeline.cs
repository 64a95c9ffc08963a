namespace Cascade.Core.AdministrativeUnits;

/// <summary>A unit taking over another on a day, by id.</summary>
public readonly record struct UnitSuccessionStep(int PredecessorId, int SuccessorId, DateOnly EffectiveOn);

/// <summary>
/// How units follow one another in time: which of two units sharing a name a plan means, which
/// unit holds a closed one's territory on a day, and which old units a unit took over.
/// </summary>
public static class UnitTimeline
{
    /// <summary>
    /// Of the units sharing a name, the one that existed on the plan's date (the old Hải Phòng for a
    /// 2023 plan, the new one for a 2026 plan). Province-level units come before others; without a
    /// date, or when none existed that day, the one in force today (no end date) is taken.
    /// </summary>
    public static AdministrativeUnit? ExistingOn(IEnumerable<AdministrativeUnit> sameName, DateOnly? date)
    {
        var candidates = sameName.OrderByDescending(u => u.IsProvinceLevel).ThenBy(u => u.ValidTo.HasValue).ThenBy(u => u.Id).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var level = candidates[0].IsProvinceLevel;
        var sameLevel = candidates.Where(u => u.IsProvinceLevel == level).ToList();
        return date is { } day && sameLevel.FirstOrDefault(u => u.ExistsOn(day)) is { } existing ? existing : sameLevel[0];
    }

    /// <summary>
    /// The unit holding the territory of <paramref name="unit"/> on the day: itself while it exists,
    /// else its successor's holder. Needs the successions (and their successors) loaded.
    /// </summary>
    public static AdministrativeUnit HolderOn(AdministrativeUnit unit, DateOnly on) =>
        Follow(unit, ReferenceEqualityComparer.Instance, (AdministrativeUnit u, out AdministrativeUnit next) =>
        {
            next = u.Successions.Where(s => s.EffectiveOn <= on && s.Successor is not null)
                .OrderBy(s => s.EffectiveOn).ThenBy(s => s.SuccessorId).FirstOrDefault()?.Successor!;
            return next is not null;
        });

    /// <summary>
    /// The same rule by ids, for many units at once (the successions are read once): a plan of old
    /// Trà Vinh counts today for Vĩnh Long.
    /// </summary>
    public static Func<int, int> HolderResolver(IEnumerable<UnitSuccessionStep> successions, DateOnly on)
    {
        var next = successions.Where(s => s.EffectiveOn <= on)
            .GroupBy(s => s.PredecessorId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.EffectiveOn).ThenBy(s => s.SuccessorId).First().SuccessorId);
        return unitId => Follow(unitId, EqualityComparer<int>.Default, next.TryGetValue);
    }

    private delegate bool NextUnit<T>(T unit, out T next);

    /// <summary>
    /// Along the successions to the unit that still holds the territory. Provinces merged and never
    /// split; were a unit ever split, its first successor holds it. A loop in bad data stops the walk.
    /// </summary>
    private static T Follow<T>(T unit, IEqualityComparer<T> comparer, NextUnit<T> successor)
    {
        var current = unit;
        var seen = new HashSet<T>(comparer) { current };
        while (successor(current, out var next) && seen.Add(next))
        {
            current = next;
        }

        return current;
    }

    /// <summary>The ids of the units <paramref name="unitId"/> took over, directly or through other mergers.</summary>
    public static IReadOnlySet<int> PredecessorIds(int unitId, IEnumerable<(int PredecessorId, int SuccessorId)> successions)
    {
        var bySuccessor = successions.ToLookup(s => s.SuccessorId, s => s.PredecessorId);
        var found = new HashSet<int>();
        var queue = new Queue<int>([unitId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var predecessor in bySuccessor[id])
            {
                if (predecessor != unitId && found.Add(predecessor))
                {
                    queue.Enqueue(predecessor);
                }
            }
        }

        return found;
    }
}
