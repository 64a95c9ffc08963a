using System.CommandLine;
using System.Globalization;
using Cascade.Core.Reporting;
using Cascade.Data.Calendar;
using Cascade.Data.Notifications;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade remind</c>: the reminders of a day, as the web app's hourly job makes them. With
/// <c>--dry-run</c> it only prints them, per agency, to check the settings and the calendar first.
/// </summary>
internal static class RemindCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the reminders that would go out; change nothing." };
        var on = new Option<string?>("--on") { Description = "The day, YYYY-MM-DD (default: today in Vietnam, UTC+7)." };
        var command = new Command("remind", "Create the reporting reminders of a day (notifications and e-mails to send), like the web app's job.")
        {
            dryRun,
            on,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            DateOnly day;
            if (parse.GetValue(on) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"--on: '{text}' is not a date YYYY-MM-DD.");
                    return 2;
                }
            }
            else
            {
                day = VietnamTime.Today(TimeProvider.System);
            }

            await using var db = await DatabaseOptions.OpenAsync(parse, ct);
            var service = new ReminderService(db, new WorkingCalendarSource(db), new NoticeWriter(db, TimeProvider.System));
            var policy = ReminderPolicy.Default;
            if (parse.GetValue(dryRun))
            {
                var planned = await service.PlanAsync(day, policy, ct);
                await PrintAsync(output, day, planned);
                return 0;
            }

            var (reminders, created) = await service.SendAsync(day, policy, ct);
            await PrintAsync(output, day, reminders);
            await output.WriteLineAsync(Invariant($"Created {created.Notifications} new notifications and {created.Emails} e-mails to send ({reminders.Count - created.Notifications} already sent)."));
            return 0;
        });
        return command;
    }

    private static async Task PrintAsync(TextWriter output, DateOnly day, IReadOnlyList<PlannedReminder> reminders)
    {
        await output.WriteLineAsync(Invariant($"Reminders of {day:dd/MM/yyyy}: {reminders.Count} to {reminders.Select(r => r.Reminder.AgencyId).Distinct().Count()} agencies."));
        foreach (var agency in reminders.GroupBy(r => (r.Reminder.AgencyId, r.AgencyName)))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(agency.Key.AgencyName);
            foreach (var r in agency)
            {
                var when = r.Reminder.Kind == ReminderKind.BeforeDue
                    ? Invariant($"before due, {r.WorkingDays} working days left (reminder at {r.Reminder.WorkingDays})")
                    : Invariant($"after due, {r.WorkingDays} working days late (reminder at {r.Reminder.WorkingDays})");
                await output.WriteLineAsync(Invariant($"  {r.Plan}, {r.Period}: due {r.Reminder.DueOn:dd/MM/yyyy}, {when}, {r.Reminder.MissingCount} reports missing"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
