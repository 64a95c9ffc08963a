using System.Globalization;
using Cascade.Core.Reporting;

namespace Cascade.Data.Notifications;

/// <summary>
/// The Vietnamese wording of reminders and urging notices. They are stored and e-mailed as written,
/// read by the agencies of a Vietnamese province, so they are not translated per reader.
/// </summary>
public static class NoticeTexts
{
    public const string InboxLink = "/Inbox";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string PeriodName(PeriodKind kind, int year, int number) => kind switch
    {
        PeriodKind.Annual => Invariant($"năm {year}"),
        PeriodKind.Semiannual => Invariant($"6 tháng {(number == 1 ? "đầu" : "cuối")} năm {year}"),
        PeriodKind.Quarterly => Invariant($"quý {number} năm {year}"),
        _ => Invariant($"đột xuất năm {year}"),
    };

    /// <summary>"còn 2 ngày làm việc", "hạn nộp là hôm nay" or "đã quá hạn 1 ngày làm việc".</summary>
    public static string Timing(ReminderKind kind, int workingDays) => (kind, workingDays) switch
    {
        (ReminderKind.BeforeDue, 0) => "hạn nộp là hôm nay",
        (ReminderKind.BeforeDue, _) => Invariant($"còn {workingDays} ngày làm việc đến hạn"),
        _ => Invariant($"đã quá hạn {workingDays} ngày làm việc"),
    };

    /// <param name="workingDays">The working days left, or past the due day: what the agency reads, rather than the threshold.</param>
    public static Notice Reminder(Reminder reminder, int workingDays, string agency, string plan, string period) => new(
        reminder.AgencyId,
        "reminder",
        reminder.Kind == ReminderKind.BeforeDue
            ? $"Nhắc báo cáo {plan}, kỳ {period}: {Timing(reminder.Kind, workingDays)}"
            : $"Quá hạn báo cáo {plan}, kỳ {period}: {Timing(reminder.Kind, workingDays)}",
        Invariant($"Kính gửi {agency}: đơn vị còn {reminder.MissingCount} báo cáo chưa gửi của {plan}, kỳ báo cáo {period}. ")
            + $"Hạn nộp: {Date(reminder.DueOn)} ({Timing(reminder.Kind, workingDays)}). "
            + $"Đề nghị đơn vị vào Cascade, mục Hộp thư báo cáo ({InboxLink}), để hoàn thành báo cáo.",
        InboxLink,
        reminder.DedupKey);

    /// <summary>An urging notice: one per agency, period and day, so a second click the same day sends nothing.</summary>
    public static Notice Urging(OwedReports owed, DateOnly day, string agency, string plan, string period, string sender) => new(
        owed.AgencyId,
        "urge",
        $"Đôn đốc báo cáo {plan}, kỳ {period}",
        Invariant($"Kính gửi {agency}: {sender} đề nghị đơn vị khẩn trương gửi {owed.MissingCount} báo cáo còn thiếu của {plan}, kỳ báo cáo {period}, ")
            + $"hạn nộp {Date(owed.DueOn)}. Đề nghị đơn vị vào Cascade, mục Hộp thư báo cáo ({InboxLink}).",
        InboxLink,
        UrgingKey(owed.PeriodId, owed.AgencyId, day));

    public static string UrgingKey(int periodId, int agencyId, DateOnly day) =>
        Invariant($"urge:period {periodId}:agency {agencyId}:day {day:yyyy-MM-dd}");

    public static string PlanName(string? number, string title) =>
        number is { Length: > 0 } ? $"Kế hoạch số {number}" : title;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
