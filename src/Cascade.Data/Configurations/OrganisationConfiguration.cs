using Cascade.Core.Organisations;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(Organisation.MaxNameLength);
        organisation.Property(o => o.NameKey).HasMaxLength(Organisation.MaxNameLength);
        organisation.Property(o => o.TaxCode).HasMaxLength(Organisation.MaxTaxCodeLength);
        organisation.Property(o => o.ContactPerson).HasMaxLength(Organisation.MaxContactLength);
        organisation.Property(o => o.Email).HasMaxLength(Organisation.MaxEmailLength);
        organisation.Property(o => o.Phone).HasMaxLength(Organisation.MaxPhoneLength);
        organisation.HasIndex(o => o.Email);
    }
}

internal sealed class TaskParticipationConfiguration : IEntityTypeConfiguration<TaskParticipation>
{
    public void Configure(EntityTypeBuilder<TaskParticipation> participation)
    {
        participation.ToTable("TaskParticipations");
        participation.Property(p => p.Application).HasMaxLength(OrganisationApplication.MaxApplicationLength);
        participation.Property(p => p.Note).HasMaxLength(TaskParticipation.MaxNoteLength);
        participation.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        participation.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        participation.HasIndex(p => new { p.TaskId, p.Status });
        participation.HasIndex(p => new { p.OrganisationId, p.TaskId });
    }
}

internal sealed class ReportOrganisationConfiguration : IEntityTypeConfiguration<ReportOrganisation>
{
    public void Configure(EntityTypeBuilder<ReportOrganisation> named)
    {
        named.ToTable("ReportOrganisations");
        named.HasKey(r => new { r.ReportId, r.OrganisationId });
        named.HasOne(r => r.Report).WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        named.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
