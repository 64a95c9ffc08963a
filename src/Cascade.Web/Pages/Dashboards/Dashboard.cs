using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Progress;
using Cascade.Data.Reporting;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>
/// What the People's Committee reads for a year: task counts by status, the same by the agency
/// holding each task today, how complete the year's reporting is, the indicators against their
/// targets, and the overdue tasks. Statuses come from <see cref="TaskProgressQuery"/> alone.
/// </summary>
public static class Dashboard
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The statuses counted, in the order reports print them; "not applicable this year" is left out.</summary>
    public static IReadOnlyList<ProgressStatus> CountedStatuses { get; } =
    [
        ProgressStatus.DoneOnTime, ProgressStatus.DoneLate, ProgressStatus.InProgress,
        ProgressStatus.Overdue, ProgressStatus.NotStarted, ProgressStatus.AwaitingEvent,
    ];

    public sealed record Query(DashboardKind Kind, int? Id, int? Year, Sector? Sector = null, SolutionGroup? Group = null);

    public sealed record StatusCount(ProgressStatus Status, int Count);

    /// <summary>
    /// The tasks an agency holds today, by status; no agency when the task names no lead. The
    /// agency's own dashboard is linked where the user may open it.
    /// </summary>
    public sealed record AgencyStatuses(int? AgencyId, string? Agency, bool CanOpen, int Total, IReadOnlyList<StatusCount> Statuses);

    public sealed record AgencyReporting(int AgencyId, string Agency, int Expected, int OnTime, int Late, int Missing);

    /// <summary>
    /// The reports the year's periods expect and where they stand; the due days run from first to last.
    /// While a period is not yet due, its missing reports include those still on time.
    /// </summary>
    public sealed record Reporting(int Periods, DateOnly? FirstDue, DateOnly? LastDue, bool NotYetDue, int Expected, int OnTime, int Late, int Missing,
        IReadOnlyList<AgencyReporting> Agencies);

    public sealed record TrajectoryPoint(int Year, decimal Value);

    /// <summary>
    /// An indicator against its target: the values measured, and the straight line from the baseline
    /// to the goal at the horizon (empty without a baseline or a goal).
    /// </summary>
    public sealed record Indicator(int TargetId, int PlanId, string Plan, string Text, string Unit, int Horizon, decimal Value, decimal? Max,
        IndicatorMeasure Measure, decimal? Goal, IndicatorState State, IndicatorReading? Baseline, IReadOnlyList<IndicatorReading> Values, IReadOnlyList<TrajectoryPoint> Trajectory);

    /// <summary>An overdue task; the period is the plan's period of the year, where the task's report is read.</summary>
    public sealed record OverdueTask(int TaskId, int PlanId, string Plan, string Ref, string Title, int? LeadAgencyId, string? Lead,
        DateOnly? DueOn, int DaysOverdue, int? PeriodId);

    public sealed record ProvinceLink(int UnitId, string Name);

    public sealed record Result(
        DashboardKind Kind,
        int? Id,
        string? Name,
        bool IsNational,
        int Year,
        IReadOnlyList<int> Years,
        Sector? Sector,
        SolutionGroup? Group,
        int AllTasks,
        int TaskCount,
        IReadOnlyList<StatusCount> Statuses,
        IReadOnlyList<AgencyStatuses> ByLeadAgency,
        Reporting ReportingOfYear,
        IReadOnlyList<Indicator> Indicators,
        IReadOnlyList<OverdueTask> Overdue,
        IReadOnlyList<ProvinceLink> Provinces)
    {
        /// <summary>How many rows each list has in full; <see cref="Shown"/> may keep only the first of them.</summary>
        public ListTotals Totals { get; init; } = new(ByLeadAgency.Count, ReportingOfYear.Agencies.Count, Indicators.Count, Overdue.Count);

        /// <summary>A province's code, for its page of plans (those of the provinces merged into it too); null on other dashboards.</summary>
        public string? Code { get; init; }

        /// <summary>How many provinces merged into this one in 2025; their plans count here under their own numbers.</summary>
        public int MergedProvinces { get; init; }

        /// <summary>
        /// The dashboard as a page or an answer shows it: the first rows of each list (the busiest agencies,
        /// those most behind, the indicators off track, the longest overdue). A country has 10,000 agencies
        /// and 7,000 indicators; the CSV of each table keeps every row.
        /// </summary>
        public Result Shown(int rows, int indicators) => this with
        {
            ByLeadAgency = ByLeadAgency.Take(rows).ToList(),
            ReportingOfYear = ReportingOfYear with { Agencies = ReportingOfYear.Agencies.Take(rows).ToList() },
            Indicators = Indicators.Take(indicators).ToList(),
            Overdue = Overdue.Take(rows).ToList(),
        };
    }

    /// <summary>The full length of the dashboard's lists.</summary>
    public sealed record ListTotals(int Agencies, int ReportingAgencies, int Indicators, int Overdue);

    /// <summary>
    /// The API's answers (the first rows of each list) as UTF-8 JSON, written and compressed once per
    /// result: every reader with the same scope then gets the same bytes, and a reader asking again is
    /// answered without the handler, and its database context, being made.
    /// </summary>
    public sealed class Answers(SavedDataCache<Result?> results, CurrentUser user, TimeProvider clock, IServiceProvider services)
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Result, KeptResponse> Written = new();

        public async Task<KeptResponse?> AnswerAsync(Query query, System.Text.Json.JsonSerializerOptions json) =>
            await results.GetOrBuildAsync(Handler.KeyOf(query, clock, user), () => services.GetRequiredService<Handler>().BuildAsync(query, CancellationToken.None)) is { } result
                ? Written.GetValue(result, r => new KeptResponse(
                    System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(r.Shown(DashboardView.PageRows, DashboardView.IndicatorRows), json), "application/json; charset=utf-8"))
                : null;
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, TaskProgressQuery progress, IndicatorQuery indicators, ReportingQueries reporting,
        SavedDataCache<Result?> cache)
    {
        /// <summary>The dashboard as the user's scope sees it today, built once per change of the data.</summary>
        public Task<Result?> HandleAsync(Query query, CancellationToken cancellationToken) =>
            // The build outlives a reader who gives up: others may be waiting for the same one.
            cache.GetOrBuildAsync(KeyOf(query, clock, user), () => BuildAsync(query, CancellationToken.None));

        /// <summary>A result is kept per query, day and reader's scope.</summary>
        public static string KeyOf(Query query, TimeProvider clock, CurrentUser user) => SavedDataCache<Result?>.KeyOf(query, clock.Today(), user.Scope);

        /// <summary>Builds the dashboard; readers go through <see cref="HandleAsync"/> or <see cref="Answers"/>, which keep it.</summary>
        internal async Task<Result?> BuildAsync(Query query, CancellationToken cancellationToken)
        {
            var scope = await DashboardScope.ResolveAsync(db, user.Scope, query.Kind, query.Id, cancellationToken);
            if (scope is null)
            {
                return null;
            }

            var today = clock.Today();
            var year = query.Year ?? today.Year;
            // Counted from the kept statuses in the database: a country's tasks and reports are never all in memory.
            var all = await progress.StatusesAsync(scope.Tasks, year, today, cancellationToken);
            var statuses = await FilteredAsync(all, scope.Tasks, query, cancellationToken);
            var counted = statuses.Where(s => s.Status != ProgressStatus.NotApplicable);
            var leads = await LeadCountsAsync(counted, cancellationToken);

            var plans = await db.Plans.AsNoTracking().Where(p => scope.PlanIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Number, p.Issuer, p.AdministrativeUnitId }).ToListAsync(cancellationToken);
            var planNames = plans.ToDictionary(p => p.Id, p => p.Number?.Text ?? p.Issuer);
            var periods = await db.Periods.AsNoTracking().Where(p => scope.PlanIds.Contains(p.PlanId) && p.Year == year).ToListAsync(cancellationToken);
            var years = await db.Periods.AsNoTracking().Where(p => scope.PlanIds.Contains(p.PlanId)).Select(p => p.Year).Distinct().ToListAsync(cancellationToken);

            var owed = await OwedReportsAsync(periods, statuses.Select(s => s.TaskId), cancellationToken);

            // The whole country has a Sở Y tế in every province: there an agency is named with its province.
            var names = await AgencyNamesAsync(leads.Select(l => l.AgencyId).OfType<int>().Concat(owed.Select(o => o.AgencyId)),
                withProvince: query.Kind == DashboardKind.National, cancellationToken);
            var reportingOfYear = ReportingOf(periods, owed, names, today);
            var indicatorLines = (await indicators.ForTargetsAsync(scope.Targets, year, cancellationToken))
                .Select(i => IndicatorOf(i, planNames.GetValueOrDefault(i.PlanId, string.Empty)))
                .OrderBy(i => i.State == IndicatorState.OffTrack ? 0 : 1)
                .ToList();

            // The report a reader opens for an overdue task: its plan's period of the year (the last due, if several).
            var periodOfPlan = periods.GroupBy(p => p.PlanId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.DueOn).First().Id);
            var overdue = await OverdueAsync(counted, today, planNames, periodOfPlan, cancellationToken);

            // The provinces of today the plans belong to (a commune's plan to its province, old Trà Vinh's to Vĩnh Long).
            var provinces = new List<ProvinceLink>();
            if (query.Kind == DashboardKind.National)
            {
                var map = await Coverage.ProvinceMap.LoadAsync(db, today, cancellationToken);
                var ids = plans.Select(p => map.ProvinceOf(p.AdministrativeUnitId)).OfType<int>()
                    .Where(u => DashboardScope.CanReadProvince(user.Scope, u)).ToHashSet();
                provinces = map.Current.Where(p => ids.Contains(p.Id)).Select(p => new ProvinceLink(p.Id, p.Name)).ToList();
            }

            return new Result(query.Kind, query.Id, scope.Name, query.Kind == DashboardKind.National && user.Scope.SeesEverything,
                year, years.Append(today.Year).Append(year).Distinct().OrderDescending().ToList(), query.Sector, query.Group,
                await all.CountAsync(cancellationToken), leads.Sum(l => l.Count), CountsOf(leads), ByLeadAgency(leads, names), reportingOfYear, indicatorLines, overdue, provinces)
            {
                Code = scope.Code,
                MergedProvinces = scope.MergedProvinces,
            };
        }

        /// <summary>
        /// The statuses of the tasks in the sector or solution group asked for. Both are read from a task's
        /// heading and title by core rules the database cannot run, so only then are the titles read,
        /// one at a time; the database is left with the list of ids that match.
        /// </summary>
        private static async Task<IQueryable<TaskYearStatus>> FilteredAsync(IQueryable<TaskYearStatus> statuses, IQueryable<PlanTask> tasks, Query query, CancellationToken cancellationToken)
        {
            if (query.Sector is null && query.Group is null)
            {
                return statuses;
            }

            var ids = new List<int>();
            var texts = tasks.Where(t => t.WithdrawnAt == null).Select(t => new { t.Id, t.Group, t.Title }).AsAsyncEnumerable();
            await foreach (var task in texts.WithCancellation(cancellationToken))
            {
                if ((query.Sector is not { } sector || Sectors.Of(task.Group, task.Title) == sector)
                    && (query.Group is not { } group || SolutionGroups.Of(task.Group, task.Title) == group))
                {
                    ids.Add(task.Id);
                }
            }

            return statuses.Where(s => ids.Contains(s.TaskId));
        }

        /// <summary>Room for every position a task may hold in its plan, so that one number orders plan and position.</summary>
        private const long PlacesInPlan = 1L << 32;

        /// <summary>
        /// How many tasks each agency holds, by status. <see cref="First"/> places the agency's first task
        /// in the plans' order (plan, then position in it): agencies of the same name and count are listed
        /// in the order the plans name them.
        /// </summary>
        private sealed record LeadCount(int? AgencyId, ProgressStatus Status, int Count, long First);

        private async Task<List<LeadCount>> LeadCountsAsync(IQueryable<TaskYearStatus> counted, CancellationToken cancellationToken) =>
            await counted
                .Join(db.Tasks, s => s.TaskId, t => t.Id, (s, t) => new { s.LeadAgencyId, s.Status, Place = t.PlanId * PlacesInPlan + t.Order })
                .GroupBy(x => new { x.LeadAgencyId, x.Status })
                .Select(g => new LeadCount(g.Key.LeadAgencyId, g.Key.Status, g.Count(), g.Min(x => x.Place)))
                .ToListAsync(cancellationToken);

        private static List<StatusCount> CountsOf(IEnumerable<LeadCount> counts)
        {
            var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            return CountedStatuses.Select(s => new StatusCount(s, byStatus.GetValueOrDefault(s))).ToList();
        }

        private List<AgencyStatuses> ByLeadAgency(IEnumerable<LeadCount> counts, IReadOnlyDictionary<int, string> names) =>
            counts.GroupBy(c => c.AgencyId)
                .Select(g => (First: g.Min(c => c.First), Line: new AgencyStatuses(g.Key, g.Key is { } id ? names.GetValueOrDefault(id, string.Empty) : null,
                    g.Key is { } agency && (user.Scope.Role != Core.Access.Role.AgencyReporter || user.Scope.AgencyIds.Contains(agency)),
                    g.Sum(c => c.Count), CountsOf(g))))
                .OrderByDescending(a => a.Line.Total).ThenBy(a => a.Line.Agency, StringComparer.Create(Core.Text.VietnameseText.Vi, false)).ThenBy(a => a.First)
                .Select(a => a.Line)
                .ToList();

        /// <summary>
        /// Every overdue task, the longest overdue first: only these rows are read, with the task's
        /// number and title and the name of the agency holding it today.
        /// </summary>
        private async Task<List<OverdueTask>> OverdueAsync(IQueryable<TaskYearStatus> counted, DateOnly today, IReadOnlyDictionary<int, string> planNames,
            IReadOnlyDictionary<int, int> periodOfPlan, CancellationToken cancellationToken)
        {
            var rows = await counted.Where(s => s.Status == ProgressStatus.Overdue)
                .Join(db.Tasks, s => s.TaskId, t => t.Id, (s, t) => new
                {
                    s.TaskId,
                    t.PlanId,
                    t.Ref,
                    t.Title,
                    s.LeadAgencyId,
                    Lead = db.Agencies.Where(a => a.Id == s.LeadAgencyId).Select(a => a.Name).FirstOrDefault(),
                    s.DueOn,
                })
                .ToListAsync(cancellationToken);
            return rows
                .Select(r => (Row: r, Days: r.DueOn is { } due ? today.DayNumber - due.DayNumber : (int?)null))
                .OrderByDescending(x => x.Days).ThenBy(x => x.Row.PlanId).ThenBy(x => x.Row.TaskId)
                .Select(x => new OverdueTask(x.Row.TaskId, x.Row.PlanId, planNames.GetValueOrDefault(x.Row.PlanId, string.Empty), x.Row.Ref, x.Row.Title,
                    x.Row.LeadAgencyId, x.Row.Lead, x.Row.DueOn, x.Days ?? 0, periodOfPlan.TryGetValue(x.Row.PlanId, out var period) ? period : null))
                .ToList();
        }

        private sealed record Owed(int AgencyId, int Expected, int OnTime, int Late, int Missing);

        /// <summary>
        /// The year's periods as the review counts them (<see cref="ReportingCompleteness"/> per period),
        /// added up per agency; only the dashboard's tasks count, so the filters narrow this too. Of the
        /// reports arrived, only those of a report owed are kept.
        /// </summary>
        private async Task<List<Owed>> OwedReportsAsync(IReadOnlyList<Core.Reporting.PlanPeriod> periods, IQueryable<int> taskIds, CancellationToken cancellationToken)
        {
            if (periods.Count == 0)
            {
                return [];
            }

            var expected = await reporting.ExpectedAsync(periods, taskIds, cancellationToken);
            var owed = periods.ToDictionary(p => p.Id, p => expected[p.Id].ToDictionary(e => e.TaskId, e => e.ReportingAgencyId));
            var arrived = periods.ToDictionary(p => p.Id, _ => new List<ArrivedReport>());
            var periodIds = periods.Select(p => p.Id).ToList();
            var reports = db.Reports.AsNoTracking()
                .Where(r => periodIds.Contains(r.PeriodId) && r.Status != ReportStatus.Draft)
                .Select(r => new { r.PeriodId, r.TaskId, r.IsLate })
                .AsAsyncEnumerable();
            await foreach (var report in reports.WithCancellation(cancellationToken))
            {
                if (owed[report.PeriodId].TryGetValue(report.TaskId, out var agency))
                {
                    arrived[report.PeriodId].Add(new ArrivedReport(report.TaskId, agency, report.IsLate));
                }
            }

            return periods.SelectMany(period => ReportingCompleteness.ByAgency(
                    owed[period.Id].Select(e => new ExpectedReport(e.Key, e.Value)), arrived[period.Id]))
                .GroupBy(c => c.AgencyId)
                .Select(g => new Owed(g.Key, g.Sum(c => c.Expected), g.Sum(c => c.OnTime), g.Sum(c => c.Late), g.Sum(c => c.Missing)))
                .ToList();
        }

        private static Reporting ReportingOf(IReadOnlyList<Core.Reporting.PlanPeriod> periods, IReadOnlyList<Owed> owed, IReadOnlyDictionary<int, string> names, DateOnly today)
        {
            var lines = owed.Select(a => new AgencyReporting(a.AgencyId, names[a.AgencyId], a.Expected, a.OnTime, a.Late, a.Missing))
                .OrderByDescending(l => l.Missing).ThenBy(l => l.Agency, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
                .ToList();
            return new Reporting(periods.Count, periods.Count == 0 ? null : periods.Min(p => p.DueOn), periods.Count == 0 ? null : periods.Max(p => p.DueOn),
                periods.Any(p => p.DueOn >= today), lines.Sum(l => l.Expected), lines.Sum(l => l.OnTime), lines.Sum(l => l.Late), lines.Sum(l => l.Missing), lines);
        }

        private async Task<Dictionary<int, string>> AgencyNamesAsync(IEnumerable<int> agencyIds, bool withProvince, CancellationToken cancellationToken)
        {
            var ids = agencyIds.Distinct().ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Name, Province = db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            return agencies.ToDictionary(a => a.Id, a => withProvince && a.Province is { } province ? $"{a.Name} ({province})" : a.Name);
        }

        private static Indicator IndicatorOf(IndicatorStanding i, string plan) =>
            new(i.TargetId, i.PlanId, plan, i.Text, i.Unit, i.Horizon, i.Value, i.Max, i.Measure, i.Progress.Goal, i.Progress.State,
                i.Baseline, i.Values, Trajectory(i.Baseline, i.Horizon, i.Progress.Goal));
    }

    /// <summary>The straight line from the baseline to the goal at the horizon, a point a year.</summary>
    public static IReadOnlyList<TrajectoryPoint> Trajectory(IndicatorReading? baseline, int horizon, decimal? goal)
    {
        if (baseline is null || goal is not { } g || horizon <= baseline.Year)
        {
            return [];
        }

        var span = horizon - baseline.Year;
        return Enumerable.Range(baseline.Year, span + 1)
            .Select(y => new TrajectoryPoint(y, Math.Round(baseline.Value + (g - baseline.Value) * (y - baseline.Year) / span, 4)))
            .ToList();
    }
}
