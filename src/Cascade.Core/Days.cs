namespace Cascade.Core;

/// <summary>Calendar arithmetic on DateOnly, so the core needs nothing of DateTime (and so nothing of a clock).</summary>
internal static class Days
{
    public static int InMonth(int year, int month) => new DateOnly(year, month, 1).AddMonths(1).AddDays(-1).Day;
}
