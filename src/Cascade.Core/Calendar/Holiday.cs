namespace Cascade.Core.Calendar;

/// <summary>A day off; the name is Vietnamese because it is shown to users as it stands.</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);
