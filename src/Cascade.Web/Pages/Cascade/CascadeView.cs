using Cascade.Web.Infrastructure.Security;
using Cascade.Core.Documents;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.DocumentCascade;

/// <summary>
/// The cascade of documents: each plan under the document it implements, up to the Politburo's
/// resolution. Documents named by plans but not loaded are nodes without a plan.
/// </summary>
public static class CascadeView
{
    public sealed record Query;

    /// <summary>
    /// A document of the cascade. A loaded plan has its <see cref="PlanId"/> and details; a
    /// referenced document (named by a plan, not loaded) has only its number.
    /// </summary>
    public sealed record Node(string? Number, int? PlanId, DocumentKind? Kind, string? Issuer, GovernmentLevel? Level,
        string? Locality, DateOnly? Date, int? TaskCount, IReadOnlyList<Node> Children)
    {
        public bool IsReferenced => PlanId is null;
    }

    public sealed record Result(IReadOnlyList<Node> Roots, int PlanCount);

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var plans = await db.VisiblePlans(user.Scope)
                .Select(p => new { p.Id, p.Kind, p.Number, p.Issuer, p.Level, p.Locality, p.Date, TaskCount = p.Tasks.Count })
                .ToListAsync(cancellationToken);
            var references = await db.DocumentReferences.AsNoTracking()
                .Where(r => db.VisiblePlans(user.Scope).Any(p => p.Id == r.PlanId))
                .OrderBy(r => r.PlanId).ThenBy(r => r.Order)
                .Select(r => new { r.PlanId, r.Number })
                .ToListAsync(cancellationToken);

            var implements = references.ToLookup(r => r.PlanId, r => r.Number);
            var documents = plans.Select(p => new CascadeDocument(p.Id, p.Number, p.Level, p.Issuer, implements[p.Id].ToList()));
            var byId = plans.ToDictionary(p => p.Id);

            Node ToNode(CascadeNode node)
            {
                var children = node.Children.Select(ToNode).ToList();
                if (node.PlanId is { } id && byId.TryGetValue(id, out var p))
                {
                    return new Node(p.Number?.Text, p.Id, p.Kind, p.Issuer, p.Level, p.Locality, p.Date, p.TaskCount, children);
                }

                return new Node(node.Number?.Text, null, null, null, null, null, null, null, children);
            }

            return new Result(CascadeTree.Build(documents).Select(ToNode).ToList(), plans.Count);
        }
    }
}
