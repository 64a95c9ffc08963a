using Cascade.Core.Access;
using Cascade.Core.Adjustments;
using Cascade.Core.Revisions;

namespace Cascade.Core.Tests.Adjustments;

/// <summary>How an agency's proposal to change, add or drop a task is made and moves through consolidation.</summary>
public sealed class AdjustmentProposalTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Reporter = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private const int Agency = 7;

    private static readonly TaskVersion Task3 = new("3", "Đề xuất cơ chế, chính sách đầu tư phát triển và ứng dụng công nghệ sinh học",
        ["Sở Khoa học và Công nghệ"], [], "Năm 2024 và những năm tiếp theo", null);

    private static (AdjustmentProposal? Proposal, AdjustmentError? Error) Change(ProposedTask fields, string? reason = "Cần thêm thời gian khảo sát.") =>
        AdjustmentProposal.Propose(1, AdjustmentKind.Change, 30, Task3, fields, reason, Agency, Reporter, At);

    private static AdjustmentProposal Proposed() => Change(new ProposedTask(TimeframeText: "Năm 2027")).Proposal!;

    [Fact]
    public void AChangeKeepsOnlyTheFieldsThatDiffer()
    {
        var (proposal, error) = Change(new ProposedTask(Title: Task3.Title, Lead: ["Sở Khoa học và Công nghệ"], TimeframeText: "Năm 2027"));

        Assert.Null(error);
        Assert.Equal(AdjustmentStatus.Proposed, proposal!.Status);
        Assert.Equal("3", proposal.TaskRef);
        Assert.Equal("Năm 2027", proposal.TimeframeText);
        Assert.Null(proposal.Title);
        Assert.Null(proposal.Lead);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void AProposalWithoutAReasonIsRefused(string? reason) =>
        Assert.Equal(AdjustmentError.ReasonRequired, Change(new ProposedTask(TimeframeText: "Năm 2027"), reason).Error);

    [Fact]
    public void AChangeThatChangesNothingIsRefused() =>
        Assert.Equal(AdjustmentError.NothingChanged, Change(new ProposedTask(Title: " đề xuất cơ chế, chính sách đầu tư phát triển và ứng dụng công nghệ sinh học ")).Error);

    [Fact]
    public void AChangeOrDropNeedsItsTask() =>
        Assert.Equal(AdjustmentError.TaskRequired,
            AdjustmentProposal.Propose(1, AdjustmentKind.Drop, null, null, new ProposedTask(), "Không còn phù hợp.", Agency, Reporter, At).Error);

    [Fact]
    public void AnAdditionNeedsItsContentAndALeadAgency()
    {
        Assert.Equal(AdjustmentError.TitleRequired, AdjustmentProposal.Propose(1, AdjustmentKind.Add, null, null,
            new ProposedTask(Lead: ["Sở Y tế"]), "Nhiệm vụ mới của Trung ương.", Agency, Reporter, At).Error);
        Assert.Equal(AdjustmentError.LeadRequired, AdjustmentProposal.Propose(1, AdjustmentKind.Add, null, null,
            new ProposedTask(Title: "Xây dựng ngân hàng gen cây dược liệu", Lead: [" "]), "Nhiệm vụ mới của Trung ương.", Agency, Reporter, At).Error);
    }

    [Fact]
    public void AnAdditionKeepsItsFieldsAndHasNoTaskYet()
    {
        var (proposal, _) = AdjustmentProposal.Propose(1, AdjustmentKind.Add, 99, null,
            new ProposedTask("Xây dựng ngân hàng gen cây dược liệu", ["Sở Y tế"], ["Sở Khoa học và Công nghệ"], "2027", "Đề án", "III. Nhiệm vụ"),
            "Nhiệm vụ mới của Trung ương.", Agency, Reporter, At);

        Assert.Null(proposal!.TaskId);
        Assert.Equal(["Sở Y tế"], proposal.Lead);
        Assert.Equal(["Sở Khoa học và Công nghệ"], proposal.Support);
        Assert.Equal("Đề án", proposal.Product);
        Assert.Equal("III. Nhiệm vụ", proposal.Group);
    }

    [Fact]
    public void ADropCarriesNoFields()
    {
        var (proposal, _) = AdjustmentProposal.Propose(1, AdjustmentKind.Drop, 30, Task3, new ProposedTask(Title: "x"), "Đã lồng ghép vào nhiệm vụ 8.", Agency, Reporter, At);

        Assert.Equal(30, proposal!.TaskId);
        Assert.Null(proposal.Title);
    }

    [Fact]
    public void AProposalTooLongIsRefused() =>
        Assert.Equal(AdjustmentError.TooLong, Change(new ProposedTask(TimeframeText: "Năm 2027"), new string('x', AdjustmentProposal.MaxReasonLength + 1)).Error);

    [Fact]
    public void TheCoordinatorAcceptsItIntoTheBatchAndTheDecisionApprovesIt()
    {
        var proposal = Proposed();

        Assert.Null(proposal.Accept("Đồng ý đưa vào đợt điều chỉnh.", Coordinator, At));
        Assert.Null(proposal.Approve(5));

        Assert.Equal(AdjustmentStatus.Approved, proposal.Status);
        Assert.Equal(5, proposal.DecisionId);
        Assert.Equal(Coordinator, proposal.ReviewedBy);
    }

    [Fact]
    public void ApprovingTwiceIsRefused()
    {
        var proposal = Proposed();
        proposal.Accept(null, Coordinator, At);
        proposal.Approve(5);

        Assert.Equal(AdjustmentError.AlreadyApproved, proposal.Approve(6));
        Assert.Equal(5, proposal.DecisionId);
    }

    [Fact]
    public void OnlyAnAcceptedProposalIsApproved() =>
        Assert.Equal(AdjustmentError.NotAccepted, Proposed().Approve(5));

    [Fact]
    public void DecliningNeedsAComment()
    {
        var proposal = Proposed();

        Assert.Equal(AdjustmentError.CommentRequired, proposal.Decline(" ", Coordinator, At));
        Assert.Null(proposal.Decline("Không phù hợp với chỉ đạo của Trung ương.", Coordinator, At));
        Assert.Equal(AdjustmentStatus.Declined, proposal.Status);
        Assert.Equal(AdjustmentError.NotPending, proposal.Accept(null, Coordinator, At));
    }

    [Fact]
    public void AnAcceptedProposalCanBeTakenOutOfTheBatchOrDeclined()
    {
        var proposal = Proposed();
        proposal.Accept(null, Coordinator, At);

        Assert.Null(proposal.Reconsider(Coordinator, At));
        Assert.Equal(AdjustmentStatus.Proposed, proposal.Status);
        proposal.Accept(null, Coordinator, At);
        Assert.Null(proposal.Decline("Chờ ý kiến Sở Tài chính.", Coordinator, At));
    }

    [Fact]
    public void AnApprovedProposalCannotBeDeclined()
    {
        var proposal = Proposed();
        proposal.Accept(null, Coordinator, At);
        proposal.Approve(5);

        Assert.Equal(AdjustmentError.AlreadyApproved, proposal.Decline("Muộn", Coordinator, At));
    }

    [Fact]
    public void OnlyTheProposingAgencyWithdrawsAndOnlyBeforeConsolidation()
    {
        var proposal = Proposed();

        Assert.Equal(AdjustmentError.NotAllowed, proposal.Withdraw(UserScope.Reporter(8), Reporter, At));
        Assert.Equal(AdjustmentError.NotAllowed, proposal.Withdraw(UserScope.Coordinator(1), Reporter, At));
        Assert.Null(proposal.Withdraw(UserScope.Reporter(Agency), Reporter, At));
        Assert.Equal(AdjustmentStatus.Withdrawn, proposal.Status);

        var accepted = Proposed();
        accepted.Accept(null, Coordinator, At);
        Assert.Equal(AdjustmentError.NotPending, accepted.Withdraw(UserScope.Reporter(Agency), Reporter, At));
    }

    [Fact]
    public void EveryStepRaisesTheVersion()
    {
        var proposal = Proposed();
        proposal.Accept(null, Coordinator, At);
        proposal.Approve(5);

        Assert.Equal(2, proposal.Version);
    }
}
