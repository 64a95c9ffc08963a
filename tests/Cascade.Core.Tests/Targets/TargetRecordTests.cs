using Cascade.Core.Targets;

namespace Cascade.Core.Tests.Targets;

/// <summary>Recording an indicator's baseline and yearly values: one figure per year counts.</summary>
public sealed class TargetRecordTests
{
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid Reporter = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static Target Share() => new(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);

    [Fact]
    public void TheFirstValueOfAYearReplacesNothing()
    {
        var target = Share();

        var replaced = target.Record(2025, 4.1m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 10), Reporter, Monday);

        Assert.Null(replaced);
        var value = Assert.Single(target.Values);
        Assert.Equal((2025, 4.1m, "Niên giám thống kê 2025", Reporter), (value.Year, value.Value, value.Source, value.EnteredBy));
    }

    [Fact]
    public void ANewerFigureForAYearReplacesTheEarlierOneAndHandsItBack()
    {
        var target = Share();
        target.Record(2025, 4.1m, isBaseline: false, "Ước tính của Sở", new DateOnly(2025, 12, 1), Reporter, Monday.AddMonths(-3));

        var replaced = target.Record(2025, 4.4m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 10), Coordinator, Monday);

        Assert.NotNull(replaced);
        Assert.Equal((4.1m, "Ước tính của Sở", Reporter), (replaced.Value, replaced.Source, replaced.EnteredBy));
        var value = Assert.Single(target.Values);
        Assert.Equal((4.4m, Coordinator), (value.Value, value.EnteredBy));
    }

    [Fact]
    public void OtherYearsAndTheBaselineStayWhenAYearIsRecorded()
    {
        var target = Share();
        target.Record(2023, 2.5m, isBaseline: true, "Báo cáo của Sở KH&CN", new DateOnly(2024, 1, 15), Coordinator, Monday);
        target.Record(2024, 3.0m, isBaseline: false, "Niên giám thống kê 2024", new DateOnly(2025, 2, 10), Reporter, Monday);

        target.Record(2025, 3.6m, isBaseline: false, "Niên giám thống kê 2025", new DateOnly(2026, 2, 10), Reporter, Monday);

        Assert.Equal([(2023, true), (2024, false), (2025, false)], target.Values.OrderBy(v => v.Year).Select(v => (v.Year, v.IsBaseline)));
    }

    [Fact]
    public void AnIndicatorHasOneBaselineANewOneReplacesItWhateverItsYear()
    {
        var target = Share();
        target.Record(2023, 2.5m, isBaseline: true, "Ước tính", new DateOnly(2024, 1, 15), Coordinator, Monday);

        var replaced = target.Record(2024, 2.8m, isBaseline: true, "Niên giám thống kê 2024", new DateOnly(2025, 2, 10), Coordinator, Monday);

        Assert.Equal(2023, replaced?.Year);
        Assert.Equal((2024, 2.8m), target.Values.Where(v => v.IsBaseline).Select(v => (v.Year, v.Value)).Single());
    }

    [Fact]
    public void TheBaselineAndTheValueOfTheSameYearAreTwoFigures()
    {
        var target = Share();
        target.Record(2024, 2.8m, isBaseline: true, "Niên giám thống kê 2024", new DateOnly(2025, 2, 10), Coordinator, Monday);

        var replaced = target.Record(2024, 2.8m, isBaseline: false, "Niên giám thống kê 2024", new DateOnly(2025, 2, 10), Coordinator, Monday);

        Assert.Null(replaced);
        Assert.Equal(2, target.Values.Count);
    }

    [Fact]
    public void TheCurrentValueOfAYearIsTheOneThatStands()
    {
        var target = Share();
        target.Record(2025, 4.1m, isBaseline: false, "Ước tính", new DateOnly(2025, 12, 1), Reporter, Monday);

        Assert.Equal(4.1m, target.ValueOf(2025, isBaseline: false)?.Value);
        Assert.Null(target.ValueOf(2026, isBaseline: false));
        Assert.Null(target.ValueOf(2025, isBaseline: true));
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void AYearOutsideTheRecordsOfTheSystemIsABug(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Share().Record(year, 1m, isBaseline: false, "Nguồn", new DateOnly(2025, 1, 1), Reporter, Monday));
    }

    [Fact]
    public void AValueNeedsASource()
    {
        Assert.ThrowsAny<ArgumentException>(() => Share().Record(2025, 1m, isBaseline: false, "  ", new DateOnly(2025, 1, 1), Reporter, Monday));
    }

    [Fact]
    public void TheResponsibleAgencyAndPublicationAreTheCoordinatorsChoice()
    {
        var target = Share();

        target.AssignResponsibility(12);
        target.Publish(true);

        Assert.Equal((12, true), (target.ResponsibleAgencyId, target.IsPublished));
    }
}
