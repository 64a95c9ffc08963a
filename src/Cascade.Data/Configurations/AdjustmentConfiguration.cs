using Cascade.Core.Adjustments;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class AdjustmentProposalConfiguration : IEntityTypeConfiguration<AdjustmentProposal>
{
    public void Configure(EntityTypeBuilder<AdjustmentProposal> proposal)
    {
        proposal.ToTable("AdjustmentProposals");
        proposal.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);

        // A task deleted by a revision (dropped with no report) leaves its proposals as history of the plan.
        proposal.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.SetNull);
        proposal.HasOne<Agency>().WithMany().HasForeignKey(p => p.ProposedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasOne<PlanDecision>().WithMany().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.NoAction);
        proposal.Property(p => p.TaskRef).HasMaxLength(PlanTask.MaxRefLength);
        proposal.Property(p => p.Title).HasMaxLength(PlanTask.MaxTitleLength);
        proposal.Property(p => p.LeadNames).HasMaxLength(4000);
        proposal.Property(p => p.SupportNames).HasMaxLength(4000);
        proposal.Property(p => p.TimeframeText).HasMaxLength(Timeframe.MaxTextLength);
        proposal.Property(p => p.Product).HasMaxLength(PlanTask.MaxProductLength);
        proposal.Property(p => p.Group).HasMaxLength(PlanTask.MaxGroupLength);
        proposal.Property(p => p.Reason).HasMaxLength(AdjustmentProposal.MaxReasonLength);
        proposal.Property(p => p.Comment).HasMaxLength(AdjustmentProposal.MaxCommentLength);
        proposal.Property(p => p.Version).IsConcurrencyToken();
        proposal.Ignore(p => p.Lead);
        proposal.Ignore(p => p.Support);
        proposal.Ignore(p => p.Proposed);
        proposal.HasIndex(p => new { p.PlanId, p.Status });
        proposal.HasIndex(p => p.TaskId);
    }
}

internal sealed class PlanDecisionConfiguration : IEntityTypeConfiguration<PlanDecision>
{
    public void Configure(EntityTypeBuilder<PlanDecision> decision)
    {
        decision.ToTable("PlanDecisions");
        decision.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        decision.Property(d => d.Number).HasConversion(n => n.Text, s => DocumentNumber.Parse(s)).HasMaxLength(60);
        decision.Property(d => d.NumberKey).HasMaxLength(60);

        // Recording the same decision twice for a plan is refused by the database too.
        decision.HasIndex(d => new { d.PlanId, d.NumberKey }).IsUnique();
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> version)
    {
        version.ToTable("PlanVersions");
        version.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        version.HasOne<PlanDecision>().WithMany().HasForeignKey(v => v.DecisionId).OnDelete(DeleteBehavior.NoAction);

        // Two decisions applied at once cannot both become version n.
        version.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        version.HasIndex(v => v.DecisionId).IsUnique();
    }
}
