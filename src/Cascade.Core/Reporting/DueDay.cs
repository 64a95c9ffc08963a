using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Cascade.Core.Reporting;

/// <summary>A day of the year a report is due ("trước ngày 30/11" is 30 November), written MM-DD.</summary>
public readonly record struct DueDay
{
    private DueDay(int month, int day)
    {
        Month = month;
        Day = day;
    }

    public int Month { get; }

    public int Day { get; }

    public static DueDay Of(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month runs from 1 to 12.");
        }

        // 29 February is allowed: in a common year it falls on 28 February (see InYear).
        if (day < 1 || day > Days.InMonth(2024, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Month {month} has no day {day}.");
        }

        return new DueDay(month, day);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out DueDay? dueDay)
    {
        dueDay = null;
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > Days.InMonth(2024, month))
        {
            return false;
        }

        dueDay = new DueDay(month, day);
        return true;
    }

    /// <summary>The date in a given year; 29 February becomes 28 February in a common year.</summary>
    public DateOnly InYear(int year) => new(year, Month, Math.Min(Day, Days.InMonth(year, Month)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}
