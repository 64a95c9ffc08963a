using Cascade.Core.Calendar;

namespace Cascade.Data.Calendar;

/// <summary>
/// A stored <see cref="CalendarAmendment"/>: the administrator records each year's decisions (the exact days of
/// Tết, a swapped bridge day) as rows, so the working calendar follows them without a release.
/// </summary>
public sealed class CalendarDay
{
    public int Id { get; set; }

    /// <summary>One amendment a day (unique).</summary>
    public DateOnly Date { get; set; }

    public AmendmentKind Kind { get; set; }

    public string Reason { get; set; } = string.Empty;

    public CalendarAmendment ToAmendment() => new(Date, Kind, Reason);
}
