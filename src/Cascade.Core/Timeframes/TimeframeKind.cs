namespace Cascade.Core.Timeframes;

/// <summary>The kinds of timeframe a plan's appendix prints (shared/spec/plan-register.md).</summary>
public enum TimeframeKind
{
    /// <summary>Empty, silent about time, or a status ("Đã hoàn thành").</summary>
    Unspecified = 0,

    /// <summary>A result every year ("Hàng năm").</summary>
    Annual = 1,

    /// <summary>Continuous, never overdue ("Thường xuyên").</summary>
    Ongoing = 2,

    /// <summary>One completion date ("2024", "Quý II/2024").</summary>
    Deadline = 3,

    /// <summary>A span of years, due at its end ("2024-2030").</summary>
    Range = 4,

    /// <summary>Waits for an outside event ("sau khi Thủ tướng Chính phủ ban hành").</summary>
    Conditional = 5,
}

public static class TimeframeKindCodes
{
    public static string ToCode(this TimeframeKind kind) => kind switch
    {
        TimeframeKind.Annual => "annual",
        TimeframeKind.Ongoing => "ongoing",
        TimeframeKind.Deadline => "deadline",
        TimeframeKind.Range => "range",
        TimeframeKind.Conditional => "conditional",
        _ => "unspecified",
    };

    public static TimeframeKind FromCode(string? code) => code switch
    {
        "annual" => TimeframeKind.Annual,
        "ongoing" => TimeframeKind.Ongoing,
        "deadline" => TimeframeKind.Deadline,
        "range" => TimeframeKind.Range,
        "conditional" => TimeframeKind.Conditional,
        "unspecified" or null => TimeframeKind.Unspecified,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown timeframe kind."),
    };
}
