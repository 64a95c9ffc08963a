namespace Cascade.Core.Calendar;

/// <summary>The days off and the amended working days of one year, ready for look-up.</summary>
internal sealed class CalendarYear
{
    private readonly HashSet<DateOnly> daysOff;
    private readonly HashSet<DateOnly> workedDays;

    public CalendarYear(int year, IReadOnlyCollection<CalendarAmendment> amendments)
    {
        workedDays = [.. amendments.Where(a => a.Kind == AmendmentKind.WorkingDay).Select(a => a.Date)];

        // A computed holiday the Government moved away is worked; an amended day off already off adds nothing.
        var holidays = VietnameseHolidays.InYear(year).Where(h => !workedDays.Contains(h.Date)).ToList();
        var computed = holidays.Select(h => h.Date).ToHashSet();
        holidays.AddRange(amendments
            .Where(a => a.Kind == AmendmentKind.DayOff && !computed.Contains(a.Date))
            .Select(a => new Holiday(a.Date, a.Reason, HolidayKind.Amended)));

        Holidays = [.. holidays.OrderBy(h => h.Date)];
        daysOff = [.. Holidays.Select(h => h.Date)];
    }

    public IReadOnlyList<Holiday> Holidays { get; }

    public bool IsWorkingDay(DateOnly date) =>
        workedDays.Contains(date) || (!VietnameseHolidays.IsWeekend(date) && !daysOff.Contains(date));
}
