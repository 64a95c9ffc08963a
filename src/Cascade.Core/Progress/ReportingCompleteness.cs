namespace Cascade.Core.Progress;

/// <summary>A report the period expects: a task's lead agency owes one.</summary>
public sealed record ExpectedReport(int TaskId, int AgencyId);

/// <summary>A report that arrived for the period (submitted, whatever its review).</summary>
public sealed record ArrivedReport(int TaskId, int AgencyId, bool IsLate);

/// <summary>How one agency stands in a period: reports on time, late, missing.</summary>
public sealed record AgencyCompleteness(int AgencyId, int Expected, int OnTime, int Late, int Missing)
{
    /// <summary>Share of expected reports that arrived, 0..1 (1 when nothing was expected).</summary>
    public double Completeness => Expected == 0 ? 1 : (OnTime + Late) / (double)Expected;

    /// <summary>Share of expected reports that arrived by the due day, 0..1.</summary>
    public double Timeliness => Expected == 0 ? 1 : OnTime / (double)Expected;
}

/// <summary>Completeness and timeliness of a period, per agency (as DHIS2 reports them).</summary>
public static class ReportingCompleteness
{
    public static IReadOnlyList<AgencyCompleteness> ByAgency(IEnumerable<ExpectedReport> expected, IEnumerable<ArrivedReport> arrived)
    {
        var arrivedByKey = arrived.GroupBy(a => (a.TaskId, a.AgencyId)).ToDictionary(g => g.Key, g => g.All(a => a.IsLate));
        return expected.Distinct()
            .GroupBy(e => e.AgencyId)
            .Select(g =>
            {
                var onTime = g.Count(e => arrivedByKey.TryGetValue((e.TaskId, e.AgencyId), out var late) && !late);
                var lateCount = g.Count(e => arrivedByKey.TryGetValue((e.TaskId, e.AgencyId), out var late) && late);
                return new AgencyCompleteness(g.Key, g.Count(), onTime, lateCount, g.Count() - onTime - lateCount);
            })
            .OrderBy(c => c.AgencyId)
            .ToList();
    }
}
