using Cascade.Core.Progress;
using Cascade.Core.Reports;

namespace Cascade.Core.Tests.Reports;

/// <summary>A report's life: drafted, submitted, returned with a comment or accepted and locked.</summary>
public sealed class ReportWorkflowTests
{
    private static readonly Guid Reporter = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly DueOn = new(2025, 11, 30);

    private static Report Drafted(ReportContent content)
    {
        var report = new Report(taskId: 1, agencyId: 2, periodId: 3);
        Assert.Null(report.Edit(content, Reporter, Now));
        return report;
    }

    [Fact]
    public void AReportSubmittedBeforeTheDueDayIsNotLate()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 40, "Đã tổ chức 2 hội nghị."));

        Assert.Null(report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20)));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.False(report.IsLate);
    }

    [Fact]
    public void ALateReportIsAcceptedAndMarkedLateWhenItGivesAReasonAndAProposal()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 40, "Kết quả", "Chậm phân bổ kinh phí", "Đề nghị bổ sung kinh phí"));

        Assert.Null(report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 12, 3)));

        Assert.True(report.IsLate);
    }

    [Fact]
    public void ALateReportWithoutAReasonIsRefused()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 40, "Kết quả"));

        Assert.Equal(ReportError.ReasonRequired, report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 12, 3)));
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void ADifficultyMustComeWithAProposal()
    {
        var report = Drafted(new ReportContent(ReportedState.Blocked, 20, "Kết quả", "Thiếu nhân lực"));

        Assert.Equal(ReportError.ReasonRequired, report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20)));
    }

    [Fact]
    public void AReportSubmittedTwiceIsRefusedTheSecondTime()
    {
        var report = Drafted(new ReportContent(ReportedState.Done, 100, "Hoàn thành"));
        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));

        Assert.Equal(ReportError.AlreadySubmitted, report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 21)));
        Assert.Single(report.Events, e => e.Action == ReportAction.Submitted);
    }

    [Fact]
    public void AReturnedReportCanBeCorrectedAndSubmittedAgain()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 30, "Kết quả"));
        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));

        Assert.Null(report.Return(Coordinator, Now, "Bổ sung số liệu"));
        Assert.Null(report.Edit(new ReportContent(ReportedState.InProgress, 35, "Kết quả, có số liệu"), Reporter, Now));
        Assert.Null(report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 25)));

        Assert.Equal([ReportAction.Drafted, ReportAction.Submitted, ReportAction.Returned, ReportAction.Drafted, ReportAction.Submitted],
            report.Events.Select(e => e.Action));
        Assert.Equal("Bổ sung số liệu", report.Events[2].Comment);
    }

    [Fact]
    public void ReturningNeedsAComment()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 30, "Kết quả"));
        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));

        Assert.Equal(ReportError.CommentRequired, report.Return(Coordinator, Now, " "));
    }

    [Fact]
    public void AnAcceptedReportIsLocked()
    {
        var report = Drafted(new ReportContent(ReportedState.Done, 100, "Hoàn thành"));
        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));
        Assert.Null(report.Accept(Coordinator, Now));

        Assert.True(report.IsLocked);
        Assert.Equal(ReportError.Locked, report.Edit(new ReportContent(ReportedState.InProgress, 10, "x"), Reporter, Now));
        Assert.Equal(ReportError.Locked, report.Return(Coordinator, Now, "x"));
    }

    [Fact]
    public void OnlyASubmittedReportIsReviewed()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 30, "Kết quả"));

        Assert.Equal(ReportError.NotSubmitted, report.Accept(Coordinator, Now));
    }

    [Theory]
    [InlineData(ReportedState.Done, 80)]
    [InlineData(ReportedState.InProgress, 101)]
    [InlineData(ReportedState.InProgress, -1)]
    public void ContentThatContradictsItselfIsRefused(ReportedState state, int percent) =>
        Assert.NotNull(new Report(1, 2, 3).Edit(new ReportContent(state, percent, "x"), Reporter, Now));

    [Fact]
    public void EveryChangeMovesTheVersionOn()
    {
        var report = Drafted(new ReportContent(ReportedState.InProgress, 30, "Kết quả"));
        var before = report.Version;

        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));

        Assert.True(report.Version > before);
    }

    [Fact]
    public void ASubmittedReportFeedsTheStatusEngine()
    {
        var report = Drafted(new ReportContent(ReportedState.Done, 100, "Hoàn thành", CompletedOn: new DateOnly(2025, 10, 1)));
        Assert.Null(report.ToProgress(2025));

        report.Submit(Reporter, Now, DueOn, new DateOnly(2025, 11, 20));

        Assert.Equal(new ProgressReport(2025, new DateOnly(2025, 11, 20), ReportedState.Done, 100, new DateOnly(2025, 10, 1)), report.ToProgress(2025));
    }
}

public sealed class ReportTimestampTests
{
    [Fact]
    public void TimesAreKeptInUtcWhateverTheOffsetTheyCameWith()
    {
        var report = new Report(1, 2, 3);
        var hanoi = new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
        report.Edit(new ReportContent(Cascade.Core.Progress.ReportedState.Done, 100, "x"), Guid.Empty, hanoi);
        report.Submit(Guid.Empty, hanoi, new DateOnly(2025, 11, 30), new DateOnly(2025, 11, 20));

        Assert.Equal(TimeSpan.Zero, report.SubmittedAt!.Value.Offset);
        Assert.Equal(hanoi, report.SubmittedAt);
        Assert.All(report.Events, e => Assert.Equal(TimeSpan.Zero, e.At.Offset));
    }
}

public sealed class EvidenceTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "application/zip")]
    public void AFileIsRecognisedByItsFirstBytes(byte[] header, string type) => Assert.Equal(type, EvidenceTypes.Detect(header));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C })]
    [InlineData(new byte[] { })]
    public void AProgramOrAWebPageIsNotEvidence(byte[] header) => Assert.Null(EvidenceTypes.Detect(header));
}
