using Cascade.Core.Progress;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Reporting;
using Cascade.Export.Tables;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export.Reports;

/// <summary>
/// One task's report in a period: who reports, where the report stands and what it says. A task
/// that owes a report and has none is a row too, "Chưa báo cáo", so the file shows who is behind.
/// A draft is the agency's own until sent: its status shows, its content does not.
/// </summary>
public sealed record PeriodReport(
    string Ref,
    string Title,
    string Agency,
    ReportStatus? Status,
    string StatusText,
    ReportedState? State,
    string? StateText,
    int? Percent,
    DateOnly? SubmittedOn,
    bool IsLate,
    string? Results,
    string? Difficulties,
    string? Proposals);

/// <summary>The reports of a reporting period (the JSON export's shape).</summary>
public sealed record PeriodReports(int PeriodId, int PlanId, string? Plan, int Year, DateOnly DueOn, IReadOnlyList<PeriodReport> Reports)
{
    public ExportTable ToTable() => new(
        "Báo cáo của kỳ",
        [
            new ExportColumn("TT", 8),
            new ExportColumn("Nội dung nhiệm vụ", 50),
            new ExportColumn("Cơ quan báo cáo", 28),
            new ExportColumn("Tình trạng thực hiện", 18),
            new ExportColumn("% hoàn thành", 12, ColumnKind.Number),
            new ExportColumn("Ngày gửi", 13, ColumnKind.Date),
            new ExportColumn("Gửi muộn", 10),
            new ExportColumn("Trạng thái báo cáo", 22),
            new ExportColumn("Kết quả", 50),
            new ExportColumn("Khó khăn, vướng mắc", 40),
            new ExportColumn("Đề xuất, kiến nghị", 40),
        ],
        Reports.Select(r => (IReadOnlyList<object?>)
        [
            r.Ref, r.Title, r.Agency, r.StateText, r.Percent, r.SubmittedOn, r.IsLate ? "Có" : null, r.StatusText, r.Results, r.Difficulties, r.Proposals,
        ]).ToList());

    public byte[] ToJson() => ExportJson.Write(this);

    /// <param name="tasks">The tasks the reader may see; reports of other tasks are left out.</param>
    /// <returns>Null when there is no such period.</returns>
    public static async Task<PeriodReports?> ReadAsync(CascadeDbContext db, int periodId, IQueryable<PlanTask> tasks, CancellationToken cancellationToken)
    {
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return null;
        }

        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == period.PlanId).Select(p => p.Number).FirstAsync(cancellationToken);
        var visible = await tasks.Where(t => t.PlanId == period.PlanId && t.WithdrawnAt == null)
            .Select(t => new { t.Id, t.Ref, t.Title, t.Order })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var expected = (await new ReportingQueries(db).ExpectedAsync(period, cancellationToken)).Where(e => visible.ContainsKey(e.TaskId)).ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => r.PeriodId == periodId)
            .Select(r => new { r.TaskId, r.AgencyId, r.Status, r.State, r.PercentDone, r.SubmittedOn, r.IsLate, r.Results, r.Difficulties, r.Proposals })
            .ToListAsync(cancellationToken);
        reports = reports.Where(r => visible.ContainsKey(r.TaskId)).ToList();

        var agencyIds = expected.Select(e => e.ReportingAgencyId).Concat(reports.Select(r => r.AgencyId)).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var byTask = reports.ToDictionary(r => r.TaskId);
        var taskIds = expected.Select(e => e.TaskId).Union(reports.Select(r => r.TaskId)).OrderBy(id => visible[id].Order).ToList();

        var rows = taskIds.Select(id =>
        {
            var task = visible[id];
            if (!byTask.TryGetValue(id, out var r))
            {
                var owed = expected.First(e => e.TaskId == id);
                return new PeriodReport(task.Ref, task.Title, names[owed.ReportingAgencyId], null, DocumentWords.Of((ReportStatus?)null), null, null, null, null, false, null, null, null);
            }

            var sent = r.Status != ReportStatus.Draft;
            return new PeriodReport(task.Ref, task.Title, names[r.AgencyId], r.Status, DocumentWords.Of(r.Status),
                sent ? r.State : null, sent ? DocumentWords.Of(r.State) : null, sent ? r.PercentDone : null, r.SubmittedOn, r.IsLate,
                sent ? r.Results : null, sent ? r.Difficulties : null, sent ? r.Proposals : null);
        }).ToList();
        return new PeriodReports(period.Id, period.PlanId, plan?.Text, period.Year, period.DueOn, rows);
    }
}
