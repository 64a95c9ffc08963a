using Cascade.Core.Links;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class TaskLinkConfiguration : IEntityTypeConfiguration<TaskLink>
{
    public void Configure(EntityTypeBuilder<TaskLink> link)
    {
        link.ToTable("TaskLinks");
        link.HasOne<PlanTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);

        // A task a revision deletes (dropped with nothing attached) takes its links, either end, with it.
        link.HasOne<PlanTask>().WithMany().HasForeignKey(l => l.ParentTaskId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => new { l.TaskId, l.ParentTaskId }).IsUnique();
        link.HasIndex(l => new { l.ParentTaskId, l.Status });
    }
}
