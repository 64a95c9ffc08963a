using Cascade.Core.BiotechBase;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.BiotechBase;

/// <summary>What an import did: nothing when the workbook had any error, else the entries added and updated.</summary>
public sealed record ImportOutcome(WorkbookReading Reading, int Added, int Updated)
{
    public bool Saved => Reading.IsValid;
}

/// <summary>
/// Loads a workbook into a province's base, all or nothing: a single bad row and no row is saved, so
/// the coordinator corrects the file and loads it again without wondering which rows went in. An
/// entry already in the base (<see cref="BiotechEntry.AreSame"/>) is updated, not added twice.
/// </summary>
public sealed class BiotechImport(CascadeDbContext db, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(int administrativeUnitId, Stream workbook, CancellationToken cancellationToken = default)
    {
        var reading = BiotechWorkbook.Read(workbook);
        if (!reading.IsValid)
        {
            return new ImportOutcome(reading, 0, 0);
        }

        var (added, updated) = await SaveAsync(administrativeUnitId, reading.Rows.Select(r => r.Values).ToList(), cancellationToken);
        return new ImportOutcome(reading, added, updated);
    }

    public async Task<(int Added, int Updated)> SaveAsync(int administrativeUnitId, IReadOnlyList<BiotechEntryValues> rows, CancellationToken cancellationToken = default)
    {
        var kinds = rows.Select(r => r.Kind).Distinct().ToList();
        var existing = await db.BiotechEntries
            .Where(e => e.AdministrativeUnitId == administrativeUnitId && kinds.Contains(e.Kind))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        int added = 0, updated = 0;
        foreach (var row in rows)
        {
            var same = existing.FirstOrDefault(e => BiotechEntry.AreSame(e.Kind, e.Code, e.Name, row.Kind, row.Code, row.Name));
            if (same is null)
            {
                var entry = new BiotechEntry(administrativeUnitId, row, now);
                db.BiotechEntries.Add(entry);
                existing.Add(entry);
                added++;
            }
            else
            {
                same.Update(row, now);
                updated++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, updated);
    }

    /// <summary>How many entries of a kind the province's base counts for the year (<see cref="BiotechEntry.CountsIn"/>).</summary>
    public async Task<int> CountAsync(int administrativeUnitId, BiotechEntryKind kind, int year, CancellationToken cancellationToken = default) =>
        await db.BiotechEntries.AsNoTracking()
            .CountAsync(e => e.AdministrativeUnitId == administrativeUnitId && e.Kind == kind
                && e.Status != BiotechEntryStatus.Inactive && (e.Year == null || e.Year <= year), cancellationToken);
}
