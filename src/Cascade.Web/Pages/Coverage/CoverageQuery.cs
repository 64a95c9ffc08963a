using Cascade.Core.Access;
using Cascade.Core.Coverage;
using Cascade.Core.Documents;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Coverage;

/// <summary>
/// How a central document (36-NQ/TW, 189/NQ-CP) is carried out across the provinces: for each province
/// in force, the plans implementing it (its predecessors' plans included), their tasks counted by
/// Resolution 36's solution groups, and the targets they adopted. Provinces without a plan stand out.
/// </summary>
public static class CoverageQuery
{
    public const string DefaultDocument = "36-NQ/TW";

    public sealed record Query(string? Document = null, string? Province = null);

    public sealed record PlanRef(int Id, string Name, bool Readable);

    public sealed record GroupCount(SolutionGroup Group, int Tasks);

    public sealed record TargetRow(int PlanId, string PlanName, int Horizon, decimal Value, decimal? Max, string Unit, int? RelativeTo, string Text);

    public sealed record Row(string Code, string Name, IReadOnlyList<PlanRef> Plans, IReadOnlyList<GroupCount> Groups, int Total, IReadOnlyList<TargetRow> Targets)
    {
        public bool HasPlan => Plans.Count > 0;
    }

    public sealed record Result(string Document, IReadOnlyList<string> Documents, DateOnly AsOf, IReadOnlyList<Row> Rows, IReadOnlyList<string> WithoutPlan);

    public enum Outcome
    {
        Done,

        /// <summary>The province asked for is not one the user may see.</summary>
        Forbidden,

        /// <summary>No province in force has that code.</summary>
        NotFound,
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<(Outcome Outcome, Result? Result)> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var map = await ProvinceMap.LoadAsync(db, today, cancellationToken);
            var visible = await VisibleProvincesAsync(map, cancellationToken);
            var rows = visible;
            if (!string.IsNullOrWhiteSpace(query.Province))
            {
                if (map.ByCode(query.Province.Trim()) is not { } asked)
                {
                    return (Outcome.NotFound, null);
                }

                if (visible.All(p => p.Id != asked.Id))
                {
                    return (Outcome.Forbidden, null);
                }

                rows = [asked];
            }

            var plans = await db.Plans.AsNoTracking()
                .Select(p => new { p.Id, p.Number, p.Level, p.Issuer, p.AdministrativeUnitId })
                .ToListAsync(cancellationToken);
            var references = (await db.DocumentReferences.AsNoTracking().OrderBy(r => r.Order).Select(r => new { r.PlanId, r.Number }).ToListAsync(cancellationToken))
                .ToLookup(r => r.PlanId, r => r.Number);
            var documents = plans.Select(p => new CascadeDocument(p.Id, p.Number, p.Level, p.Issuer, references[p.Id].ToList())).ToList();
            var offered = DocumentCoverage.CentralDocuments(documents).Select(n => n.Text).ToList();
            var document = DocumentNumber.TryParse(string.IsNullOrWhiteSpace(query.Document) ? DefaultDocument : query.Document.Trim(), out var parsed)
                ? parsed
                : DocumentNumber.Parse(DefaultDocument);
            var implementing = DocumentCoverage.PlansImplementing(document, documents);

            var rowIds = rows.Select(r => r.Id).ToHashSet();
            var byProvince = plans.Where(p => implementing.Contains(p.Id))
                .Select(p => (Plan: p, Province: map.ProvinceOf(p.AdministrativeUnitId)))
                .Where(p => p.Province is { } id && rowIds.Contains(id))
                .ToLookup(p => p.Province!.Value, p => p.Plan);
            var planIds = byProvince.SelectMany(g => g).Select(p => p.Id).ToList();
            var readable = (await db.VisiblePlans(user.Scope).Where(p => planIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            var tasks = (await db.Tasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.WithdrawnAt == null)
                    .Select(t => new { t.PlanId, t.Group, t.Title }).ToListAsync(cancellationToken))
                .ToLookup(t => t.PlanId, t => SolutionGroups.Of(t.Group, t.Title));
            var targets = (await db.Targets.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.WithdrawnAt == null)
                    .OrderBy(t => t.PlanId).ThenBy(t => t.Year).ThenBy(t => t.Order)
                    .Select(t => new { t.PlanId, t.Year, t.Value, t.Max, t.Unit, t.RelativeTo, t.Text }).ToListAsync(cancellationToken))
                .ToLookup(t => t.PlanId);

            var result = rows.Select(province =>
                {
                    var provincePlans = byProvince[province.Id].OrderBy(p => p.Id).ToList();
                    string Name(int id) => provincePlans.First(p => p.Id == id) is var p && p.Number is not null ? p.Number.Text : p.Issuer;
                    var groups = provincePlans.SelectMany(p => tasks[p.Id]).ToList();
                    return new Row(
                        province.Code,
                        province.Name,
                        provincePlans.Select(p => new PlanRef(p.Id, Name(p.Id), readable.Contains(p.Id))).ToList(),
                        SolutionGroups.All.Select(g => new GroupCount(g, groups.Count(x => x == g))).ToList(),
                        groups.Count,
                        provincePlans.SelectMany(p => targets[p.Id].Select(t => new TargetRow(p.Id, Name(p.Id), t.Year, t.Value, t.Max, t.Unit, t.RelativeTo, t.Text))).ToList());
                })
                .ToList();
            return (Outcome.Done, new Result(document.Text, offered.Contains(document.Text) ? offered : [.. offered, document.Text], today, result,
                result.Where(r => !r.HasPlan).Select(r => r.Name).ToList()));
        }

        /// <summary>
        /// The provinces a user sees the coverage of: all for administrators and national viewers; a
        /// coordinator's or leader's provinces; an agency reporter's agency's province; each as it is today.
        /// </summary>
        private async Task<IReadOnlyList<ProvinceRow>> VisibleProvincesAsync(ProvinceMap map, CancellationToken cancellationToken)
        {
            var scope = user.Scope;
            if (scope.SeesEverything)
            {
                return map.Current;
            }

            var units = scope.Role == Role.AgencyReporter
                ? await db.Agencies.AsNoTracking().Where(a => scope.AgencyIds.Contains(a.Id)).Select(a => a.AdministrativeUnitId).ToListAsync(cancellationToken)
                : scope.UnitIds.Select(u => (int?)u).ToList();
            var provinces = units.Select(map.ProvinceOf).Where(p => p is not null).ToHashSet();
            return map.Current.Where(p => provinces.Contains(p.Id)).ToList();
        }
    }
}
