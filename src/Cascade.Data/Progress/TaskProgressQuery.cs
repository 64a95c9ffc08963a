using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Cascade.Data.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Progress;

/// <summary>
/// A task's standing in a reporting year: the status the core engine gives it from its schedule and
/// the reports submitted, with the agency that holds it today and what its latest report says.
/// </summary>
public sealed record TaskProgress(
    int TaskId,
    int PlanId,
    string Ref,
    string? Group,
    string Title,
    Timeframe Timeframe,
    string? Product,
    int? LeadAgencyId,
    string? LeadName,
    string? LeadPrintedName,
    IReadOnlyList<string> Coordinating,
    ProgressStatus Status,
    DateOnly? DueOn,
    int? DaysOverdue,
    ReportedState? LatestState,
    int? LatestPercent,
    string? LatestResults,
    string? LatestDifficulties,
    string? LatestProposals);

/// <summary>
/// Classifies tasks for a year with <see cref="TaskStatusEngine"/>: the one place the dashboards,
/// the consolidated report, the exports and the review snapshots get statuses from. Detail for a
/// plan is computed on the spot; counts over many plans read the kept <see cref="TaskYearStatus"/>
/// rows, refreshed here from the same engine.
/// </summary>
/// <param name="stamp">
/// The database's stamp, so that rows another process removed are computed again; without it only
/// this process's saves are seen.
/// </param>
public sealed class TaskProgressQuery(CascadeDbContext db, DataStamp? stamp = null)
{
    private const int Batch = 4000;

