using Cascade.Core.Progress;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Tests.Progress;

/// <summary>A task whose product is an issued document is done only on a report that links the document.</summary>
public sealed class ProductRuleTests
{
    private static readonly TaskSchedule Deadline2024 = new(Timeframe.Deadline("2024", new DateOnly(2024, 12, 31)), 2024);

    private static ProgressReport Done(int year, DateOnly on, bool? linked) => new(year, on, ReportedState.Done, 100, null, linked);

    [Fact]
    public void ADoneReportWithoutTheIssuedDocumentCountsAsInProgress() =>
        Assert.Equal(ProgressStatus.InProgress, TaskStatusEngine.StatusFor(Deadline2024, 2024, new DateOnly(2024, 11, 30),
            [Done(2024, new DateOnly(2024, 11, 20), linked: false)]));

    [Fact]
    public void ADoneReportLinkingTheIssuedDocumentIsDone() =>
        Assert.Equal(ProgressStatus.DoneOnTime, TaskStatusEngine.StatusFor(Deadline2024, 2024, new DateOnly(2024, 11, 30),
            [Done(2024, new DateOnly(2024, 11, 20), linked: true)]));

    [Fact]
    public void ATaskNamingNoDocumentIsDoneOnTheReportAlone() =>
        Assert.Equal(ProgressStatus.DoneOnTime, TaskStatusEngine.StatusFor(Deadline2024, 2024, new DateOnly(2024, 11, 30),
            [Done(2024, new DateOnly(2024, 11, 20), linked: null)]));

    [Fact]
    public void WithoutTheDocumentPastTheDeadlineTheTaskIsOverdue() =>
        Assert.Equal(ProgressStatus.Overdue, TaskStatusEngine.StatusFor(Deadline2024, 2025, new DateOnly(2025, 11, 30),
            [Done(2024, new DateOnly(2024, 11, 20), linked: false)]));

    [Fact]
    public void TheDocumentLinkedOnALaterReportMakesTheTaskDoneLate() =>
        Assert.Equal(ProgressStatus.DoneLate, TaskStatusEngine.StatusFor(Deadline2024, 2025, new DateOnly(2025, 11, 30),
            [Done(2024, new DateOnly(2024, 11, 20), linked: false), Done(2025, new DateOnly(2025, 6, 2), linked: true)]));

    [Fact]
    public void AReportSaysWhenItAwaitsTheProduct()
    {
        Assert.True(Done(2024, new DateOnly(2024, 1, 1), false).AwaitsProduct);
        Assert.False(Done(2024, new DateOnly(2024, 1, 1), true).AwaitsProduct);
        Assert.False(Done(2024, new DateOnly(2024, 1, 1), null).AwaitsProduct);
    }
}
