using Cascade.Data.Auditing;
using Cascade.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("AuditTrail");
        audit.Property(a => a.EntityType).HasMaxLength(60);
        audit.Property(a => a.EntityId).HasMaxLength(60);
        audit.Property(a => a.Action).HasMaxLength(20);
        audit.Property(a => a.UserName).HasMaxLength(256);
        audit.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Kind).HasMaxLength(40);
        notification.Property(n => n.Title).HasMaxLength(300);
        notification.Property(n => n.Body).HasMaxLength(4000);
        notification.Property(n => n.Link).HasMaxLength(300);
        notification.Property(n => n.DedupKey).HasMaxLength(200);
        notification.HasIndex(n => n.DedupKey).IsUnique();
        notification.HasIndex(n => new { n.AgencyId, n.ReadAt });
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> email)
    {
        email.Property(e => e.To).HasMaxLength(256);
        email.Property(e => e.Subject).HasMaxLength(300);
        email.Property(e => e.Body).HasMaxLength(8000);
        email.Property(e => e.LastError).HasMaxLength(1000);
        email.Property(e => e.DedupKey).HasMaxLength(200);
        email.HasIndex(e => e.DedupKey).IsUnique();
        email.HasIndex(e => e.SentAt);
    }
}
