using Cascade.Core.AdministrativeUnits;
using Cascade.Core.BiotechBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class BiotechEntryConfiguration : IEntityTypeConfiguration<BiotechEntry>
{
    public void Configure(EntityTypeBuilder<BiotechEntry> entry)
    {
        entry.ToTable("BiotechEntries");
        entry.Property(e => e.Name).HasMaxLength(BiotechEntry.MaxNameLength);
        entry.Property(e => e.NameKey).HasMaxLength(BiotechEntry.MaxNameLength);
        entry.Property(e => e.Code).HasMaxLength(BiotechEntry.MaxCodeLength);
        entry.Property(e => e.Organisation).HasMaxLength(BiotechEntry.MaxOrganisationLength);
        entry.Property(e => e.Description).HasMaxLength(BiotechEntry.MaxDescriptionLength);
        entry.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(e => e.AdministrativeUnitId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.AdministrativeUnitId, e.Kind, e.Status });
    }
}
