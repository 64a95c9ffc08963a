using Cascade.Core.Progress;

namespace Cascade.Core.Tests.Progress;

public sealed class ReportingCompletenessTests
{
    [Fact]
    public void EachAgencyIsCountedOnTimeLateAndMissing()
    {
        ExpectedReport[] expected = [new(1, 10), new(2, 10), new(3, 10), new(4, 20)];
        ArrivedReport[] arrived = [new(1, 10, IsLate: false), new(2, 10, IsLate: true)];

        var result = ReportingCompleteness.ByAgency(expected, arrived);

        Assert.Equal(new AgencyCompleteness(10, 3, 1, 1, 1), result[0]);
        Assert.Equal(new AgencyCompleteness(20, 1, 0, 0, 1), result[1]);
        Assert.Equal(2 / 3.0, result[0].Completeness, 6);
        Assert.Equal(1 / 3.0, result[0].Timeliness, 6);
    }

    [Fact]
    public void AReportFromAnAgencyThatOwesNoneIsNotCounted()
    {
        var result = ReportingCompleteness.ByAgency([new ExpectedReport(1, 10)], [new ArrivedReport(1, 99, false)]);

        Assert.Equal(1, Assert.Single(result).Missing);
    }
}
