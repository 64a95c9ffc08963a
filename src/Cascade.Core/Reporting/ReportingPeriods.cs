namespace Cascade.Core.Reporting;

/// <summary>
/// The periods a reporting duty gives. Two schemes, the coordinator's choice (design notes §5):
/// the plan's own yearly due day (Trà Vinh 30/11, An Giang 10/12), covering the calendar year; or
/// the data cut-off periods of Decree 09/2019/NĐ-CP (annual 15/12 of the previous year to 14/12,
/// six-month 15/12 to 14/6, quarters from the 15th of the quarter's previous last month to the 14th
/// of its last month).
/// </summary>
public static class ReportingPeriods
{
    /// <summary>The yearly period of a plan that sets its own due day.</summary>
    public static ReportingPeriod PlanYear(int year, DueDay dueDay, int lockAfterDays = 30) =>
        new(PeriodKind.Annual, year, 1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), dueDay.InYear(year), lockAfterDays);

    /// <summary>
    /// A Decree 09 period. The decree fixes the data window; the sending deadline is set by whoever
    /// asks for the report, so it is given here as days after the cut-off (by default the day after).
    /// </summary>
    public static ReportingPeriod Decree09(PeriodKind kind, int year, int number = 1, int dueDaysAfterCutOff = 1, int lockAfterDays = 30)
    {
        var (from, to) = kind switch
        {
            PeriodKind.Annual when number == 1 => (new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14)),
            PeriodKind.Semiannual when number == 1 => (new DateOnly(year - 1, 12, 15), new DateOnly(year, 6, 14)),
            PeriodKind.Semiannual when number == 2 => (new DateOnly(year, 6, 15), new DateOnly(year, 12, 14)),
            PeriodKind.Quarterly when number is >= 1 and <= 4 => (new DateOnly(year, 3 * number, 15).AddMonths(-3), new DateOnly(year, 3 * number, 14)),
            _ => throw new ArgumentOutOfRangeException(nameof(number), number, $"A {kind} period has no number {number}."),
        };
        return new ReportingPeriod(kind, year, number, from, to, to.AddDays(dueDaysAfterCutOff), lockAfterDays);
    }

    /// <summary>
    /// A report asked for on request ("báo cáo khi có yêu cầu"): it covers the year up to the day the
    /// coordinator names and is due then; <paramref name="number"/> tells several requests of a year apart.
    /// </summary>
    public static ReportingPeriod OnRequest(int number, DateOnly dueOn, int lockAfterDays = 30) =>
        new(PeriodKind.OnRequest, dueOn.Year, number, new DateOnly(dueOn.Year, 1, 1), dueOn, dueOn, lockAfterDays);

    /// <summary>The periods a duty gives over the years of a plan, in order.</summary>
    public static IReadOnlyList<ReportingPeriod> ForYears(ReportingFrequency frequency, DueDay? planDueDay, bool useDecree09, int firstYear, int lastYear)
    {
        var periods = new List<ReportingPeriod>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            switch (frequency)
            {
                case ReportingFrequency.Annual or ReportingFrequency.Periodic when !useDecree09 && planDueDay is { } due:
                    periods.Add(PlanYear(year, due));
                    break;
                case ReportingFrequency.Annual or ReportingFrequency.Periodic:
                    periods.Add(Decree09(PeriodKind.Annual, year));
                    break;
                case ReportingFrequency.Semiannual:
                    periods.Add(Decree09(PeriodKind.Semiannual, year, 1));
                    periods.Add(Decree09(PeriodKind.Semiannual, year, 2));
                    break;
                case ReportingFrequency.Quarterly:
                    periods.AddRange(Enumerable.Range(1, 4).Select(q => Decree09(PeriodKind.Quarterly, year, q)));
                    break;
                default:
                    break; // monthly and on-request periods are opened by the coordinator one at a time
            }
        }

        return periods;
    }
}
