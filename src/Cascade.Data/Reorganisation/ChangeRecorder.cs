using Cascade.Core.Agencies;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reorganisation;

/// <summary>An assignment a change hands to another agency.</summary>
public sealed record MovingTask(int PlanId, string Plan, int TaskId, string Ref, string Title, AssignmentRole Role, string PrintedName, string From, string To);

/// <summary>An unfinished report (draft, or sent back) a change hands to another agency.</summary>
public sealed record MovingReport(int PeriodId, int Year, int TaskId, string Ref, string Title, ReportStatus Status, string From, string To);

/// <summary>What a change will move (preview) or moved (confirmed).</summary>
public sealed record ChangeEffect(IReadOnlyList<MovingTask> Tasks, IReadOnlyList<MovingReport> Reports);

/// <summary>
/// Records a change to the agencies (renamed, merged, split): first what it will move, then, once the
/// coordinator confirms, the successions written, the assignments and unfinished reports handed to the
/// successors, all in one transaction and in the audit trail. Submitted and accepted reports stay with
/// the agency that filed them.
/// </summary>
public sealed class ChangeRecorder(CascadeDbContext db)
{
    /// <summary>The change's predecessors as the rules read them, or null when one of the ids is unknown.</summary>
    public async Task<IReadOnlyList<ChangedAgency>?> PredecessorsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        var found = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new ChangedAgency(a.Id, a.Name, a.ValidFrom, a.ValidTo)).ToListAsync(cancellationToken);
        return found.Count == ids.Distinct().Count() ? found : null;
    }

    /// <summary>What confirming the change on <paramref name="today"/> would move; nothing is written.</summary>
    public async Task<ChangeEffect> PreviewAsync(AgencyChange change, DateOnly today, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(change, cancellationToken);
        var proposed = ProposedLinks(change);
        return await EffectAsync(change, [.. await new AssignmentRouting(db).LinksAsync(cancellationToken), .. proposed], today, names, cancellationToken);
    }

    /// <summary>Writes the change and moves what it moves; returns what moved.</summary>
    public async Task<ChangeEffect> ConfirmAsync(AgencyChange change, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var predecessorIds = change.Predecessors.Select(p => p.Id).ToList();
        var predecessors = await db.Agencies.Include(a => a.Successions).Where(a => predecessorIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var existingIds = change.Successors.Where(s => s.ExistingId is not null).Select(s => s.ExistingId!.Value).ToList();
        var existing = await db.Agencies.Where(a => existingIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        // A new successor belongs where the agency it succeeds belongs.
        var unit = predecessors[0].AdministrativeUnitId;
        var successors = change.Successors.Select(s => s.ExistingId is { } id
                ? existing[id]
                : new Agency(AgencyNames.Expand(s.NewName!), AgencyNames.GuessKind(s.NewName!), unit, validFrom: change.EffectiveOn))
            .ToList();
        db.Agencies.AddRange(successors.Where(a => a.Id == 0));
        var basis = VietnameseText.Clean(change.LegalBasis);
        foreach (var predecessor in predecessors)
        {
            for (var i = 0; i < successors.Count; i++)
            {
                predecessor.SucceededBy(successors[i], change.EffectiveOn!.Value.AddDays(-1), basis, change.Successors[i].IsMain,
                    string.IsNullOrWhiteSpace(change.Successors[i].Functions) ? null : VietnameseText.Clean(change.Successors[i].Functions));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var links = await new AssignmentRouting(db).LinksAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var effect = await EffectAsync(change, links, today, names, cancellationToken);

        await new AssignmentRouting(db).RerouteAsync(a => predecessorIds.Contains(a.CurrentAgencyId), today, cancellationToken);
        var open = (await OpenReportsAsync(predecessorIds, today, cancellationToken)).Select(r => r.Id).ToList();
        foreach (var report in await db.Reports.Where(r => open.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            report.HandOver(AgencyHolder.HolderOn(report.AgencyId, today, links));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return effect;
    }

    private async Task<ChangeEffect> EffectAsync(AgencyChange change, IReadOnlyList<SuccessionLink> links, DateOnly today, IReadOnlyDictionary<int, string> names, CancellationToken cancellationToken)
    {
        var predecessorIds = change.Predecessors.Select(p => p.Id).ToList();
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => predecessorIds.Contains(a.CurrentAgencyId))
            .Join(db.Tasks.Where(t => t.WithdrawnAt == null), a => a.TaskId, t => t.Id, (a, t) => new { a.CurrentAgencyId, a.Role, a.PrintedName, a.Order, Task = t })
            .Join(db.Plans, x => x.Task.PlanId, p => p.Id, (x, p) => new
            {
                x.CurrentAgencyId, x.Role, x.PrintedName, x.Order, x.Task.PlanId, Plan = p.Number != null ? p.Number.Text : p.Issuer,
                TaskId = x.Task.Id, x.Task.Ref, x.Task.Title, TaskOrder = x.Task.Order,
            })
            .OrderBy(x => x.PlanId).ThenBy(x => x.TaskOrder).ThenBy(x => x.Role).ThenBy(x => x.Order)
            .ToListAsync(cancellationToken);
        var tasks = assignments
            .Select(a => new MovingTask(a.PlanId, a.Plan, a.TaskId, a.Ref, a.Title, a.Role, a.PrintedName,
                names.GetValueOrDefault(a.CurrentAgencyId, "?"), names.GetValueOrDefault(AgencyHolder.HolderOn(a.CurrentAgencyId, today, links), "?")))
            .ToList();

        var reports = await OpenReportsAsync(predecessorIds, today, cancellationToken);
        return new ChangeEffect(tasks,
            reports.Select(r => new MovingReport(r.PeriodId, r.Year, r.TaskId, r.Ref, r.Title, r.Status,
                names.GetValueOrDefault(r.AgencyId, "?"), names.GetValueOrDefault(AgencyHolder.HolderOn(r.AgencyId, today, links), "?"))).ToList());
    }

    private sealed record OpenReport(int Id, int PeriodId, int Year, int TaskId, string Ref, string Title, int AgencyId, ReportStatus Status);

    /// <summary>Drafts and reports sent back of the agencies, in periods still taking reports from them on the day.</summary>
    private async Task<IReadOnlyList<OpenReport>> OpenReportsAsync(IReadOnlyCollection<int> agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = agencyIds.ToList();
        var candidates = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.AgencyId) && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
            .Join(db.Tasks, r => r.TaskId, t => t.Id, (r, t) => new { Report = r, t.Ref, t.Title })
            .ToListAsync(cancellationToken);
        var periodIds = candidates.Select(c => c.Report.PeriodId).Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Include(p => p.Exceptions).Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return candidates
            .Where(c => periods[c.Report.PeriodId].PhaseFor(c.Report.AgencyId, today) != PeriodPhase.Locked)
            .Select(c => new OpenReport(c.Report.Id, c.Report.PeriodId, periods[c.Report.PeriodId].Year, c.Report.TaskId, c.Ref, c.Title, c.Report.AgencyId, c.Report.Status))
            .OrderBy(r => r.Year).ThenBy(r => r.TaskId)
            .ToList();
    }

    /// <summary>The names the preview shows: the agencies of the catalogue and the change's new successors (negative ids).</summary>
    private async Task<Dictionary<int, string>> NamesAsync(AgencyChange change, CancellationToken cancellationToken)
    {
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        for (var i = 0; i < change.Successors.Count; i++)
        {
            if (change.Successors[i].ExistingId is null)
            {
                names[-(i + 1)] = AgencyNames.Expand(change.Successors[i].NewName ?? string.Empty);
            }
        }

        return names;
    }

    /// <summary>The successions the change would write; a new successor has the id -1, -2... until it is stored.</summary>
    private static IEnumerable<SuccessionLink> ProposedLinks(AgencyChange change) =>
        change.Predecessors.SelectMany(p => change.Successors.Select((s, i) =>
            new SuccessionLink(p.Id, s.ExistingId ?? -(i + 1), change.EffectiveOn!.Value, s.IsMain, s.Functions, change.LegalBasis ?? string.Empty)));
}
