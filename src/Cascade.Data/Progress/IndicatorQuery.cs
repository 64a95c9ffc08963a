using Cascade.Core.Targets;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Progress;

/// <summary>A measured value as shown: the figure, where it comes from, when, and who entered it (the value's id is its version).</summary>
public sealed record IndicatorReading(int Year, decimal Value, string Source, DateOnly MeasuredOn, int Id, Guid EnteredBy, DateTimeOffset EnteredAt);

/// <summary>A target of a plan read as an indicator: its goal, its values and where it stands.</summary>
public sealed record IndicatorStanding(
    int TargetId,
    int PlanId,
    int Horizon,
    string Text,
    decimal Value,
    decimal? Max,
    string Unit,
    int? RelativeTo,
    IndicatorMeasure Measure,
    int? ResponsibleAgencyId,
    string? ResponsibleAgencyName,
    bool IsPublished,
    IndicatorReading? Baseline,
    IReadOnlyList<IndicatorReading> Values,
    IndicatorProgress Progress);

/// <summary>
/// The indicators of a set of targets as of a year: the baseline, the yearly values up to the year,
/// and the core's <see cref="IndicatorProgress"/> from the latest of them. The one place pages,
/// reports and snapshots read indicators from.
/// </summary>
public sealed class IndicatorQuery(CascadeDbContext db)
{
    /// <param name="targets">The targets to read, already narrowed to what the user may read; withdrawn ones are left out.</param>
    /// <param name="upToYear">Values of later years are ignored (a report for 2025 reads the state of 2025); null reads all.</param>
    public async Task<IReadOnlyList<IndicatorStanding>> ForTargetsAsync(IQueryable<Target> targets, int? upToYear, CancellationToken cancellationToken)
    {
        var rows = await targets.Where(t => t.WithdrawnAt == null)
            .OrderBy(t => t.PlanId).ThenBy(t => t.Order)
            .Select(t => new
            {
                t.Id,
                t.PlanId,
                t.Year,
                t.Text,
                t.Value,
                t.Max,
                t.Unit,
                t.RelativeTo,
                t.ResponsibleAgencyId,
                Responsible = db.Agencies.Where(a => a.Id == t.ResponsibleAgencyId).Select(a => a.Name).FirstOrDefault(),
                t.IsPublished,
                Values = t.Values.Where(v => upToYear == null || v.IsBaseline || v.Year <= upToYear)
                    .Select(v => new { v.Id, v.Year, v.Value, v.IsBaseline, v.Source, v.MeasuredOn, v.EnteredBy, v.EnteredAt })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return rows.Select(t =>
            {
                var readings = t.Values.Select(v => (v.IsBaseline, Reading: new IndicatorReading(v.Year, v.Value, v.Source, v.MeasuredOn, v.Id, v.EnteredBy, v.EnteredAt))).ToList();
                var baseline = readings.Where(v => v.IsBaseline).Select(v => v.Reading).FirstOrDefault();
                var values = readings.Where(v => !v.IsBaseline).Select(v => v.Reading).OrderBy(v => v.Year).ToList();
                var measure = IndicatorProgress.MeasureOf(t.Text, t.Unit, t.RelativeTo);
                var latest = values.LastOrDefault();
                var progress = IndicatorProgress.Evaluate(measure, t.Year, t.Value,
                    baseline is null ? null : new Measurement(baseline.Year, baseline.Value),
                    latest is null ? null : new Measurement(latest.Year, latest.Value));
                return new IndicatorStanding(t.Id, t.PlanId, t.Year, t.Text, t.Value, t.Max, t.Unit, t.RelativeTo, measure,
                    t.ResponsibleAgencyId, t.Responsible, t.IsPublished, baseline, values, progress);
            })
            .ToList();
    }
}
