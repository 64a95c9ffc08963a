using Cascade.Core.Access;
using Cascade.Core.Organisations;

namespace Cascade.Core.Tests.Organisations;

public sealed class TaskParticipationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lead = Guid.NewGuid();

    private static TaskParticipation Applied() => new(7, new Organisation(new OrganisationApplication(
        "Viện Nghiên cứu Sinh học", OrganisationKind.Institute, null, "Trần Thị Bình", "binh@vien.edu.vn", "0987654321", "Phối hợp nghiên cứu."), At), "Phối hợp nghiên cứu.", At);

    [Fact]
    public void TheLeadAcceptsAnApplicationWithOrWithoutANote()
    {
        var participation = Applied();

        Assert.Null(participation.Accept(Lead, At.AddDays(1), null));
        Assert.Equal(ParticipationStatus.Accepted, participation.Status);
        Assert.Equal(Lead, participation.DecidedBy);
        Assert.Equal(At.AddDays(1), participation.DecidedAt);
    }

    [Fact]
    public void DecliningSaysWhy()
    {
        var participation = Applied();

        Assert.Equal(ApplicationError.NoteRequired, participation.Decline(Lead, At, " "));
        Assert.Equal(ParticipationStatus.Applied, participation.Status);
        Assert.Null(participation.Decline(Lead, At, "Nhiệm vụ đã đủ đơn vị tham gia."));
        Assert.Equal(ParticipationStatus.Declined, participation.Status);
        Assert.Equal("Nhiệm vụ đã đủ đơn vị tham gia.", participation.Note);
    }

    [Fact]
    public void AnApplicationIsDecidedOnce()
    {
        var participation = Applied();
        participation.Accept(Lead, At, null);

        Assert.Equal(ApplicationError.AlreadyDecided, participation.Decline(Lead, At, "Đổi ý."));
        Assert.Equal(ApplicationError.AlreadyDecided, participation.Accept(Lead, At, null));
    }

    [Fact]
    public void AnOrganisationAppliesAgainOnlyAfterBeingDeclined()
    {
        Assert.Null(TaskParticipation.CanApply([]));
        Assert.Null(TaskParticipation.CanApply([ParticipationStatus.Declined]));
        Assert.Equal(ApplicationError.AlreadyApplied, TaskParticipation.CanApply([ParticipationStatus.Declined, ParticipationStatus.Applied]));
        Assert.Equal(ApplicationError.AlreadyApplied, TaskParticipation.CanApply([ParticipationStatus.Accepted]));
    }

    [Fact]
    public void TheReporterOfTheAgencyHoldingTheLeadTodayDecides()
    {
        Assert.True(TaskParticipation.CanDecide(UserScope.Reporter(12), planUnitId: 3, currentLeadAgencyIds: [12]));
        Assert.False(TaskParticipation.CanDecide(UserScope.Reporter(11), planUnitId: 3, currentLeadAgencyIds: [12]));
    }

    [Fact]
    public void TheCoordinatorOfThePlansProvinceAndAnAdministratorDecideToo()
    {
        Assert.True(TaskParticipation.CanDecide(UserScope.Coordinator(3), 3, [12]));
        Assert.True(TaskParticipation.CanDecide(UserScope.Administrator, 3, [12]));
        Assert.False(TaskParticipation.CanDecide(UserScope.Coordinator(4), 3, [12]));
        Assert.False(TaskParticipation.CanDecide(UserScope.Leader(3), 3, [12]));
        Assert.False(TaskParticipation.CanDecide(UserScope.NationalViewer, 3, [12]));
    }

    [Fact]
    public void AReportNamesOnlyTheTasksAcceptedOrganisations() =>
        Assert.Equal([9], ReportOrganisation.NotAccepted([4, 9, 4], accepted: [4, 5]));
}
