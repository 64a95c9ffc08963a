using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Data.DemoData;
using Cascade.Data.Registers;
using Cascade.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Tests;

/// <summary>Every change to a record people answer for leaves who, when, what, before and after.</summary>
public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReportsEditIsRecordedWithItsBeforeAndAfter(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        int reportId;
        await using (var db = database.CreateContext())
        {
            var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(DemoDataSeeder.ReadRegisters()[0], ct);
            var task = await db.Tasks.Include(t => t.Assignments).FirstAsync(t => t.PlanId == saved.PlanId, ct);
            var period = new PlanPeriod(saved.PlanId!.Value, ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30)), usesDecree09: false);
            db.Periods.Add(period);
            await db.SaveChangesAsync(ct);

            var report = new Report(task.Id, task.Assignments[0].AgencyId, period.Id);
            report.Edit(new ReportContent(ReportedState.InProgress, 30, "Bước đầu"), Guid.Empty, DateTimeOffset.UtcNow);
            db.Reports.Add(report);
            await db.SaveChangesAsync(ct);
            reportId = report.Id;

            report.Edit(new ReportContent(ReportedState.InProgress, 60, "Đã xong phần lớn"), Guid.Empty, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var entries = await db.AuditTrail.Where(a => a.EntityType == nameof(Report) && a.EntityId == reportId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(a => a.Id).ToListAsync(ct);

            Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
            Assert.Contains("\"PercentDone\":\"30\"", entries[1].Before, StringComparison.Ordinal);
            Assert.Contains("\"PercentDone\":\"60\"", entries[1].After, StringComparison.Ordinal);
            Assert.Contains("Đã xong phần lớn", entries[1].After, StringComparison.Ordinal);
            Assert.Equal("system", entries[1].UserName);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoPeopleSavingOneReportCannotOverwriteEachOther(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        int reportId;
        await using (var db = database.CreateContext())
        {
            var saved = await new RegisterStore(db, TimeProvider.System).SaveAsync(DemoDataSeeder.ReadRegisters()[0], ct);
            var task = await db.Tasks.Include(t => t.Assignments).FirstAsync(t => t.PlanId == saved.PlanId, ct);
            var period = new PlanPeriod(saved.PlanId!.Value, ReportingPeriods.PlanYear(2025, DueDay.Of(11, 30)), usesDecree09: false);
            db.Periods.Add(period);
            await db.SaveChangesAsync(ct);
            var report = new Report(task.Id, task.Assignments[0].AgencyId, period.Id);
            db.Reports.Add(report);
            await db.SaveChangesAsync(ct);
            reportId = report.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Reports.SingleAsync(r => r.Id == reportId, ct);
        var b = await second.Reports.SingleAsync(r => r.Id == reportId, ct);
        a.Edit(new ReportContent(ReportedState.InProgress, 10, "A"), Guid.Empty, DateTimeOffset.UtcNow);
        b.Edit(new ReportContent(ReportedState.InProgress, 20, "B"), Guid.Empty, DateTimeOffset.UtcNow);
        await first.SaveChangesAsync(ct);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
    }
}
