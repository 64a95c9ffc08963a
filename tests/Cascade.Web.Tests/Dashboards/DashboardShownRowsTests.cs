using Cascade.Web.Pages.Dashboards;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>A country's dashboard lists its first rows and says how many there are in full.</summary>
public sealed class DashboardShownRowsTests
{
    private static Dashboard.Result WithOverdue(int overdue, int agencies) => new(
        DashboardKind.National, null, null, true, 2026, [2026], null, null, overdue, overdue, [],
        Enumerable.Range(1, agencies).Select(i => new Dashboard.AgencyStatuses(i, $"Sở {i}", true, agencies - i, [])).ToList(),
        new Dashboard.Reporting(0, null, null, false, 0, 0, 0, 0, []),
        [],
        Enumerable.Range(1, overdue).Select(i => new Dashboard.OverdueTask(i, 1, "1/KH", $"{i}", $"Nhiệm vụ {i}", null, null, null, overdue - i, null)).ToList(),
        []);

    [Fact]
    public void TheFirstRowsAreKeptAndTheTotalsStayThoseOfTheWhole()
    {
        var shown = WithOverdue(overdue: 150, agencies: 3).Shown(rows: 100, indicators: 50);

        Assert.Equal(100, shown.Overdue.Count);
        Assert.Equal("1", shown.Overdue[0].Ref);
        Assert.Equal(3, shown.ByLeadAgency.Count);
        Assert.Equal(new Dashboard.ListTotals(3, 0, 0, 150), shown.Totals);
    }
}
