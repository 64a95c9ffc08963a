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

    /// <summary>"giảm 30% lượng hóa chất": the baseline times 1 − value %.</summary>
    Reduction = 2,
}

/// <summary>Where an indicator stands against its target.</summary>
public enum IndicatorState
{
    /// <summary>No value measured since the baseline (there may be a baseline alone).</summary>
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
    /// A growth when the clause says "tăng … %" (but not "tăng trưởng", which names GRDP growth, nor
    /// "tăng lên …%", a level to reach) or names the year it is measured against; a reduction when it
    /// says "giảm … %" (but not "giảm … xuống còn …%", a level again).
    /// </summary>
    public static IndicatorMeasure MeasureOf(string text, string unit, int? relativeTo)
    {
        if (unit != "%")
        {
            return IndicatorMeasure.Level;
        }

        var folded = VietnameseText.FoldAccents(text).ToLowerInvariant();
        if (relativeTo is not null || GrowthWords().IsMatch(folded))
        {
            return IndicatorMeasure.Growth;
        }

        return ReductionWords().IsMatch(folded) ? IndicatorMeasure.Reduction : IndicatorMeasure.Level;
    }

    public static IndicatorProgress Of(Target target, Measurement? baseline, Measurement? latest) =>
        Evaluate(MeasureOf(target.Text, target.Unit, target.RelativeTo), target.Year, target.Value, baseline, latest);

    /// <param name="value">The target's value; of a range, the lower end, the least the plan accepts.</param>
    /// <param name="baseline">The value the plan starts from; for a growth against a named year, that year's value.</param>
    /// <param name="latest">The latest yearly value; one older than the baseline says nothing about the way since.</param>
    public static IndicatorProgress Evaluate(IndicatorMeasure measure, int horizon, decimal value, Measurement? baseline, Measurement? latest)
    {
        decimal? goal = measure switch
        {
            IndicatorMeasure.Level => value,
            _ when baseline is null => null,
            IndicatorMeasure.Growth => baseline.Value.Value * (1 + value / 100m),
            _ => baseline.Value.Value * (1 - value / 100m),
        };
        if (latest is null && baseline is null)
        {
            return new(IndicatorState.NoValues, goal, null, null, null, null);
        }

        if (baseline is not { } start || goal is not { } g)
        {
            return new(IndicatorState.NoBaseline, goal, null, null, baseline, latest);
        }

        if (latest is not { } current || current.Year < start.Year)
        {
            return new(IndicatorState.NoValues, goal, null, null, start, latest);
        }

        var span = g - start.Value;
        var share = span == 0 ? (current.Value >= g ? 1m : 0m) : (current.Value - start.Value) / span;
        var years = horizon - start.Year;
        var expected = years <= 0 ? 1m : Math.Clamp((decimal)(current.Year - start.Year) / years, 0m, 1m);
        var state = share >= 1m ? IndicatorState.Achieved
            : share >= expected ? IndicatorState.OnTrack
            : IndicatorState.OffTrack;
        return new(state, g, Math.Round(share, 4), Math.Round(expected, 4), start, current);
    }

    [GeneratedRegex(@"\btang\b(?!\s+(?:truong|len)\b)[^%]{0,40}%")]
    private static partial Regex GrowthWords();

    [GeneratedRegex(@"\bgiam\b(?:(?!\b(?:xuong|con)\b)[^%]){0,40}%")]
    private static partial Regex ReductionWords();
}
