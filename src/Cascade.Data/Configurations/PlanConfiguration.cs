using Cascade.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Number)
            .HasConversion(n => n!.Text, s => DocumentNumber.Parse(s))
            .HasMaxLength(60);
        plan.Property(p => p.NumberKey).HasMaxLength(60);
        plan.HasIndex(p => p.NumberKey);

        // The plans list pages the newest first and offers the localities: both read from an index
        // instead of sorting the country's 3,355 plans on each request.
        plan.HasIndex(p => new { p.Date, p.Id }).IsDescending(true, false);
        plan.HasIndex(p => p.Locality);
        plan.Property(p => p.Issuer).HasMaxLength(Plan.MaxIssuerLength);
        plan.Property(p => p.Locality).HasMaxLength(Plan.MaxLocalityLength);
        plan.Property(p => p.Title).HasMaxLength(Plan.MaxTitleLength);
        plan.Property(p => p.SearchKey).HasMaxLength(Plan.MaxTitleLength + Plan.MaxIssuerLength + 200);
        plan.HasOne<Cascade.Core.AdministrativeUnits.AdministrativeUnit>().WithMany()
            .HasForeignKey(p => p.AdministrativeUnitId).OnDelete(DeleteBehavior.Restrict);
        plan.Ignore(p => p.DisplayName);

        plan.HasMany(p => p.Implements).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.ReportingDuties).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.Navigation(p => p.Implements).UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.Navigation(p => p.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.Navigation(p => p.ReportingDuties).UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.Navigation(p => p.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DocumentReferenceConfiguration : IEntityTypeConfiguration<DocumentReference>
{
    public void Configure(EntityTypeBuilder<DocumentReference> reference)
    {
        reference.Property(r => r.Number)
            .HasConversion(n => n.Text, s => DocumentNumber.Parse(s))
            .HasMaxLength(60);
        reference.HasIndex(r => new { r.PlanId, r.Order });
    }
}