    /// <param name="tasks">The tasks to classify, already narrowed to what the user may read; withdrawn ones are left out.</param>
    /// <param name="withReportTexts">
    /// Whether the latest report's results, difficulties and proposals are read: a report needs them, a
    /// dashboard over the country does not (a million reports' texts would be read for nothing).
    /// </param>
    public async Task<IReadOnlyList<TaskProgress>> ForYearAsync(IQueryable<PlanTask> tasks, int year, DateOnly asOf, CancellationToken cancellationToken, bool withReportTexts = true)
    {
        var loaded = await LoadAsync(tasks, year, asOf, withTexts: true, cancellationToken, withReportTexts);
        return loaded
            .Select(t =>
            {
                var status = TaskStatusEngine.StatusFor(t.Schedule, year, asOf, t.Reports.Select(r => r.Progress));
                var latest = t.Reports.Where(x => x.Progress.Year <= year).OrderByDescending(x => x.Progress.Year).ThenByDescending(x => x.SubmittedAt).FirstOrDefault();
                var due = t.Schedule.DueFor(year);
                var lead = t.Row.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead);
                return new TaskProgress(
                    t.Row.Id, t.Row.PlanId, t.Row.Ref, t.Row.Group, t.Row.Title, t.Row.Timeframe, t.Row.Product,
                    lead?.CurrentAgencyId, lead?.CurrentName, lead?.PrintedName,
                    t.Row.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.PrintedName).ToList(),
                    status, due,
                    status == ProgressStatus.Overdue && due is { } d ? asOf.DayNumber - d.DayNumber : null,
                    latest?.Progress.State, latest?.Progress.PercentDone, latest?.Results, latest?.Difficulties, latest?.Proposals);
            })
            .ToList();
    }

    /// <summary>
    /// The statuses of <paramref name="tasks"/> for the year as of today, as rows to count and group in
    /// the database. Rows missing or past their <see cref="TaskYearStatus.ValidUntil"/> are computed first.
    /// </summary>
    public async Task<IQueryable<TaskYearStatus>> StatusesAsync(IQueryable<PlanTask> tasks, int year, DateOnly today, CancellationToken cancellationToken)
    {
        await EnsureFreshAsync(year, today, cancellationToken);
        var ids = tasks.Where(t => t.WithdrawnAt == null).Select(t => t.Id);
        return db.TaskYearStatuses.AsNoTracking().Where(s => s.Year == year && ids.Contains(s.TaskId));
    }

    private async Task EnsureFreshAsync(int year, DateOnly today, CancellationToken cancellationToken)
    {
        var database = db.Database.GetConnectionString() ?? string.Empty;
        // Read before the rows are: a save made meanwhile, here or elsewhere, leaves the mark behind.
        var generation = TaskStatusCache.Generation;
        var mark = stamp is null ? string.Empty : await stamp.CurrentAsync(cancellationToken);
        if (TaskStatusCache.IsKnownFresh(database, year, today, mark))
        {
            return;
        }

        var missing = await db.Tasks.AsNoTracking()
            .Where(t => t.WithdrawnAt == null
                && !db.TaskYearStatuses.Any(s => s.TaskId == t.Id && s.Year == year && (s.ValidUntil == null || s.ValidUntil >= today)))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var chunk in missing.Chunk(Batch))
        {
            await RefreshAsync(chunk, year, today, cancellationToken);
        }

        TaskStatusCache.MarkFresh(database, year, today, generation, mark);
    }

    private async Task RefreshAsync(int[] taskIds, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db.Tasks.Where(t => taskIds.Contains(t.Id)), year, today, withTexts: false, cancellationToken);
        var rows = loaded.Select(t =>
            {
                var reports = t.Reports.Select(r => r.Progress).ToList();
                var status = TaskStatusEngine.StatusFor(t.Schedule, year, today, reports);
                return new TaskYearStatus
                {
                    TaskId = t.Row.Id,
                    Year = year,
                    PlanId = t.Row.PlanId,
                    Status = status,
                    DueOn = t.Schedule.DueFor(year),
                    LeadAgencyId = t.Row.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)?.CurrentAgencyId,
                    ValidUntil = ValidUntil(t.Schedule, year, today, status, reports),
                };
            })
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TaskYearStatuses.Where(s => s.Year == year && taskIds.Contains(s.TaskId)).ExecuteDeleteAsync(cancellationToken);
        db.TaskYearStatuses.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request refreshed the same tasks first; its rows are as good as ours.
            await transaction.RollbackAsync(cancellationToken);
        }
        finally
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// The last day the status stays as it is while only time passes: the day before the first of the
    /// days the engine could answer differently (a due day passing, a completion day arriving).
    /// </summary>
    public static DateOnly? ValidUntil(TaskSchedule schedule, int year, DateOnly today, ProgressStatus status, IReadOnlyList<ProgressReport> reports)
    {
        var turning = reports.SelectMany(r => new[] { r.SubmittedOn, r.DoneOn })
            .Append(schedule.DueFor(year)?.AddDays(1) ?? today)
            .Where(d => d > today)
            .Distinct()
            .Order();
        foreach (var day in turning)
        {
            if (TaskStatusEngine.StatusFor(schedule, year, day, reports) != status)
            {
                return day.AddDays(-1);
            }
        }

        return null;
    }

    private sealed record AssignmentRow(AssignmentRole Role, int CurrentAgencyId, string CurrentName, string PrintedName);

    private sealed record TaskRow(int Id, int PlanId, string Ref, string? Group, string Title, Timeframe Timeframe, string? Product, int Order, List<AssignmentRow> Assignments);

    private sealed record ReportRow(int TaskId, ProgressReport Progress, DateTimeOffset? SubmittedAt, string? Results, string? Difficulties, string? Proposals);

    private sealed record Loaded(TaskRow Row, TaskSchedule Schedule, IReadOnlyList<ReportRow> Reports);

    /// <param name="year">The year classified, taken as the start of an undated plan.</param>
    private async Task<IReadOnlyList<Loaded>> LoadAsync(IQueryable<PlanTask> tasks, int year, DateOnly asOf, bool withTexts, CancellationToken cancellationToken, bool withReportTexts = false)
    {
        withReportTexts &= withTexts;
        var rows = await tasks.Where(t => t.WithdrawnAt == null)
            .Select(t => new TaskRow(
                t.Id, t.PlanId, withTexts ? t.Ref : string.Empty, withTexts ? t.Group : null, withTexts ? t.Title : string.Empty,
                // Its columns, not the whole task: EF reads a task's every column (its title too) to give its timeframe.
                Timeframe.Restore(t.Timeframe.Kind, t.Timeframe.Text, t.Timeframe.From, t.Timeframe.To, t.Timeframe.Due),
                t.Product, t.Order,
                t.Assignments.OrderBy(a => a.Role).ThenBy(a => a.Order)
                    .Select(a => new AssignmentRow(a.Role, a.CurrentAgencyId, withTexts ? a.CurrentAgency!.Name : string.Empty, withTexts ? a.PrintedName : string.Empty))
                    .ToList()))
            .AsNoTracking()
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var plans = db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id));
        var planYears = await plans.ToDictionaryAsync(p => p.Id, p => p.Date != null ? p.Date.Value.Year : (int?)null, cancellationToken);
        var dueDays = await new ReportingQueries(db).AnnualDueDaysAsync(plans, cancellationToken);

        var taskIds = rows.Select(r => r.Id).ToList();
        var needProduct = rows.Where(r => IssuedProducts.NamesIssuedDocument(r.Product)).Select(r => r.Id).ToHashSet();
        var reports = (await db.Reports.AsNoTracking()
                .Where(r => taskIds.Contains(r.TaskId) && r.Status != ReportStatus.Draft && r.SubmittedOn != null && r.SubmittedOn <= asOf)
                .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new
                {
                    r.TaskId,
                    p.Year,
                    SubmittedOn = r.SubmittedOn!.Value,
                    r.SubmittedAt,
                    r.State,
                    r.PercentDone,
                    r.CompletedOn,
                    Results = withReportTexts ? r.Results : null,
                    Difficulties = withReportTexts ? r.Difficulties : null,
                    Proposals = withReportTexts ? r.Proposals : null,
                    HasProduct = db.ProductDocuments.Any(d => d.ReportId == r.Id),
                })
                .ToListAsync(cancellationToken))
            .Select(r => new ReportRow(r.TaskId, new ProgressReport(r.Year, r.SubmittedOn, r.State, r.PercentDone, r.CompletedOn, needProduct.Contains(r.TaskId) ? r.HasProduct : null), r.SubmittedAt, r.Results, r.Difficulties, r.Proposals))
            .ToLookup(r => r.TaskId);

        return rows
            .OrderBy(r => r.PlanId).ThenBy(r => r.Order)
            .Select(r => new Loaded(r, ReportingQueries.ScheduleOf(r.Timeframe, planYears[r.PlanId] ?? year, dueDays[r.PlanId]), reports[r.Id].ToList()))
            .ToList();
    }
}
