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
