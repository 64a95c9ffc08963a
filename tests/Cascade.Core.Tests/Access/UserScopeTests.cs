using Cascade.Core.Access;

namespace Cascade.Core.Tests.Access;

/// <summary>Who may read and write what, decided on the resource's province and agencies.</summary>
public sealed class UserScopeTests
{
    private const int TraVinh = 84;
    private const int AnGiang = 89;
    private const int HealthOfTraVinh = 7;
    private const int FinanceOfTraVinh = 8;

    [Fact]
    public void ACoordinatorManagesTheirProvincesPlansOnly()
    {
        var coordinator = UserScope.Coordinator(TraVinh);

        Assert.True(coordinator.CanManagePlan(TraVinh));
        Assert.False(coordinator.CanManagePlan(AnGiang));
        Assert.False(coordinator.CanManagePlan(null));
    }

    [Fact]
    public void AReporterWritesOnlyTheReportsOfTasksTheirAgencyLeads()
    {
        var reporter = UserScope.Reporter(HealthOfTraVinh);

        Assert.True(reporter.CanWriteReport([HealthOfTraVinh]));
        Assert.False(reporter.CanWriteReport([FinanceOfTraVinh]));
        Assert.True(reporter.CanWriteContribution(HealthOfTraVinh, [FinanceOfTraVinh, HealthOfTraVinh]));
        Assert.False(reporter.CanWriteContribution(FinanceOfTraVinh, [FinanceOfTraVinh]));
    }

    [Fact]
    public void AReporterReadsTasksTheirAgencyIsNamedOnAndNoOthers()
    {
        var reporter = UserScope.Reporter(HealthOfTraVinh);

        Assert.True(reporter.CanReadTask(TraVinh, [FinanceOfTraVinh, HealthOfTraVinh]));
        Assert.False(reporter.CanReadTask(TraVinh, [FinanceOfTraVinh]));
    }

    [Fact]
    public void ALeaderReadsTheirProvinceAndWritesNothing()
    {
        var leader = UserScope.Leader(TraVinh);

        Assert.True(leader.CanReadPlan(TraVinh, []));
        Assert.False(leader.CanReadPlan(AnGiang, []));
        Assert.False(leader.CanManagePlan(TraVinh));
        Assert.False(leader.CanWriteReport([HealthOfTraVinh]));
    }

    [Fact]
    public void TheNationalViewerReadsEverythingAndWritesNothing()
    {
        Assert.True(UserScope.NationalViewer.CanReadPlan(AnGiang, []));
        Assert.False(UserScope.NationalViewer.CanManagePlan(AnGiang));
        Assert.False(UserScope.NationalViewer.CanWriteReport([HealthOfTraVinh]));
    }

    [Fact]
    public void ACoordinatorCreatesReporterAccountsOnlyForTheirProvincesAgencies()
    {
        var coordinator = UserScope.Coordinator(TraVinh);

        Assert.True(coordinator.CanCreateAccountFor(Role.AgencyReporter, TraVinh));
        Assert.False(coordinator.CanCreateAccountFor(Role.AgencyReporter, AnGiang));
        Assert.False(coordinator.CanCreateAccountFor(Role.Coordinator, TraVinh));
        Assert.True(UserScope.Administrator.CanCreateAccountFor(Role.Coordinator, AnGiang));
    }
}
