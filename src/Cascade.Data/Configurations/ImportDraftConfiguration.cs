using Cascade.Data.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class ImportDraftConfiguration : IEntityTypeConfiguration<ImportDraft>
{
    public void Configure(EntityTypeBuilder<ImportDraft> draft)
    {
        draft.Property(d => d.FileName).HasMaxLength(ImportDraft.MaxFileNameLength);
        draft.Property(d => d.Version).IsConcurrencyToken();
        draft.HasIndex(d => d.UploadedAt);
    }
}
