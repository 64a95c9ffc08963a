using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Core.Tasks;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Agencies;

/// <summary>
/// An agency as a plan named it, and the agency holding its duties today. Pages show the holder with
/// the printed name: "Sở Tài chính (trước đây: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh)".
/// </summary>
/// <param name="AgencyId">The agency the plan named.</param>
/// <param name="Name">The name as the plan printed it.</param>
/// <param name="HolderId">The agency holding the assignment today.</param>
/// <param name="Holder">Its name.</param>
/// <param name="Before">
/// The printed name with the locality of the agency named, where the holder is another body; null when
/// nothing changed for the reader (the same department under the same city name, after the merger).
/// </param>
public sealed record HeldAgency(int AgencyId, string Name, int HolderId, string Holder, string? Before)
{
    public bool IsMoved => HolderId != AgencyId;

    /// <summary>The name shown: the holder's where another body holds the duties, else the printed one.</summary>
    public string Shown => Before is null ? Name : Holder;
}

/// <summary>Builds <see cref="HeldAgency"/> from assignment rows, looking the units' names up once.</summary>
public static class HeldAgencies
{
    /// <summary>An assignment as the queries read it.</summary>
    public sealed record Row(int TaskId, AssignmentRole Role, int Order, int AgencyId, string PrintedName, int? AgencyUnitId, int HolderId, string Holder, int? HolderUnitId);

    /// <summary>The assignments of the tasks, with their holders today.</summary>
    public static async Task<IReadOnlyList<(Row Row, HeldAgency Agency)>> OfTasksAsync(CascadeDbContext db, IEnumerable<int> taskIds, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(db, taskIds, cancellationToken);
        var name = await NamerAsync(db, rows, cancellationToken);
        return rows.Select(r => (r, name(r))).ToList();
    }

    /// <summary>
    /// The assignment rows of the tasks, by task, role and order. Read as a query of their own: as a
    /// collection inside a task query, SQLite joined every assignment in the country to its agencies
    /// before picking the plan's (0.5 s a plan page at national scale).
    /// </summary>
    public static async Task<List<Row>> RowsAsync(CascadeDbContext db, IEnumerable<int> taskIds, CancellationToken cancellationToken)
    {
        var ids = taskIds.Distinct().ToList();
        return await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.TaskId))
            .OrderBy(a => a.TaskId).ThenBy(a => a.Role).ThenBy(a => a.Order)
            .Select(a => new Row(a.TaskId, a.Role, a.Order, a.AgencyId, a.PrintedName, a.Agency!.AdministrativeUnitId, a.CurrentAgencyId, a.CurrentAgency!.Name, a.CurrentAgency.AdministrativeUnitId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A function naming each row, with the units of the rows looked up.</summary>
    public static async Task<Func<Row, HeldAgency>> NamerAsync(CascadeDbContext db, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        var unitIds = list.SelectMany(r => new[] { r.AgencyUnitId, r.HolderUnitId }).OfType<int>().Distinct().ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return r => Of(r, r.AgencyUnitId is { } a ? units.GetValueOrDefault(a) : null, r.HolderUnitId is { } h ? units.GetValueOrDefault(h) : null);
    }

    public static HeldAgency Of(Row row, AdministrativeUnit? namedUnit, AdministrativeUnit? holderUnit)
    {
        if (row.HolderId == row.AgencyId)
        {
            return new HeldAgency(row.AgencyId, row.PrintedName, row.HolderId, row.Holder, null);
        }

        var sameForTheReader = AgencyNames.Key(row.Holder) == AgencyNames.KeyWithoutLocality(row.PrintedName, namedUnit?.Name)
            && namedUnit?.NameKey == holderUnit?.NameKey;
        return new HeldAgency(row.AgencyId, row.PrintedName, row.HolderId, row.Holder,
            sameForTheReader ? null : LocalNames.WithLocality(row.PrintedName, namedUnit));
    }
}

/// <summary>Agencies under their names with their localities ("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh"), as history shows them.</summary>
public static class AgencyNamesOfTheTime
{
    public static async Task<Dictionary<int, string>> OfAsync(CascadeDbContext db, IEnumerable<int> agencyIds, CancellationToken cancellationToken)
    {
        var ids = agencyIds.Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Name,
                Unit = db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault(),
                Kind = db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => (AdministrativeUnitKind?)u.Kind).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return agencies.ToDictionary(a => a.Id, a => a.Unit is null || a.Kind is null
            ? a.Name
            : LocalNames.WithLocality(a.Name, a.Unit, AdministrativeUnit.FullNameOf(a.Unit, a.Kind.Value)));
    }
}
