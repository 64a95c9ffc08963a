using Cascade.Data.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> day)
    {
        day.ToTable("CalendarDays");
        day.HasIndex(d => d.Date).IsUnique();

        // Stored by name: readable in the database and safe if the enum is reordered.
        day.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        day.Property(d => d.Reason).HasMaxLength(300);
    }
}
