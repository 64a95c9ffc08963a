using Cascade.Core.Reporting;
using Cascade.Core.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> target)
    {
        target.Property(t => t.Text).HasMaxLength(Target.MaxTextLength);
        target.Property(t => t.Unit).HasMaxLength(Target.MaxUnitLength);
        target.Property(t => t.Value).HasPrecision(18, 4);
        target.Property(t => t.Max).HasPrecision(18, 4);
        target.HasMany(t => t.Values).WithOne().HasForeignKey(v => v.TargetId).OnDelete(DeleteBehavior.Cascade);
        target.Navigation(t => t.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        target.HasOne<Cascade.Core.Agencies.Agency>().WithMany().HasForeignKey(t => t.ResponsibleAgencyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.ToTable("IndicatorValues");
        value.Property(v => v.Value).HasPrecision(18, 4);
        value.Property(v => v.Source).HasMaxLength(IndicatorValue.MaxSourceLength);

        // One figure per year (and one baseline per base year): two people saving the same year at once
        // cannot both insert; the second is refused and shown the first one's figure instead.
        value.HasIndex(v => new { v.TargetId, v.IsBaseline, v.Year }).IsUnique();
    }
}

internal sealed class PlanSnapshotConfiguration : IEntityTypeConfiguration<Cascade.Core.Reviews.PlanSnapshot>
{
    public void Configure(EntityTypeBuilder<Cascade.Core.Reviews.PlanSnapshot> snapshot)
    {
        snapshot.ToTable("PlanSnapshots");
        snapshot.Property(s => s.Title).HasMaxLength(Cascade.Core.Reviews.PlanSnapshot.MaxTitleLength);
        snapshot.HasOne<Cascade.Core.Documents.Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        snapshot.HasIndex(s => new { s.PlanId, s.AsOf });
    }
}

internal sealed class ReportingDutyConfiguration : IEntityTypeConfiguration<ReportingDuty>
{
    public void Configure(EntityTypeBuilder<ReportingDuty> duty)
    {
        duty.Property(d => d.Recipient).HasMaxLength(ReportingDuty.MaxRecipientLength);
        duty.Property(d => d.Due)
            .HasConversion(d => d!.Value.ToString(), s => Parse(s))
            .HasMaxLength(5);
    }

    private static DueDay? Parse(string text) => DueDay.TryParse(text, out var day) ? day : null;
}
