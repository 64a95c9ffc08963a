using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cascade.Data;

/// <summary>
/// The database's one row that every save of shown data gives a new mark, in that save's own
/// transaction and before its other rows (<see cref="CascadeDbContext.SaveChangesAsync(bool, CancellationToken)"/>): what <see cref="DataStamp"/>
/// reads to learn that another program (the command line) has saved. Writes of kept results (the task
/// statuses), the server's own upkeep and other databases on the same server leave it alone, so they no
/// longer make the dashboards be built again.
/// </summary>
public sealed class SaveMark
{
    public const int TheOne = 1;

    public int Id { get; set; }

    public Guid Mark { get; set; }
}

internal sealed class SaveMarkConfiguration : IEntityTypeConfiguration<SaveMark>
{
    public void Configure(EntityTypeBuilder<SaveMark> mark)
    {
        mark.ToTable("SaveMarks");
        mark.Property(m => m.Id).ValueGeneratedNever();
        mark.HasData(new SaveMark { Id = SaveMark.TheOne, Mark = new Guid("6b1f7c1e-2d3a-4c55-9a0e-5e1c2b7d8f90") });
    }
}
