using Cascade.Core.Adjustments;
using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Revisions;
using Cascade.Data.Adjustments;
using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Adjustments;

/// <summary>
/// Recording the People's Committee's decision on a batch of proposals: the plan changes through the
/// one revision path, its tasks keep their ids and reports, and every version stays readable.
/// </summary>
public sealed class PlanAdjustmentsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid();

    private sealed record Setup(int PlanId, IReadOnlyList<int> TaskIds, int PeriodId, int Agency, int ReportId, int EvidenceId);

    /// <summary>Trà Vinh's plan, with a report and evidence on its first two tasks.</summary>
    private static async Task<Setup> TraVinhWithReportsAsync(CascadeDbContext db, CancellationToken ct)
    {
        var register = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "105/KH-UBND");
        var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(register, ct);
        var planId = saved.PlanId!.Value;
        var tasks = await db.Tasks.Where(t => t.PlanId == planId).OrderBy(t => t.Order)
            .Select(t => new { t.Id, Lead = t.Assignments.First().AgencyId }).ToListAsync(ct);
        var period = new PlanPeriod(planId, ReportingPeriods.PlanYear(2026, DueDay.Of(11, 30)), usesDecree09: false);
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);

        var reports = tasks.Take(2).Select(t =>
        {
            var report = new Report(t.Id, t.Lead, period.Id);
            report.Edit(new ReportContent(ReportedState.InProgress, 50, "Đã triển khai."), Coordinator, Now);
            report.Submit(Coordinator, Now, period.DueOn, Today);
            return report;
        }).ToList();
        db.Reports.AddRange(reports);
        await db.SaveChangesAsync(ct);
        var evidence = new EvidenceFile(reports[0].Id, "bien-ban.pdf", "application/pdf", 1200, "x.pdf", new string('a', 64), Now, Coordinator);
        db.EvidenceFiles.Add(evidence);
        await db.SaveChangesAsync(ct);
        return new Setup(planId, tasks.Select(t => t.Id).ToList(), period.Id, tasks[0].Lead, reports[0].Id, evidence.Id);
    }

    private static async Task<AdjustmentProposal> AcceptedAsync(CascadeDbContext db, Setup setup, AdjustmentKind kind, int? taskId, ProposedTask fields, CancellationToken ct)
    {
        TaskVersion? current = null;
        if (taskId is { } id)
        {
            var register = (await new RegisterStore(db, TimeProvider.System).ExportAsync(setup.PlanId, ct))!;
            current = RegisterStore.VersionsOf(register)[setup.TaskIds.ToList().IndexOf(id)];
        }

        var (proposal, error) = AdjustmentProposal.Propose(setup.PlanId, kind, taskId, current, fields, "Điều kiện thực tế thay đổi.", setup.Agency, Guid.NewGuid(), Now);
        Assert.Null(error);
        proposal!.Accept(null, Coordinator, Now);
        db.AdjustmentProposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ADecisionChangesTasksInPlaceKeepingTheirReportsAndEvidence(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        Setup setup;
        string original;
        await using (var db = database.CreateContext())
        {
            setup = await TraVinhWithReportsAsync(db, ct);
            original = PlanRegisterJson.Write((await new RegisterStore(db, TimeProvider.System).ExportAsync(setup.PlanId, ct))!);
            await AcceptedAsync(db, setup, AdjustmentKind.Change, setup.TaskIds[0],
                new ProposedTask(Title: "Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt cấp xã sau sắp xếp", TimeframeText: "Năm 2027"), ct);
            await AcceptedAsync(db, setup, AdjustmentKind.Drop, setup.TaskIds[1], new ProposedTask(), ct);
            await AcceptedAsync(db, setup, AdjustmentKind.Drop, setup.TaskIds[2], new ProposedTask(), ct);
            await AcceptedAsync(db, setup, AdjustmentKind.Add, null,
                new ProposedTask("Xây dựng ngân hàng gen cây dược liệu của tỉnh", ["Sở Y tế"], ["Sở Khoa học và Công nghệ"], "Năm 2027", "Đề án"), ct);
        }

        DecisionOutcome outcome;
        await using (var db = database.CreateContext())
        {
            outcome = await new PlanAdjustments(db, TimeProvider.System).RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", new DateOnly(2026, 11, 20), Today, Coordinator, ct);
        }

        Assert.True(outcome.Succeeded, outcome.Error?.Message + outcome.Detail);
        Assert.Equal(2, outcome.VersionNumber);
        await using (var db = database.CreateContext())
        {
            var changed = await db.Tasks.SingleAsync(t => t.Id == setup.TaskIds[0], ct);
            Assert.StartsWith("Tổ chức hội nghị quán triệt", changed.Title, StringComparison.Ordinal);
            Assert.Equal("Năm 2027", changed.Timeframe.Text);
            Assert.Equal(2027, changed.Timeframe.Due?.Year ?? changed.Timeframe.From);
            Assert.Equal(setup.TaskIds[0], await db.Reports.Where(r => r.Id == setup.ReportId).Select(r => r.TaskId).SingleAsync(ct));
            Assert.True(await db.EvidenceFiles.AnyAsync(f => f.Id == setup.EvidenceId && f.ReportId == setup.ReportId, ct));

            var withdrawn = await db.Tasks.SingleAsync(t => t.Id == setup.TaskIds[1], ct);
            Assert.NotNull(withdrawn.WithdrawnAt);
            Assert.False(await db.Tasks.AnyAsync(t => t.Id == setup.TaskIds[2], ct));

            var proposals = await db.AdjustmentProposals.Where(p => p.PlanId == setup.PlanId).ToListAsync(ct);
            Assert.All(proposals, p => Assert.Equal((AdjustmentStatus.Approved, outcome.DecisionId), (p.Status, p.DecisionId)));
            var added = proposals.Single(p => p.Kind == AdjustmentKind.Add);
            var task = await db.Tasks.Include(t => t.Assignments).SingleAsync(t => t.Id == added.TaskId, ct);
            Assert.Equal("17", task.Ref);
            Assert.Equal("Đề án", task.Product);
            Assert.Null(proposals.Single(p => p.Kind == AdjustmentKind.Drop && p.TaskRef == "3").TaskId);

            var versions = await new PlanVersions(db).ListAsync(setup.PlanId, ct);
            Assert.Equal([1, 2], versions.Select(v => v.Number));
            Assert.Equal("123/QĐ-UBND", versions[1].DecisionNumber);
            var first = await db.PlanVersions.SingleAsync(v => v.PlanId == setup.PlanId && v.Number == 1, ct);
            Assert.Equal(original, first.Register);
            var second = await db.PlanVersions.SingleAsync(v => v.PlanId == setup.PlanId && v.Number == 2, ct);
            Assert.Equal(PlanRegisterJson.Write((await new RegisterStore(db, TimeProvider.System).ExportAsync(setup.PlanId, ct))!), second.Register);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachVersionReadsBackWithWhatChangedFromTheOneBefore(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var setup = await TraVinhWithReportsAsync(db, ct);
        await AcceptedAsync(db, setup, AdjustmentKind.Change, setup.TaskIds[3], new ProposedTask(Lead: ["Sở Nông nghiệp và Môi trường"]), ct);
        var adjustments = new PlanAdjustments(db, TimeProvider.System);
        Assert.True((await adjustments.RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", new DateOnly(2026, 3, 2), Today, Coordinator, ct)).Succeeded);
        await AcceptedAsync(db, setup, AdjustmentKind.Drop, setup.TaskIds[1], new ProposedTask(), ct);
        Assert.True((await adjustments.RecordDecisionAsync(setup.PlanId, "456/QĐ-UBND", new DateOnly(2026, 9, 1), Today, Coordinator, ct)).Succeeded);

        var versions = new PlanVersions(db);
        var second = (await versions.ReadAsync(setup.PlanId, 2, ct))!;
        var third = (await versions.ReadAsync(setup.PlanId, 3, ct))!;
        var first = (await versions.ReadAsync(setup.PlanId, 1, ct))!;

        Assert.Equal(16, first.Register.Tasks.Count);
        Assert.Empty(first.Changes);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], second.Register.Tasks[3].Lead);
        Assert.Equal(TaskChangeKind.Reassigned, Assert.Single(second.Changes, c => c.Kind != TaskChangeKind.Unchanged).Kind);
        Assert.Equal("2", Assert.Single(third.Changes, c => c.Kind == TaskChangeKind.Removed).Old!.Ref);
        Assert.Equal((2, (int?)null), (third.Previous, third.Next));
        Assert.Equal(15, third.Register.Tasks.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAgencyMovedToItsSuccessorKeepsItsTasksThroughADecision(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var setup = await TraVinhWithReportsAsync(db, ct);
        var successor = new Core.Agencies.Agency("Sở Nông nghiệp và Môi trường", Core.Agencies.AgencyKind.Department, null, new DateOnly(2025, 3, 1));
        db.Agencies.Add(successor);
        var moved = await db.Assignments.Where(a => a.TaskId == setup.TaskIds[3]).ToListAsync(ct);
        moved.ForEach(a => a.MoveTo(successor));
        await db.SaveChangesAsync(ct);
        await AcceptedAsync(db, setup, AdjustmentKind.Change, setup.TaskIds[3], new ProposedTask(TimeframeText: "Năm 2027"), ct);

        Assert.True((await new PlanAdjustments(db, TimeProvider.System).RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", Today, Today, Coordinator, ct)).Succeeded);

        db.ChangeTracker.Clear();
        var after = await db.Assignments.Where(a => a.TaskId == setup.TaskIds[3]).ToListAsync(ct);
        Assert.NotEmpty(after);
        Assert.All(after, a => Assert.Equal(successor.Id, a.CurrentAgencyId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARefusedDecisionChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var setup = await TraVinhWithReportsAsync(db, ct);
        var proposal = await AcceptedAsync(db, setup, AdjustmentKind.Drop, setup.TaskIds[0], new ProposedTask(), ct);
        var adjustments = new PlanAdjustments(db, TimeProvider.System);

        Assert.Equal(AdjustmentError.DecisionNumberInvalid, (await adjustments.RecordDecisionAsync(setup.PlanId, "QĐ-UBND ngày 2/3", new DateOnly(2026, 3, 2), Today, Coordinator, ct)).Error);
        Assert.Equal(AdjustmentError.DecisionDateInFuture, (await adjustments.RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", Today.AddDays(1), Today, Coordinator, ct)).Error);
        Assert.Empty(await db.PlanVersions.ToListAsync(ct));
        Assert.Null((await db.Tasks.SingleAsync(t => t.Id == setup.TaskIds[0], ct)).WithdrawnAt);

        Assert.True((await adjustments.RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", Today, Today, Coordinator, ct)).Succeeded);
        var again = await adjustments.RecordDecisionAsync(setup.PlanId, "123/QĐ-UBND", Today, Today, Coordinator, ct);
        var other = await adjustments.RecordDecisionAsync(setup.PlanId, "124/QĐ-UBND", Today, Today, Coordinator, ct);

        Assert.Equal(AdjustmentError.DecisionAlreadyRecorded, again.Error);
        Assert.Equal(AdjustmentError.NothingToApprove, other.Error);
        Assert.Equal(2, await db.PlanVersions.CountAsync(ct));
        Assert.Equal(1, await db.PlanDecisions.CountAsync(ct));
        Assert.Equal(AdjustmentStatus.Approved, (await db.AdjustmentProposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id, ct)).Status);
    }
}
