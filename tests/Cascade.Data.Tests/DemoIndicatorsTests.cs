using Cascade.Core.Targets;
using Cascade.Data.Progress;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

/// <summary>The demo plans' indicators have values to show, in each state a reader meets.</summary>
public sealed class DemoIndicatorsTests
{
    [Fact]
    public async Task TheDemoIndicatorsHaveBaselinesAndYearlyValuesWithTheirSource()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        await using var db = database.CreateContext();
        await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);

        var standings = await new IndicatorQuery(db).ForTargetsAsync(db.Targets, null, ct);

        Assert.Equal(9, standings.Count);
        Assert.All(standings, s => Assert.True(s.Baseline is not null || s.Values.Count > 0, s.Text));
        Assert.All(standings.SelectMany(s => s.Values.Append(s.Baseline!).OfType<IndicatorReading>()), v => Assert.StartsWith("Dữ liệu mẫu: ", v.Source, StringComparison.Ordinal));
        Assert.Equal(
            [IndicatorState.NoValues, IndicatorState.NoBaseline, IndicatorState.OnTrack, IndicatorState.OffTrack],
            standings.Select(s => s.Progress.State).Distinct().Order());
        var traVinh = await db.Plans.Where(p => p.NumberKey == "105/KH-UBND").Select(p => p.Id).SingleAsync(ct);
        var grdp = standings.First(s => s.PlanId == traVinh);
        Assert.Equal("Sở Khoa học và Công nghệ", grdp.ResponsibleAgencyName);
        Assert.True(grdp.IsPublished);
        Assert.Equal(IndicatorState.OffTrack, grdp.Progress.State);
    }
}
