using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class PlanPeriodConfiguration : IEntityTypeConfiguration<PlanPeriod>
{
    public void Configure(EntityTypeBuilder<PlanPeriod> period)
    {
        period.ToTable("Periods");
        period.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        period.HasIndex(p => new { p.PlanId, p.Kind, p.Year, p.Number }).IsUnique();
        period.HasIndex(p => p.DueOn);
        period.Ignore(p => p.Value);
        period.HasMany(p => p.Exceptions).WithOne().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        period.Navigation(p => p.Exceptions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PeriodExceptionConfiguration : IEntityTypeConfiguration<PeriodException>
{
    public void Configure(EntityTypeBuilder<PeriodException> exception)
    {
        exception.Property(e => e.Reason).HasMaxLength(500);
        exception.HasOne<Core.Agencies.Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<Core.Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<PlanPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        report.HasIndex(r => new { r.TaskId, r.PeriodId }).IsUnique();
        report.HasIndex(r => new { r.AgencyId, r.PeriodId });
        report.HasIndex(r => new { r.PeriodId, r.Status });
        report.Property(r => r.Results).HasMaxLength(Report.MaxTextLength);
        report.Property(r => r.Difficulties).HasMaxLength(Report.MaxTextLength);
        report.Property(r => r.Proposals).HasMaxLength(Report.MaxTextLength);
        report.Property(r => r.Version).IsConcurrencyToken();
        report.Ignore(r => r.IsLocked);
        report.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        report.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> e) => e.Property(x => x.Comment).HasMaxLength(2000);
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> contribution)
    {
        contribution.HasOne<PlanTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        contribution.HasOne<Core.Agencies.Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        contribution.HasOne<PlanPeriod>().WithMany().HasForeignKey(c => c.PeriodId).OnDelete(DeleteBehavior.Restrict);
        contribution.HasIndex(c => new { c.TaskId, c.AgencyId, c.PeriodId }).IsUnique();
        contribution.Property(c => c.Text).HasMaxLength(Report.MaxTextLength);
        contribution.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> file)
    {
        file.HasOne<Report>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        file.Property(f => f.FileName).HasMaxLength(EvidenceFile.MaxFileNameLength);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.StoredName).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
    }
}
