namespace Cascade.Data.Notifications;

/// <summary>The day in Vietnam (UTC+7, no summer time): due days, reminders and "days left" follow the agencies' calendar, not the server's.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
