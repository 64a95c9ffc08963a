namespace Cascade.Core.Calendar;

/// <summary>
/// The statutory public holidays of a year for state agencies (Bộ luật Lao động 2019, Điều 112), with their
/// compensation days. The same rules are applied to every year, including years before they took effect.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Tết Dương lịch: 1 January.</item>
/// <item>Tết Nguyên đán, 5 days: the law leaves the exact days to the Prime Minister (Điều 112 khoản 3), whose yearly
/// decision usually takes one day before the lunar new year and four after it, sometimes two and three. The rule
/// applied here is the first: the last day of the old lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4.</item>
/// <item>Giỗ Tổ Hùng Vương: 10 March of the lunar calendar.</item>
/// <item>Ngày Chiến thắng 30 April and Ngày Quốc tế Lao động 1 May.</item>
/// <item>Quốc khánh: 2 September and one day next to it, also chosen by the Prime Minister; see <see cref="DayNextToNationalDay"/>.</item>
/// <item>Nghỉ bù (Điều 111 khoản 3): a holiday that falls on the weekly rest day (Saturday or Sunday for state
/// agencies, Quyết định 188/1999/QĐ-TTg) gives the next working day off, one for each such holiday.</item>
/// </list>
/// The Government's yearly decision may place Tết and Quốc khánh elsewhere and swap bridge days for Saturdays;
/// those are recorded as <see cref="CalendarAmendment"/>s, applied by <see cref="WorkingCalendar"/>.
/// </remarks>
public static class VietnameseHolidays
{
    private static readonly string[] NewYearDayNames =
    [
        "Tết Nguyên đán (mùng 1)",
        "Tết Nguyên đán (mùng 2)",
        "Tết Nguyên đán (mùng 3)",
        "Tết Nguyên đán (mùng 4)",
    ];

    /// <summary>The statutory days and compensation days of a Gregorian year, in date order.</summary>
    public static IReadOnlyList<Holiday> InYear(int year)
    {
        var statutory = StatutoryDays(year).OrderBy(h => h.Date).ToList();
        var daysOff = new HashSet<DateOnly>();
        var result = new List<Holiday>();
        var owed = new List<Holiday>();
        foreach (var holiday in statutory)
        {
            // Two holidays on one day (Giỗ Tổ met 30/4 in 1947; never again before 2200) count as one day off lost,
            // like one on a weekend: not written in the law, but the number of days off stays the statutory one.
            if (!daysOff.Add(holiday.Date))
            {
                owed.Add(holiday);
                continue;
            }

            result.Add(holiday);
            if (IsWeekend(holiday.Date))
            {
                owed.Add(holiday);
            }
        }

        foreach (var holiday in owed.OrderBy(h => h.Date))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || daysOff.Contains(day))
            {
                day = day.AddDays(1);
            }

            daysOff.Add(day);
            result.Add(new Holiday(day, "Nghỉ bù " + holiday.Name, HolidayKind.Compensation));
        }

        return [.. result.OrderBy(h => h.Date)];
    }

    /// <summary>
    /// The day off next to Quốc khánh (2/9): 3 September when 2 September is a Monday or a Thursday, 1 September
    /// otherwise, so that the two days join a weekend where they can. This matches every decision since the rule
    /// began: 2021 (Thu, 3/9), 2022 (Fri, 1/9), 2023 (Sat, 1/9), 2024 (Mon, 3/9), 2025 (Tue, 1/9).
    /// </summary>
    public static DateOnly DayNextToNationalDay(int year)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        return nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday
            ? nationalDay.AddDays(1)
            : nationalDay.AddDays(-1);
    }

    /// <summary>Saturday and Sunday, the weekly rest days of state agencies.</summary>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<Holiday> StatutoryDays(int year)
    {
        yield return Statutory(new DateOnly(year, 1, 1), "Tết Dương lịch");

        // Tết always falls between 21 January and 20 February, so its eve and first days lie in the same year.
        var newYear = LunarCalendar.LunarNewYear(year);
        var eve = newYear.AddDays(-1);
        var eveName = LunarCalendar.ToLunar(eve).Day == 30 ? "Tết Nguyên đán (30 tháng Chạp)" : "Tết Nguyên đán (29 tháng Chạp)";
        yield return Statutory(eve, eveName);
        for (var i = 0; i < NewYearDayNames.Length; i++)
        {
            yield return Statutory(newYear.AddDays(i), NewYearDayNames[i]);
        }

        yield return Statutory(LunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        yield return Statutory(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)");
        yield return Statutory(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        yield return Statutory(new DateOnly(year, 9, 2), "Quốc khánh (2/9)");
        yield return Statutory(DayNextToNationalDay(year), "Quốc khánh (ngày liền kề)");
    }

    private static Holiday Statutory(DateOnly date, string name) => new(date, name, HolidayKind.Statutory);
}
