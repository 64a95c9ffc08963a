using Cascade.Data.Notifications;
using Cascade.Core.Reporting;
using Cascade.Data;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Periods;

/// <summary>
/// The coordinator's reporting periods: open a period by the plan's own due day or by the Decree
/// 09/2019 cut-offs, reopen one after it locked, or let one agency report late.
/// </summary>
public static class PeriodAdmin
{
    public sealed record PeriodRow(int Id, PeriodKind Kind, int Year, int Number, DateOnly DataFrom, DateOnly DataTo, DateOnly DueOn, PeriodPhase Phase,
        bool UsesDecree09, DateOnly? ReopenedUntil, IReadOnlyList<string> Exceptions);

    public sealed record PlanPeriods(int PlanId, string Plan, DueDay? PlanDueDay, IReadOnlyList<PeriodRow> Periods, IReadOnlyList<(int Id, string Name)> Agencies);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock, Cascade.Data.Reporting.ReportingQueries reporting)
    {
        public async Task<IReadOnlyList<PlanPeriods>> LoadAsync(CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var plans = await db.VisiblePlans(user.Scope)
                .Select(p => new { p.Id, p.AdministrativeUnitId, Name = p.Number != null ? p.Number.Text : p.Issuer })
                .ToListAsync(cancellationToken);
            var dueDays = await reporting.AnnualDueDaysAsync(db.VisiblePlans(user.Scope), cancellationToken);
            plans = plans.Where(p => user.Scope.CanManagePlan(p.AdministrativeUnitId)).ToList();
            var ids = plans.Select(p => p.Id).ToList();
            var periods = await db.Periods.AsNoTracking().Include(p => p.Exceptions).Where(p => ids.Contains(p.PlanId)).ToListAsync(cancellationToken);
            // A late report is allowed to the agency that holds the tasks today (the successor of the one named).
            var agencies = await db.Assignments.AsNoTracking().Where(a => a.Role == Core.Tasks.AssignmentRole.Lead)
                .Join(db.Tasks, a => a.TaskId, t => t.Id, (a, t) => new { t.PlanId, AgencyId = a.CurrentAgencyId, a.CurrentAgency!.Name })
                .Where(x => ids.Contains(x.PlanId)).Distinct().ToListAsync(cancellationToken);
            var names = agencies.GroupBy(a => a.AgencyId).ToDictionary(g => g.Key, g => g.First().Name);

            return plans.Select(p => new PlanPeriods(p.Id, p.Name, dueDays[p.Id],
                    periods.Where(x => x.PlanId == p.Id).OrderByDescending(x => x.Year).ThenBy(x => x.Kind).ThenBy(x => x.Number)
                        .Select(x => new PeriodRow(x.Id, x.Kind, x.Year, x.Number, x.DataFrom, x.DataTo, x.DueOn, x.Value.PhaseOn(today, x.ReopenedUntil), x.UsesDecree09,
                            x.ReopenedUntil, x.Exceptions.Select(e => $"{names.GetValueOrDefault(e.AgencyId, "?")} → {Display.Date(e.OpenUntil)}").ToList()))
                        .ToList(),
                    agencies.Where(a => a.PlanId == p.Id).Select(a => (a.AgencyId, a.Name)).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal).ToList()))
                .OrderBy(p => p.Plan, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Opens a period; "plan" uses the plan's yearly due day, the others the decree's windows.</summary>
        public async Task<string?> OpenAsync(int planId, int year, string scheme, int number, string? dueOn, CancellationToken cancellationToken)
        {
            var plan = await ManagedPlanAsync(planId, cancellationToken);
            if (plan is null)
            {
                return "Không tìm thấy kế hoạch trong phạm vi của bạn.";
            }

            if (year is < 2000 or > 2100)
            {
                return "Năm báo cáo không hợp lệ.";
            }

            ReportingPeriod period;
            try
            {
                var requested = Display.ParseDate(dueOn);
                if (scheme == "request" && requested is null)
                {
                    return "Báo cáo theo yêu cầu cần hạn nộp (dd/MM/yyyy).";
                }

                var requests = scheme == "request"
                    ? await db.Periods.CountAsync(p => p.PlanId == planId && p.Kind == PeriodKind.OnRequest && p.Year == requested!.Value.Year, cancellationToken)
                    : 0;
                period = scheme switch
                {
                    "request" => ReportingPeriods.OnRequest(requests + 1, requested!.Value),
                    "plan" when plan.Value.Due is { } due => ReportingPeriods.PlanYear(year, due),
                    "plan" => throw new ArgumentException("no due day"),
                    "semiannual" => ReportingPeriods.Decree09(PeriodKind.Semiannual, year, number),
                    "quarterly" => ReportingPeriods.Decree09(PeriodKind.Quarterly, year, number),
                    _ => ReportingPeriods.Decree09(PeriodKind.Annual, year),
                };
            }
            catch (ArgumentException)
            {
                return scheme == "plan" ? "Kế hoạch không quy định ngày báo cáo hằng năm; hãy chọn kỳ theo Nghị định 09/2019/NĐ-CP." : "Kỳ báo cáo không hợp lệ.";
            }

            if (await db.Periods.AnyAsync(p => p.PlanId == planId && p.Kind == period.Kind && p.Year == period.Year && p.Number == period.Number, cancellationToken))
            {
                return "Kỳ báo cáo này đã được mở.";
            }

            db.Periods.Add(new PlanPeriod(planId, period, usesDecree09: scheme != "plan"));
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        public async Task<string?> ReopenAsync(int periodId, string? until, CancellationToken cancellationToken)
        {
            var (period, day, error) = await PeriodAndDayAsync(periodId, until, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            if (day < period!.DueOn)
            {
                return "Ngày mở lại đến phải sau hạn báo cáo.";
            }

            period.Reopen(day!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        public async Task<string?> GrantAsync(int periodId, int agencyId, string? until, string? reason, CancellationToken cancellationToken)
        {
            var (period, day, error) = await PeriodAndDayAsync(periodId, until, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            period!.GrantException(agencyId, day!.Value, string.IsNullOrWhiteSpace(reason) ? "Gia hạn" : reason.Trim());
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private async Task<(PlanPeriod? Period, DateOnly? Day, string? Error)> PeriodAndDayAsync(int periodId, string? until, CancellationToken cancellationToken)
        {
            var period = await db.Periods.Include(p => p.Exceptions).FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
            if (period is null || await ManagedPlanAsync(period.PlanId, cancellationToken) is null)
            {
                return (null, null, "Không tìm thấy kỳ báo cáo trong phạm vi của bạn.");
            }

            if (Display.ParseDate(until) is not { } day)
            {
                return (null, null, "Ngày không đúng dạng ngày/tháng/năm (dd/MM/yyyy).");
            }

            return (period, day, null);
        }

        private async Task<(int Id, DueDay? Due)?> ManagedPlanAsync(int planId, CancellationToken cancellationToken)
        {
            var plan = await db.VisiblePlans(user.Scope).Where(p => p.Id == planId)
                .Select(p => new { p.Id, p.AdministrativeUnitId })
                .FirstOrDefaultAsync(cancellationToken);
            if (plan is null || !user.Scope.CanManagePlan(plan.AdministrativeUnitId))
            {
                return null;
            }

            var dueDays = await reporting.AnnualDueDaysAsync(db.Plans.AsNoTracking().Where(p => p.Id == planId), cancellationToken);
            return (plan.Id, dueDays[plan.Id]);
        }
    }
}
