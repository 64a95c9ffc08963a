namespace Cascade.Core.Calendar;

/// <summary>
/// A change to the computed calendar of one day, kept as data: each year the Government fixes the exact days of
/// Tết and Quốc khánh and may swap a bridge day for a Saturday, which the rules alone cannot know.
/// </summary>
public sealed record CalendarAmendment
{
    public CalendarAmendment(DateOnly date, AmendmentKind kind, string reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of amendment.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Date = date;
        Kind = kind;
        Reason = reason.Trim();
    }

    public DateOnly Date { get; }

    public AmendmentKind Kind { get; }

    /// <summary>Why, in Vietnamese, usually the decision that made it (e.g. "Thông báo 6150/TB-BLĐTBXH").</summary>
    public string Reason { get; }
}
