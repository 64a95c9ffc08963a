using Cascade.Core.Access;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reorganisation;

/// <summary>The changes to the agencies of the user's provinces (every change for an administrator), the latest first.</summary>
public static class ChangeHistory
{
    public sealed record Successor(int Id, string Name, bool IsMain, string? Functions);

    public sealed record Change(DateOnly EffectiveOn, int PredecessorId, string Predecessor, string? Locality, string LegalBasis, IReadOnlyList<Successor> Successors);

    public const int Shown = 200;

    public sealed class Handler(CascadeDbContext db, CurrentUser user)
    {
        public async Task<IReadOnlyList<Change>> HandleAsync(CancellationToken cancellationToken)
        {
            var units = user.Scope.UnitIds.ToList();
            var everything = user.Scope.Role == Role.Administrator;
            var rows = await db.AgencySuccessions.AsNoTracking()
                .Where(s => everything || s.Predecessor!.AdministrativeUnitId != null && units.Contains(s.Predecessor.AdministrativeUnitId.Value))
                .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id)
                .Take(Shown * 3)
                .Select(s => new
                {
                    s.EffectiveOn, s.PredecessorId, Predecessor = s.Predecessor!.Name,
                    Locality = db.AdministrativeUnits.Where(u => u.Id == s.Predecessor.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault(),
                    s.LegalBasis, s.SuccessorId, Successor = s.Successor!.Name, s.IsMain, s.Functions,
                })
                .ToListAsync(cancellationToken);
            return rows.GroupBy(r => (r.EffectiveOn, r.PredecessorId))
                .Select(g => new Change(g.Key.EffectiveOn, g.Key.PredecessorId, g.First().Predecessor, g.First().Locality, g.First().LegalBasis,
                    g.OrderByDescending(r => r.IsMain).Select(r => new Successor(r.SuccessorId, r.Successor, r.IsMain, r.Functions)).ToList()))
                .Take(Shown)
                .ToList();
        }
    }
}
