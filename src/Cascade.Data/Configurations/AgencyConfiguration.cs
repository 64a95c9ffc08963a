using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.Property(a => a.Name).HasMaxLength(Agency.MaxNameLength);
        agency.Property(a => a.NameKey).HasMaxLength(Agency.MaxNameLength);
        agency.Property(a => a.SearchKey).HasMaxLength(Agency.MaxNameLength);
        agency.HasIndex(a => new { a.AdministrativeUnitId, a.NameKey });

        // The agencies list pages in alphabetical order: read from an index, not a sort of 10,000 agencies.
        agency.HasIndex(a => new { a.SearchKey, a.Id });
        agency.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(a => a.AdministrativeUnitId).OnDelete(DeleteBehavior.Restrict);
        agency.HasMany(a => a.Aliases).WithOne().HasForeignKey("AgencyId").OnDelete(DeleteBehavior.Cascade);
        agency.Navigation(a => a.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        agency.HasMany(a => a.Successions).WithOne(s => s.Predecessor).HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        agency.Navigation(a => a.Successions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AgencyAliasConfiguration : IEntityTypeConfiguration<AgencyAlias>
{
    public void Configure(EntityTypeBuilder<AgencyAlias> alias)
    {
        alias.Property(a => a.Name).HasMaxLength(Agency.MaxNameLength);
        alias.Property(a => a.NameKey).HasMaxLength(Agency.MaxNameLength);
        alias.HasIndex(a => a.NameKey);
    }
}

internal sealed class AgencySuccessionConfiguration : IEntityTypeConfiguration<AgencySuccession>
{
    public void Configure(EntityTypeBuilder<AgencySuccession> succession)
    {
        succession.Property(s => s.LegalBasis).HasMaxLength(AgencySuccession.MaxLegalBasisLength);
        succession.Property(s => s.Functions).HasMaxLength(500);
        succession.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> unit)
    {
        unit.Property(u => u.Code).HasMaxLength(AdministrativeUnit.MaxCodeLength);
        unit.Property(u => u.Name).HasMaxLength(AdministrativeUnit.MaxNameLength);
        unit.Property(u => u.NameKey).HasMaxLength(AdministrativeUnit.MaxNameLength);
        unit.HasIndex(u => u.Code);
        unit.HasIndex(u => u.NameKey);
        unit.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.Ignore(u => u.FullName);
        unit.Ignore(u => u.IsProvinceLevel);
        unit.HasMany(u => u.Successions).WithOne(s => s.Predecessor).HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        unit.Navigation(u => u.Successions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AdministrativeUnitSuccessionConfiguration : IEntityTypeConfiguration<AdministrativeUnitSuccession>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnitSuccession> succession)
    {
        succession.Property(s => s.LegalBasis).HasMaxLength(AgencySuccession.MaxLegalBasisLength);
        succession.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
