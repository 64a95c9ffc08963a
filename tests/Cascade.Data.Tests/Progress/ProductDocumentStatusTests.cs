using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data.DemoData;
using Cascade.Data.Progress;
using Cascade.Data.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests.Progress;

/// <summary>The status source counts a task whose product is an issued document as done only once a report links it.</summary>
public sealed class ProductDocumentStatusTests
{
    private static readonly DateOnly Today = new(2024, 12, 1);
    private static readonly DateTimeOffset Now = new(2024, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ADoneReportCountsOnlyOnceTheIssuedDocumentIsLinked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var register = DemoDataSeeder.ReadRegisters().Single(r => r.Document.Number == "255/KH-UBND");
        var planId = (await new RegisterStore(db, TimeProvider.System).SaveAsync(register, ct)).PlanId!.Value;
        var task = await db.Tasks.Where(t => t.PlanId == planId && t.Ref == "II.1").Select(t => new { t.Id, t.Product, Lead = t.Assignments.First().AgencyId }).SingleAsync(ct);
        var period = new PlanPeriod(planId, ReportingPeriods.OnRequest(1, new DateOnly(2024, 11, 30)), usesDecree09: false);
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);
        var report = new Report(task.Id, task.Lead, period.Id);
        report.Edit(new ReportContent(ReportedState.Done, 100, "Đã trình Đề án."), Guid.Empty, Now);
        report.Submit(Guid.Empty, Now, period.DueOn, new DateOnly(2024, 11, 20));
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        var query = new TaskProgressQuery(db);
        var thisTask = db.Tasks.Where(t => t.Id == task.Id);

        Assert.Equal("Đề án", task.Product);
        Assert.Equal(ProgressStatus.InProgress, (await query.ForYearAsync(thisTask, 2024, Today, ct)).Single().Status);
        Assert.Equal(ProgressStatus.InProgress, (await (await query.StatusesAsync(thisTask, 2024, Today, ct)).SingleAsync(ct)).Status);

        var (document, error) = ProductDocument.Link(report.Id, task.Id, "1234/QĐ-UBND", new DateOnly(2024, 11, 15), "Ủy ban nhân dân thành phố Hải Phòng", "Phê duyệt Đề án", null, Today, Guid.Empty, Now);
        Assert.Null(error);
        db.ProductDocuments.Add(document!);
        await db.SaveChangesAsync(ct);

        Assert.Equal(ProgressStatus.DoneOnTime, (await query.ForYearAsync(thisTask, 2024, Today, ct)).Single().Status);
        Assert.Equal(ProgressStatus.DoneOnTime, (await (await query.StatusesAsync(thisTask, 2024, Today, ct)).SingleAsync(ct)).Status);
    }
}
