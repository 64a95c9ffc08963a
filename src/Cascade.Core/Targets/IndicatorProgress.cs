using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Targets;

/// <summary>How a target's number is read: a level to reach, or a growth over the baseline.</summary>
public enum IndicatorMeasure
{
    /// <summary>"đóng góp 7% vào GRDP": the indicator itself should reach the value.</summary>
    Level = 0,

    /// <summary>"tăng ít nhất 20% số doanh nghiệp so với năm 2030": the baseline times 1 + value %.</summary>
    Growth = 1,
}

/// <summary>Where an indicator stands against its target.</summary>
public enum IndicatorState
{
    /// <summary>No value entered yet.</summary>
    NoValues = 0,

    /// <summary>Values but no baseline: the way travelled cannot be measured.</summary>
    NoBaseline = 1,

    /// <summary>At or ahead of the straight line from the baseline to the target.</summary>
    OnTrack = 2,

    /// <summary>Behind the straight line.</summary>
    OffTrack = 3,

    /// <summary>The target is reached.</summary>
    Achieved = 4,
}

/// <summary>A value of an indicator in a year.</summary>
public readonly record struct Measurement(int Year, decimal Value);

/// <summary>
/// An indicator's progress: the share of the way from the baseline to the target travelled by the
/// latest value, against the share a straight-line trajectory expects by that year.
/// </summary>
public sealed partial record IndicatorProgress(IndicatorState State, decimal? Goal, decimal? Share, decimal? ExpectedShare, Measurement? Baseline, Measurement? Latest)
{
    /// <summary>
    /// A growth when the clause says "tăng … %" (but not "tăng trưởng", which names GRDP growth, a
    /// level) or names the year it is measured against.
    /// </summary>
    public static IndicatorMeasure MeasureOf(string text, string unit, int? relativeTo)
    {
        if (unit != "%")
        {
            return IndicatorMeasure.Level;
        }

        return relativeTo is not null || GrowthWords().IsMatch(VietnameseText.FoldAccents(text).ToLowerInvariant())
            ? IndicatorMeasure.Growth
            : IndicatorMeasure.Level;
    }

    public static IndicatorProgress Of(Target target, Measurement? baseline, Measurement? latest) =>
        Evaluate(MeasureOf(target.Text, target.Unit, target.RelativeTo), target.Year, target.Value, baseline, latest);

    /// <param name="value">The target's value; of a range, the lower end, the least the plan accepts.</param>
    public static IndicatorProgress Evaluate(IndicatorMeasure measure, int horizon, decimal value, Measurement? baseline, Measurement? latest)
    {
        decimal? goal = measure == IndicatorMeasure.Level ? value
            : baseline is { } b ? b.Value * (1 + value / 100m) : null;
        if (baseline is null && latest is null)
        {
            return new(IndicatorState.NoValues, goal, null, null, null, null);
        }

        if (baseline is not { } start || goal is not { } g)
        {
            return new(IndicatorState.NoBaseline, goal, null, null, baseline, latest);
        }

        var current = latest is { } l && l.Year >= start.Year ? l : start;
        var span = g - start.Value;
        var share = span == 0 ? (current.Value >= g ? 1m : 0m) : (current.Value - start.Value) / span;
        var years = horizon - start.Year;
        var expected = years <= 0 ? 1m : Math.Clamp((decimal)(current.Year - start.Year) / years, 0m, 1m);
        var state = share >= 1m ? IndicatorState.Achieved
            : share >= expected ? IndicatorState.OnTrack
            : IndicatorState.OffTrack;
        return new(state, g, Math.Round(share, 4), Math.Round(expected, 4), start, latest);
    }

    [GeneratedRegex(@"\btang\b(?!\s+truong)[^%]{0,40}%")]
    private static partial Regex GrowthWords();
}
