using Cascade.Core.Documents;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class ProductDocumentConfiguration : IEntityTypeConfiguration<ProductDocument>
{
    public void Configure(EntityTypeBuilder<ProductDocument> document)
    {
        document.ToTable("ProductDocuments");
        document.HasOne<Report>().WithMany().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<PlanTask>().WithMany().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<EvidenceFile>().WithMany().HasForeignKey(d => d.EvidenceFileId).OnDelete(DeleteBehavior.Cascade);
        document.Property(d => d.Number).HasConversion(n => n!.Text, s => DocumentNumber.Parse(s)).HasMaxLength(60);
        document.Property(d => d.Issuer).HasMaxLength(ProductDocument.MaxIssuerLength);
        document.Property(d => d.Title).HasMaxLength(ProductDocument.MaxTitleLength);
        document.HasIndex(d => d.TaskId);
        document.HasIndex(d => d.ReportId);
    }
}
