using System.Globalization;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Export;
using Cascade.Export.ConsolidatedReport;
using Cascade.Export.Registers;
using Cascade.Export.Reports;
using Cascade.Export.Tables;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Exports;

/// <summary>
/// The files people take away: the consolidated report of a plan's year (.docx), the plan's task
/// register with the year's statuses and a period's reports (each as XLSX, CSV or JSON). Only what
/// the reader may see: a plan outside their scope is not found, and the tasks are narrowed to theirs.
/// </summary>
public static class ExportFiles
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record Download(byte[] Content, string ContentType, string FileName);

    /// <summary>A file, or why not: not found (outside the reader's scope too), or an input to correct (a Vietnamese text with its arguments).</summary>
    public sealed record Outcome(Download? File, bool NotFound, string? Problem, object[] ProblemArguments)
    {
        public static Outcome Missing { get; } = new(null, true, null, []);

        public static Outcome Of(Download file) => new(file, false, null, []);

        public static Outcome Refused(string problem, params object[] arguments) => new(null, false, problem, arguments);
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Outcome> ReportAsync(int planId, string? yearText, string? dateText, CancellationToken cancellationToken)
        {
            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(dateText))
            {
                date = Display.ParseDate(dateText);
                if (date is null)
                {
                    return Outcome.Refused("Ngày báo cáo phải có dạng dd/MM/yyyy.");
                }
            }

            var checkedYear = await YearAsync(planId, yearText, date, cancellationToken);
            if (checkedYear.Outcome is { } refused)
            {
                return refused;
            }

            var year = checkedYear.Year;
            var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.VisibleTasks(user.Scope), year, date ?? clock.Today(), date, cancellationToken))!;
            return Outcome.Of(new Download(ConsolidatedReportDocument.Write(model), Docx, ExportFileName.For("BaoCao", model.Plan.Number, planId, year, "docx")));
        }

        public async Task<Outcome> RegisterAsync(int planId, string? yearText, string? format, CancellationToken cancellationToken)
        {
            var checkedYear = await YearAsync(planId, yearText, null, cancellationToken);
            if (checkedYear.Outcome is { } refused)
            {
                return refused;
            }

            if (Format(format) is not { } kind)
            {
                return BadFormat();
            }

            var register = (await TaskRegister.ReadAsync(db, planId, db.VisibleTasks(user.Scope), checkedYear.Year, clock.Today(), cancellationToken))!;
            return Outcome.Of(File(kind, register.ToTable(), register.ToJson, ExportFileName.For("DanhMucNhiemVu", register.Plan, planId, register.Year, kind)));
        }

        public async Task<Outcome> PeriodAsync(int periodId, string? format, CancellationToken cancellationToken)
        {
            var visiblePlans = db.VisiblePlans(user.Scope).Select(p => p.Id);
            if (!await db.Periods.AnyAsync(p => p.Id == periodId && visiblePlans.Contains(p.PlanId), cancellationToken))
            {
                return Outcome.Missing;
            }

            if (Format(format) is not { } kind)
            {
                return BadFormat();
            }

            var reports = (await PeriodReports.ReadAsync(db, periodId, db.VisibleTasks(user.Scope), cancellationToken))!;
            return Outcome.Of(File(kind, reports.ToTable(), reports.ToJson, ExportFileName.For("BaoCaoKy", reports.Plan, reports.PlanId, reports.Year, kind)));
        }

        /// <summary>The year asked for, if the plan is the reader's and the year one it can be reported on.</summary>
        private async Task<(int Year, Outcome? Outcome)> YearAsync(int planId, string? yearText, DateOnly? date, CancellationToken cancellationToken)
        {
            if (!await db.VisiblePlans(user.Scope).AnyAsync(p => p.Id == planId, cancellationToken))
            {
                return (0, Outcome.Missing);
            }

            var today = clock.Today();
            var years = (await ReportYears.OfPlanAsync(db, planId, date > today ? date.Value : today, cancellationToken))!;
            return int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && years.Contains(year)
                ? (year, null)
                : (0, Outcome.Refused("Năm báo cáo phải là một số từ {0} đến {1}.", years.First, years.Last));
        }

        private static string? Format(string? format) => format?.Trim().ToLowerInvariant() switch
        {
            "xlsx" or null or "" => "xlsx",
            "csv" => "csv",
            "json" => "json",
            _ => null,
        };

        private static Outcome BadFormat() => Outcome.Refused("Định dạng tải về phải là xlsx, csv hoặc json.");

        private static Download File(string kind, ExportTable table, Func<byte[]> json, string name) => kind switch
        {
            "csv" => new Download(table.ToCsv(), "text/csv; charset=utf-8", name),
            "json" => new Download(json(), "application/json; charset=utf-8", name),
            _ => new Download(table.ToXlsx(), Xlsx, name),
        };
    }
}
