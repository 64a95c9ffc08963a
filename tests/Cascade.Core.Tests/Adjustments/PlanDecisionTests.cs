using Cascade.Core.Adjustments;
using Cascade.Core.Revisions;

namespace Cascade.Core.Tests.Adjustments;

/// <summary>Recording the People's Committee's decision that approves a batch of proposals.</summary>
public sealed class PlanDecisionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly PlanDate = new(2024, 3, 12);
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static List<AdjustmentProposal> Batch(bool accepted = true)
    {
        var proposal = AdjustmentProposal.Propose(1, AdjustmentKind.Change, 30, new TaskVersion("3", "Đề xuất cơ chế", ["Sở Khoa học và Công nghệ"], [], "2024", null),
            new ProposedTask(TimeframeText: "2027"), "Cần thêm thời gian.", 7, Guid.NewGuid(), At).Proposal!;
        if (accepted)
        {
            proposal.Accept(null, Guid.NewGuid(), At);
        }

        return [proposal];
    }

    private static (PlanDecision? Decision, AdjustmentError? Error) Record(string? number = "123/QĐ-UBND", DateOnly? date = null, IEnumerable<string>? recorded = null, List<AdjustmentProposal>? batch = null) =>
        PlanDecision.Record(1, number, date ?? new DateOnly(2026, 11, 20), Today, PlanDate, recorded ?? [], batch ?? Batch(), Guid.NewGuid(), At);

    [Fact]
    public void ADecisionIsRecordedWithItsNumberAndDate()
    {
        var (decision, error) = Record(" 123/QĐ-UBND ");

        Assert.Null(error);
        Assert.Equal("123/QĐ-UBND", decision!.Number.Text);
        Assert.Equal(new DateOnly(2026, 11, 20), decision.Date);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("Quyết định 123")]
    [InlineData("")]
    public void ANumberThatDoesNotReadIsRefused(string number) =>
        Assert.Equal(AdjustmentError.DecisionNumberInvalid, Record(number).Error);

    [Fact]
    public void ADateAfterTodayIsRefused() =>
        Assert.Equal(AdjustmentError.DecisionDateInFuture, Record(date: Today.AddDays(1)).Error);

    [Fact]
    public void TodayIsAllowed() =>
        Assert.Null(Record(date: Today).Error);

    [Fact]
    public void ADateBeforeThePlanIsRefused() =>
        Assert.Equal(AdjustmentError.DecisionBeforePlan, Record(date: PlanDate.AddDays(-1)).Error);

    [Fact]
    public void TheSameDecisionRecordedTwiceIsRefused() =>
        Assert.Equal(AdjustmentError.DecisionAlreadyRecorded, Record("123 / QĐ-UBND", recorded: ["123/QĐ-UBND"]).Error);

    [Fact]
    public void ADecisionWithoutAnAcceptedProposalIsRefused() =>
        Assert.Equal(AdjustmentError.NothingToApprove, Record(batch: Batch(accepted: false)).Error);

    [Fact]
    public void VersionsAreNumberedOneAfterAnother()
    {
        Assert.Equal(1, PlanVersion.NextNumber([]));
        Assert.Equal(3, PlanVersion.NextNumber([1, 2]));
        Assert.Throws<ArgumentException>(() => new PlanVersion(1, 2, null, "{}", At));
    }
}
