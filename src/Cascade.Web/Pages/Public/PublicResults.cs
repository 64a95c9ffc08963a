using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Progress;
using Cascade.Web.Pages.Coverage;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Public;

/// <summary>
/// A province's public results: the plans its coordinator published, each with the year's task counts
/// by solution group and status (the kept statuses of <see cref="TaskProgressQuery"/>) and the
/// indicators chosen for publication. Built only from published records, and only from the fields
/// listed here: no report text, no unpublished target, no organisation's contact.
/// </summary>
public static class PublicResults
{
    public sealed record ProvinceLink(string Code, string Name, string FullName, int Plans);

    public sealed record StatusCount(ProgressStatus Status, int Count);

    public sealed record GroupProgress(SolutionGroup Group, int Tasks, IReadOnlyList<StatusCount> Statuses);

    public sealed record Reading(int Year, decimal Value);

    public sealed record Indicator(int Horizon, string Text, decimal Value, decimal? Max, string Unit, int? RelativeTo,
        Reading? Baseline, Reading? Latest, IndicatorState State, decimal? Share);

    public sealed record TaskLink(int Id, string Ref, string Title, SolutionGroup Group);

    public sealed record PlanResult(int Id, string? Number, DocumentKind Kind, string Issuer, DateOnly? Date, string Title,
        IReadOnlyList<GroupProgress> Groups, IReadOnlyList<Indicator> Indicators, IReadOnlyList<TaskLink> Tasks);

    public sealed record Result(string Code, string Name, string FullName, int Year, DateOnly AsOf, IReadOnlyList<PlanResult> Plans);

    public sealed class Handler(CascadeDbContext db, TaskProgressQuery progress, IndicatorQuery indicators, TimeProvider clock)
    {
        /// <summary>The provinces with at least one published plan.</summary>
        public async Task<IReadOnlyList<ProvinceLink>> ProvincesAsync(CancellationToken cancellationToken)
        {
            var map = await ProvinceMap.LoadAsync(db, clock.Today(), cancellationToken);
            var units = await db.PublishedPlans().AsNoTracking().Select(p => p.AdministrativeUnitId).ToListAsync(cancellationToken);
            var counts = units.Select(map.ProvinceOf).Where(p => p is not null).GroupBy(p => p!.Value).ToDictionary(g => g.Key, g => g.Count());
            return map.Current.Where(p => counts.ContainsKey(p.Id))
                .Select(p => new ProvinceLink(p.Code, p.Name, p.FullName, counts[p.Id]))
                .ToList();
        }

        public async Task<Result?> HandleAsync(string code, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var map = await ProvinceMap.LoadAsync(db, today, cancellationToken);
            if (map.ByCode(code) is not { } province)
            {
                return null;
            }

            var plans = (await db.PublishedPlans().AsNoTracking()
                    .Select(p => new { p.Id, p.Number, p.Kind, p.Issuer, p.Date, p.Title, p.AdministrativeUnitId, p.PublishedAt })
                    .ToListAsync(cancellationToken))
                .Where(p => map.ProvinceOf(p.AdministrativeUnitId) == province.Id)
                .OrderBy(p => p.PublishedAt)
                .ToList();
            var planIds = plans.Select(p => p.Id).ToList();
            var year = today.Year;

            var tasks = await db.PublishedTasks().AsNoTracking().Where(t => planIds.Contains(t.PlanId))
                .OrderBy(t => t.Order)
                .Select(t => new { t.Id, t.PlanId, t.Ref, t.Group, t.Title })
                .ToListAsync(cancellationToken);
            var groups = tasks.ToDictionary(t => t.Id, t => SolutionGroups.Of(t.Group, t.Title));
            var statuses = await (await progress.StatusesAsync(db.PublishedTasks().Where(t => planIds.Contains(t.PlanId)), year, today, cancellationToken))
                .Select(s => new { s.TaskId, s.PlanId, s.Status })
                .ToListAsync(cancellationToken);
            var standings = (await indicators.ForTargetsAsync(db.Targets.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.IsPublished), year, cancellationToken))
                .ToLookup(s => s.PlanId);

            return new Result(province.Code, province.Name, province.FullName, year, today, plans.Select(p => new PlanResult(
                    p.Id, p.Number?.Text, p.Kind, p.Issuer, p.Date, p.Title,
                    GroupsOf(statuses.Where(s => s.PlanId == p.Id).Select(s => (groups.GetValueOrDefault(s.TaskId), s.Status))),
                    standings[p.Id].Select(s => new Indicator(s.Horizon, s.Text, s.Value, s.Max, s.Unit, s.RelativeTo,
                        s.Baseline is { } b ? new Reading(b.Year, b.Value) : null,
                        s.Values.LastOrDefault() is { } l ? new Reading(l.Year, l.Value) : null,
                        s.Progress.State, s.Progress.Share)).ToList(),
                    tasks.Where(t => t.PlanId == p.Id).Select(t => new TaskLink(t.Id, t.Ref, t.Title, groups[t.Id])).ToList()))
                .ToList());
        }

        /// <summary>The five groups and the others, each with its count per status; tasks not in the year are not counted.</summary>
        private static IReadOnlyList<GroupProgress> GroupsOf(IEnumerable<(SolutionGroup Group, ProgressStatus Status)> rows)
        {
            var counted = rows.Where(r => ProgressLabels.Counted.Contains(r.Status)).ToList();
            return SolutionGroups.All
                .Select(g => new GroupProgress(g, counted.Count(r => r.Group == g),
                    ProgressLabels.Counted.Select(s => new StatusCount(s, counted.Count(r => r.Group == g && r.Status == s))).ToList()))
                .ToList();
        }
    }
}
