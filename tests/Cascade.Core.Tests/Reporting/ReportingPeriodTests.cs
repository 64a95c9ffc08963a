using Cascade.Core.Reporting;

namespace Cascade.Core.Tests.Reporting;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void ThePlansOwnDueDayGivesAYearlyPeriodDueThatDay()
    {
        var period = ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30));

        Assert.Equal(new DateOnly(2025, 11, 30), period.DueOn);
        Assert.Equal(new DateOnly(2025, 1, 1), period.DataFrom);
    }

    [Fact]
    public void TheDecreeYearRunsFromTheFifteenthOfDecemberToTheFourteenth()
    {
        var period = ReportingPeriods.Decree09(PeriodKind.Annual, 2025);

        Assert.Equal(new DateOnly(2024, 12, 15), period.DataFrom);
        Assert.Equal(new DateOnly(2025, 12, 14), period.DataTo);
    }

    [Theory]
    [InlineData(1, "2024-12-15", "2025-03-14")]
    [InlineData(2, "2025-03-15", "2025-06-14")]
    [InlineData(3, "2025-06-15", "2025-09-14")]
    [InlineData(4, "2025-09-15", "2025-12-14")]
    public void DecreeQuartersRunFromTheFifteenthToTheFourteenth(int quarter, string from, string to)
    {
        var period = ReportingPeriods.Decree09(PeriodKind.Quarterly, 2025, quarter);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.DataFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.DataTo);
    }

    [Fact]
    public void TheDecreesSixMonthsEndOnTheFourteenthOfJune() =>
        Assert.Equal(new DateOnly(2025, 6, 14), ReportingPeriods.Decree09(PeriodKind.Semiannual, 2025).DataTo);

    [Fact]
    public void AQuarterFiveDoesNotExist() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriods.Decree09(PeriodKind.Quarterly, 2025, 5));

    [Fact]
    public void APeriodIsOpenUntilItsDueDayThenTakesLateReportsThenLocks()
    {
        var period = ReportingPeriods.PlanYear(2025, DueDay.Of(12, 10), lockAfterDays: 15);

        Assert.Equal(PeriodPhase.Open, period.PhaseOn(new DateOnly(2025, 12, 10)));
        Assert.Equal(PeriodPhase.PastDue, period.PhaseOn(new DateOnly(2025, 12, 25)));
        Assert.Equal(PeriodPhase.Locked, period.PhaseOn(new DateOnly(2025, 12, 26)));
        Assert.True(period.IsLate(new DateOnly(2025, 12, 11)));
        Assert.False(period.IsLate(new DateOnly(2025, 12, 10)));
    }

    [Fact]
    public void AReopenedPeriodTakesReportsUntilTheDayGranted()
    {
        var period = ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30), lockAfterDays: 0);

        Assert.Equal(PeriodPhase.Locked, period.PhaseOn(new DateOnly(2025, 12, 5)));
        Assert.Equal(PeriodPhase.PastDue, period.PhaseOn(new DateOnly(2025, 12, 5), openUntil: new DateOnly(2025, 12, 20)));
    }

    [Fact]
    public void AnAnnualDutyGivesOnePeriodAYearAndAQuarterlyOneFour()
    {
        Assert.Equal(6, ReportingPeriods.ForYears(ReportingFrequency.Annual, DueDay.Of(11, 30), useDecree09: false, 2025, 2030).Count);
        Assert.Equal(8, ReportingPeriods.ForYears(ReportingFrequency.Quarterly, null, useDecree09: true, 2025, 2026).Count);
        Assert.Empty(ReportingPeriods.ForYears(ReportingFrequency.OnRequest, null, useDecree09: false, 2025, 2030));
    }

    [Fact]
    public void AnAnnualDutyWithoutADueDayFallsBackToTheDecreePeriods() =>
        Assert.Equal(new DateOnly(2025, 12, 14), ReportingPeriods.ForYears(ReportingFrequency.Annual, null, useDecree09: false, 2025, 2025)[0].DataTo);

    [Fact]
    public void AReportOnRequestCoversTheYearUpToTheDayAskedAndIsDueThen()
    {
        var period = ReportingPeriods.OnRequest(2, new DateOnly(2026, 6, 20));

        Assert.Equal(PeriodKind.OnRequest, period.Kind);
        Assert.Equal(new DateOnly(2026, 1, 1), period.DataFrom);
        Assert.Equal(new DateOnly(2026, 6, 20), period.DueOn);
        Assert.Equal(2, period.Number);
    }
}
