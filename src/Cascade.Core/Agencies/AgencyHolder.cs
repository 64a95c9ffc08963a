namespace Cascade.Core.Agencies;

/// <summary>One stored succession, as the holder rule reads it.</summary>
public sealed record SuccessionLink(int PredecessorId, int SuccessorId, DateOnly EffectiveOn, bool IsMain, string? Functions = null, string LegalBasis = "")
{
    public static SuccessionLink Of(AgencySuccession succession) =>
        new(succession.PredecessorId, succession.SuccessorId, succession.EffectiveOn, succession.IsMain, succession.Functions, succession.LegalBasis);
}

/// <summary>
/// Who holds an assignment on a day: the agency the plan named, or, once it ended, its successor
/// (and theirs), following the main successor where the duties split. An assignment the coordinator
/// handed to another agency is followed on from that agency.
/// </summary>
public static class AgencyHolder
{
    /// <summary>The successions from <paramref name="agencyId"/> to its holder on the day, in order.</summary>
    public static IReadOnlyList<SuccessionLink> ChainOn(int agencyId, DateOnly on, IEnumerable<SuccessionLink> links)
    {
        var byPredecessor = links.ToLookup(l => l.PredecessorId);
        var chain = new List<SuccessionLink>();
        var seen = new HashSet<int> { agencyId };
        var current = agencyId;
        while (Next(byPredecessor[current], on) is { } next && seen.Add(next.SuccessorId))
        {
            chain.Add(next);
            current = next.SuccessorId;
        }

        return chain;
    }

    /// <summary>The agency holding the duties of <paramref name="agencyId"/> on the day (itself while it exists).</summary>
    public static int HolderOn(int agencyId, DateOnly on, IEnumerable<SuccessionLink> links) =>
        ChainOn(agencyId, on, links) is { Count: > 0 } chain ? chain[^1].SuccessorId : agencyId;

    /// <summary>
    /// The holder of an assignment: followed on from the agency holding it now (the named one, or the
    /// one the coordinator picked), so a pick made where the duties split is kept.
    /// </summary>
    public static int Reroute(int currentHolderId, DateOnly on, IEnumerable<SuccessionLink> links) => HolderOn(currentHolderId, on, links);

    /// <summary>
    /// Every agency that may hold the named agency's duties on the day: at each split, every share.
    /// The main one (<see cref="HolderOn"/>) is first.
    /// </summary>
    public static IReadOnlyList<int> CandidatesOn(int agencyId, DateOnly on, IEnumerable<SuccessionLink> links)
    {
        var all = links.ToList();
        var byPredecessor = all.ToLookup(l => l.PredecessorId);
        var ends = new List<int>();
        var seen = new HashSet<int>();
        var queue = new Queue<int>([agencyId]);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            var next = byPredecessor[id].Where(l => l.EffectiveOn <= on).ToList();
            if (next.Count == 0)
            {
                ends.Add(id);
            }

            foreach (var link in next.OrderByDescending(l => l.IsMain))
            {
                queue.Enqueue(link.SuccessorId);
            }
        }

        var main = HolderOn(agencyId, on, all);
        return [main, .. ends.Where(e => e != main).Distinct()];
    }

    /// <summary>Whether the duties of the agency split on the way to the day (the coordinator may pick per task).</summary>
    public static bool SplitsBy(int agencyId, DateOnly on, IEnumerable<SuccessionLink> links) => CandidatesOn(agencyId, on, links).Count > 1;

    private static SuccessionLink? Next(IEnumerable<SuccessionLink> successions, DateOnly on) =>
        successions.Where(l => l.EffectiveOn <= on).OrderByDescending(l => l.IsMain).ThenBy(l => l.EffectiveOn).FirstOrDefault();
}
