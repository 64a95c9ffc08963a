namespace Cascade.Core.Coverage;

/// <summary>A unit taking over another on a day, by id: what <see cref="ProvinceToday"/> follows.</summary>
public readonly record struct UnitSuccessionStep(int PredecessorId, int SuccessorId, DateOnly EffectiveOn);

/// <summary>
/// The province a plan counts for today: its own unit while that exists, else the unit that took it
/// over, followed through every merger up to the day (a plan of old Trà Vinh counts for Vĩnh Long).
/// </summary>
public static class ProvinceToday
{
    public static int Of(int unitId, IEnumerable<UnitSuccessionStep> successions, DateOnly today) =>
        Resolver(successions, today)(unitId);

    /// <summary>The same rule for many units at once: the successions are read once.</summary>
    public static Func<int, int> Resolver(IEnumerable<UnitSuccessionStep> successions, DateOnly today)
    {
        // Provinces merged and never split; were a unit ever split, its first successor holds the plan.
        var next = successions.Where(s => s.EffectiveOn <= today)
            .GroupBy(s => s.PredecessorId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.EffectiveOn).ThenBy(s => s.SuccessorId).First().SuccessorId);
        return unitId =>
        {
            var current = unitId;
            var seen = new HashSet<int> { current };
            while (next.TryGetValue(current, out var successor) && seen.Add(successor))
            {
                current = successor;
            }

            return current;
        };
    }
}
