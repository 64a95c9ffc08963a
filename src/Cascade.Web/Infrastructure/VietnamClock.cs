namespace Cascade.Web.Infrastructure;

/// <summary>The date in Vietnam (UTC+7, no daylight saving), the date every due day is judged on.</summary>
public static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
