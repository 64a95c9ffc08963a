using Cascade.Core.Adjustments;
using Cascade.Core.Revisions;
using Cascade.Data.Registers;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Adjustments;

/// <summary>A version of a plan as listed: its number, what it rests on, when it was made.</summary>
public sealed record VersionSummary(int Number, int? DecisionId, string? DecisionNumber, DateOnly? DecisionDate, DateTimeOffset CreatedAt, int TaskCount);

/// <summary>A version read back: its register, and what changed from the version before.</summary>
public sealed record VersionDetail(VersionSummary Summary, PlanRegister Register, IReadOnlyList<TaskChange> Changes, int? Previous, int? Next);

/// <summary>Reads a plan's versions as they were kept, whatever happened to the plan since.</summary>
public sealed class PlanVersions(CascadeDbContext db)
{
    public async Task<IReadOnlyList<VersionSummary>> ListAsync(int planId, CancellationToken cancellationToken)
    {
        var rows = await Rows(planId).ToListAsync(cancellationToken);
        return rows.Select(r => Summary(r.Version, r.Decision, PlanRegisterJson.Read(r.Version.Register).Register)).ToList();
    }

    public async Task<VersionDetail?> ReadAsync(int planId, int number, CancellationToken cancellationToken)
    {
        var rows = await Rows(planId, number).ToListAsync(cancellationToken);
        var row = rows.FirstOrDefault(r => r.Version.Number == number);
        if (row is null)
        {
            return null;
        }

        var register = PlanRegisterJson.Read(row.Version.Register).Register!;
        var previous = rows.Where(r => r.Version.Number < number).MaxBy(r => r.Version.Number);
        var changes = previous is null ? [] : Between(PlanRegisterJson.Read(previous.Version.Register).Register!, register);
        var next = await db.PlanVersions.Where(v => v.PlanId == planId && v.Number > number).OrderBy(v => v.Number)
            .Select(v => (int?)v.Number).FirstOrDefaultAsync(cancellationToken);
        return new VersionDetail(Summary(row.Version, row.Decision, register), register, changes, previous?.Version.Number, next);
    }

    /// <summary>
    /// What changed between two versions, task by task. A decision keeps the number of every task it
    /// keeps and gives an added one a number the register did not use, so tasks pair by number.
    /// </summary>
    public static IReadOnlyList<TaskChange> Between(PlanRegister older, PlanRegister newer)
    {
        var oldRefs = older.Tasks.Select((t, i) => (t.Ref, i)).ToDictionary(x => x.Ref, x => x.i, StringComparer.Ordinal);
        var pairs = newer.Tasks.Select((t, i) => (t.Ref, i)).Where(x => oldRefs.ContainsKey(x.Ref)).ToDictionary(x => x.i, x => oldRefs[x.Ref]);
        return TaskChanges.FromPairs(RegisterStore.VersionsOf(older), RegisterStore.VersionsOf(newer), pairs);
    }

    private sealed record Row(PlanVersion Version, PlanDecision? Decision);

    private IQueryable<Row> Rows(int planId, int upTo = int.MaxValue) =>
        db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Number <= upTo)
            .OrderBy(v => v.Number)
            .Select(v => new Row(v, db.PlanDecisions.FirstOrDefault(d => d.Id == v.DecisionId)));

    private static VersionSummary Summary(PlanVersion version, PlanDecision? decision, PlanRegister? register) =>
        new(version.Number, version.DecisionId, decision?.Number.Text, decision?.Date, version.CreatedAt, register?.Tasks.Count ?? 0);
}
