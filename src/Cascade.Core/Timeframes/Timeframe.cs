namespace Cascade.Core.Timeframes;

/// <summary>
/// When a task is expected to produce its result. Built only through the factory methods, so a
/// deadline always has its due date and a range always runs forwards.
/// </summary>
public sealed record Timeframe
{
    /// <summary>Years outside this window are typing errors, not plans.</summary>
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>Longest timeframe text kept, as printed in a table cell.</summary>
    public const int MaxTextLength = 500;

    private Timeframe(TimeframeKind kind, string? text, int? from, int? to, DateOnly? due)
    {
        if (text is { Length: > MaxTextLength })
        {
            throw new ArgumentException($"Timeframe text is longer than {MaxTextLength} characters.", nameof(text));
        }

        CheckYear(from, nameof(from));
        CheckYear(to, nameof(to));
        if (due is { } d)
        {
            CheckYear(d.Year, nameof(due));
        }

        Kind = kind;
        Text = text;
        From = from;
        To = to;
        Due = due;
    }

    public TimeframeKind Kind { get; }

    /// <summary>The cell as printed; null when the plan prints no timeframe at all.</summary>
    public string? Text { get; }

    /// <summary>First year of the work, when stated.</summary>
    public int? From { get; }

    /// <summary>Last year of the work, when stated.</summary>
    public int? To { get; }

    /// <summary>The completion date of a deadline or range.</summary>
    public DateOnly? Due { get; }

    public static Timeframe Unspecified(string? text = null) => new(TimeframeKind.Unspecified, text, null, null, null);

    public static Timeframe Annual(string? text, int? from = null, int? to = null)
    {
        CheckOrder(from, to);
        return new(TimeframeKind.Annual, text, from, to, null);
    }

    public static Timeframe Ongoing(string? text, int? from = null) => new(TimeframeKind.Ongoing, text, from, null, null);

    public static Timeframe Deadline(string? text, DateOnly due) => new(TimeframeKind.Deadline, text, null, null, due);

    /// <summary>A span of years; due at the end of the last year unless a precise end is given.</summary>
    public static Timeframe Range(string? text, int from, int to, DateOnly? due = null)
    {
        CheckOrder(from, to);
        var end = due ?? new DateOnly(to, 12, 31);
        if (end.Year != to)
        {
            throw new ArgumentException("A range ends in its last year.", nameof(due));
        }

        return new(TimeframeKind.Range, text, from, to, end);
    }

    public static Timeframe Conditional(string? text) => new(TimeframeKind.Conditional, text, null, null, null);

    /// <summary>Rebuilds a stored timeframe, applying the same rules as the factories.</summary>
    public static Timeframe Restore(TimeframeKind kind, string? text, int? from, int? to, DateOnly? due) => kind switch
    {
        TimeframeKind.Annual => Annual(text, from, to),
        TimeframeKind.Ongoing => Ongoing(text, from),
        TimeframeKind.Deadline => Deadline(text, due ?? throw new ArgumentException("A deadline needs its due date.", nameof(due))),
        TimeframeKind.Range => Range(text,
            from ?? throw new ArgumentException("A range needs its first year.", nameof(from)),
            to ?? throw new ArgumentException("A range needs its last year.", nameof(to)), due),
        TimeframeKind.Conditional => Conditional(text),
        _ => Unspecified(text),
    };

    private static void CheckYear(int? year, string name)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(name, year, $"A plan's years lie between {MinYear} and {MaxYear}.");
        }
    }

    private static void CheckOrder(int? from, int? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new ArgumentException($"A timeframe cannot run from {f} back to {t}.");
        }
    }
}
