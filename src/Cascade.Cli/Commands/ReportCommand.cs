using System.CommandLine;
using System.Globalization;
using Cascade.Data.Notifications;
using Cascade.Export;
using Cascade.Export.ConsolidatedReport;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade report PLAN --year YEAR [--out FILE.docx] [--date YYYY-MM-DD]</c>: the consolidated
/// report of a plan's year, the .docx the Department of Science and Technology sends up.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan's id or its number and symbol (105/KH-UBND)." };
        var year = new Option<int>("--year", "-y") { Description = "The reporting year.", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The .docx to write (default: BaoCao_<number>_<year>.docx here)." };
        var date = new Option<string?>("--date")
        {
            Description = "The report's date, YYYY-MM-DD, printed in the date line; statuses are read as of it (default: today, and the date line is left to fill).",
        };
        var command = new Command("report", "Write the consolidated report of a plan's year (.docx, Decree 30/2020/NĐ-CP layout).") { plan, year, output, date };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            DateOnly? dated = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await error.WriteLineAsync($"--date: '{text}' is not a date YYYY-MM-DD.");
                    return 2;
                }

                dated = day;
            }

            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var found = await ReportPlanLookup.FindAsync(db, parse.GetValue(plan)!, ct);
            if (found.Error is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            var planId = found.PlanId!.Value;
            var today = VietnamTime.Today(TimeProvider.System);
            var asOf = dated ?? today;
            var reportYear = parse.GetValue(year);
            var years = (await ReportYears.OfPlanAsync(db, planId, asOf > today ? asOf : today, ct))!;
            if (!years.Contains(reportYear))
            {
                await error.WriteLineAsync($"--year: plan {found.Name} can be reported for {years.First} to {years.Last}, not {reportYear}.");
                return 2;
            }

            var model = (await new ConsolidatedReportQuery(db).BuildAsync(planId, db.Tasks, reportYear, asOf, dated, ct))!;
            var file = parse.GetValue(output)?.FullName
                ?? Path.GetFullPath(ExportFileName.For("BaoCao", model.Plan.Number, planId, reportYear, "docx"));
            await using (var stream = File.Create(file))
            {
                ConsolidatedReportDocument.Write(model, stream);
            }

            var tasks = model.Tasks.ToList();
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {file}: {tasks.Count} tasks in {model.Groups.Count} group(s), {tasks.Count(t => t.Status == Core.Progress.ProgressStatus.Overdue)} overdue; "
                + $"{model.Reporting.OnTime + model.Reporting.Late}/{model.Reporting.Expected} reports in, {model.Indicators.Count} indicator(s)."));
            return 0;
        });
        return command;
    }
}
