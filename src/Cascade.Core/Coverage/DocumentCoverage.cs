using Cascade.Core.Documents;

namespace Cascade.Core.Coverage;

/// <summary>
/// Which loaded plans carry a central document down: those naming it among the documents they
/// implement, directly or through a loaded document that does (a province's plan implementing its
/// Party committee's program, which implements Resolution 36).
/// </summary>
public static class DocumentCoverage
{
    public static IReadOnlySet<int> PlansImplementing(DocumentNumber document, IEnumerable<CascadeDocument> documents)
    {
        var loaded = documents.ToList();
        var byNumber = loaded.Where(d => d.Number is not null)
            .GroupBy(d => d.Number!.Key)
            .ToDictionary(g => g.Key, g => g.Select(d => d.PlanId).ToList(), StringComparer.Ordinal);
        var implements = loaded.ToDictionary(d => d.PlanId, d => d.Implements.Select(n => n.Key).ToList());

        var found = new HashSet<int>();
        var visiting = new HashSet<int>();

        bool Implements(int planId)
        {
            if (found.Contains(planId))
            {
                return true;
            }

            if (!visiting.Add(planId))
            {
                return false; // a loop of citations proves nothing
            }

            var yes = implements[planId].Any(key => key == document.Key
                || byNumber.TryGetValue(key, out var parents) && parents.Any(Implements));
            if (yes)
            {
                found.Add(planId);
            }

            return yes;
        }

        foreach (var doc in loaded.Where(d => d.Number?.Key != document.Key))
        {
            Implements(doc.PlanId);
        }

        return found;
    }

    /// <summary>The central documents (the Politburo's, the Government's) that loaded plans cite, for the choice of document.</summary>
    public static IReadOnlyList<DocumentNumber> CentralDocuments(IEnumerable<CascadeDocument> documents) =>
        documents.SelectMany(d => d.Implements)
            .Where(n => CascadeTree.TierOf(n) <= 1)
            .DistinctBy(n => n.Key)
            .OrderBy(n => CascadeTree.TierOf(n)).ThenBy(n => n.Key, StringComparer.Ordinal)
            .ToList();
}
