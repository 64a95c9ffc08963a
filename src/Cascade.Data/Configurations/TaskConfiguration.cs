using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class TaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> task)
    {
        task.ToTable("Tasks");
        task.Property(t => t.Ref).HasMaxLength(PlanTask.MaxRefLength);
        task.Property(t => t.Group).HasMaxLength(PlanTask.MaxGroupLength);
        task.Property(t => t.Title).HasMaxLength(PlanTask.MaxTitleLength);
        task.Property(t => t.Product).HasMaxLength(PlanTask.MaxProductLength);
        task.HasIndex(t => new { t.PlanId, t.Order });
        task.ComplexProperty(t => t.Timeframe, timeframe =>
        {
            timeframe.Property(f => f.Kind).HasColumnName("TimeframeKind");
            timeframe.Property(f => f.Text).HasColumnName("TimeframeText").HasMaxLength(Timeframe.MaxTextLength);
            timeframe.Property(f => f.From).HasColumnName("TimeframeFrom");
            timeframe.Property(f => f.To).HasColumnName("TimeframeTo");
            timeframe.Property(f => f.Due).HasColumnName("TimeframeDue");
        });
        task.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        task.Navigation(t => t.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        task.Ignore(t => t.Leads);
        task.Ignore(t => t.Coordinating);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.Property(a => a.PrintedName).HasMaxLength(Agency.MaxNameLength);
        assignment.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne(a => a.CurrentAgency).WithMany().HasForeignKey(a => a.CurrentAgencyId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasIndex(a => new { a.AgencyId, a.Role });
        assignment.HasIndex(a => new { a.CurrentAgencyId, a.Role });
        assignment.Ignore(a => a.IsMoved);
    }
}

internal sealed class TaskYearStatusConfiguration : IEntityTypeConfiguration<Progress.TaskYearStatus>
{
    public void Configure(EntityTypeBuilder<Progress.TaskYearStatus> status)
    {
        status.ToTable("TaskYearStatuses");
        status.HasKey(s => new { s.TaskId, s.Year });
        status.HasOne<PlanTask>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        status.HasIndex(s => new { s.Year, s.PlanId, s.Status });
        status.HasIndex(s => new { s.Year, s.LeadAgencyId, s.Status });
    }
}
