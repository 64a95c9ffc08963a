using Cascade.Core.BiotechBase;
using Cascade.Data;
using Cascade.Data.BiotechBase;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Cascade.Web.Pages.Coverage;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>
/// Keeping a province's base: an entry added, corrected or removed by hand, a workbook imported (all
/// rows or none), and the base's count recorded as a target's value for the year.
/// </summary>
public static class BiotechBaseCommands
{
    /// <summary>Where a recorded value says it comes from.</summary>
    public const string Source = "Cơ sở dữ liệu CNSH của tỉnh";

    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Refused,
    }

    public sealed record Result(Outcome Outcome, IReadOnlyList<string> Errors)
    {
        public static Result Ok { get; } = new(Outcome.Done, []);

        public static Result Missing { get; } = new(Outcome.NotFound, []);

        public static Result Forbidden { get; } = new(Outcome.Forbidden, [BiotechErrors.NotAllowed]);

        public static Result Refused(params string[] errors) => new(Outcome.Refused, errors);
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        private readonly BiotechImport import = new(db, clock);

        /// <summary>Adds an entry, or corrects the one with <paramref name="entryId"/>.</summary>
        public async Task<Result> SaveAsync(int provinceId, int? entryId, BiotechEntryInput input, CancellationToken cancellationToken)
        {
            if (await CheckAsync(provinceId, cancellationToken) is { } refused)
            {
                return refused;
            }

            var (values, errors) = input.Read();
            if (values is null)
            {
                return Result.Refused(errors.Select(e => $"{BiotechErrors.Column(e.Column)}: {BiotechErrors.Vietnamese(e)}").ToArray());
            }

            var entries = await db.BiotechEntries.Where(e => e.AdministrativeUnitId == provinceId && e.Kind == values.Kind || e.Id == entryId).ToListAsync(cancellationToken);
            var entry = entryId is { } id ? entries.FirstOrDefault(e => e.Id == id && e.AdministrativeUnitId == provinceId) : null;
            if (entryId is not null && entry is null)
            {
                return Result.Missing;
            }

            if (entries.Any(e => e != entry && e.AdministrativeUnitId == provinceId && BiotechEntry.AreSame(e.Kind, e.Code, e.Name, values.Kind, values.Code, values.Name)))
            {
                return Result.Refused(BiotechErrors.Vietnamese(BiotechError.Duplicate));
            }

            if (entry is null)
            {
                db.BiotechEntries.Add(new BiotechEntry(provinceId, values, clock.GetUtcNow()));
            }
            else
            {
                entry.Update(values, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }

        public async Task<Result> DeleteAsync(int provinceId, int entryId, CancellationToken cancellationToken)
        {
            if (await CheckAsync(provinceId, cancellationToken) is { } refused)
            {
                return refused;
            }

            var entry = await db.BiotechEntries.FirstOrDefaultAsync(e => e.Id == entryId && e.AdministrativeUnitId == provinceId, cancellationToken);
            if (entry is null)
            {
                return Result.Missing;
            }

            db.BiotechEntries.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }

        /// <summary>The import's outcome; nothing is saved when a row is bad.</summary>
        public async Task<(Result Result, ImportOutcome? Import)> ImportAsync(int provinceId, Stream workbook, CancellationToken cancellationToken)
        {
            if (await CheckAsync(provinceId, cancellationToken) is { } refused)
            {
                return (refused, null);
            }

            var outcome = await import.ImportAsync(provinceId, workbook, cancellationToken);
            return (outcome.Saved ? Result.Ok : Result.Refused(BiotechErrors.Problem(outcome.Reading.Problem)), outcome);
        }

        /// <summary>
        /// Records the base's count of what the target counts as the target's value for this year, with
        /// the base as its source (replacing a value of the year recorded before).
        /// </summary>
        public async Task<Result> RecordCountAsync(int provinceId, int targetId, CancellationToken cancellationToken)
        {
            if (await CheckAsync(provinceId, cancellationToken) is { } refused)
            {
                return refused;
            }

            var today = clock.Today();
            var map = await ProvinceMap.LoadAsync(db, today, cancellationToken);
            var target = await db.Targets.Include(t => t.Values).FirstOrDefaultAsync(t => t.Id == targetId && t.WithdrawnAt == null, cancellationToken);
            var planUnit = target is null ? null : await db.VisiblePlans(user.Scope).Where(p => p.Id == target.PlanId).Select(p => new { p.AdministrativeUnitId }).FirstOrDefaultAsync(cancellationToken);
            if (target is null || planUnit is null || map.ProvinceOf(planUnit.AdministrativeUnitId) != provinceId)
            {
                return Result.Missing;
            }

            if (BiotechCounts.CountedKind(target.Text, target.Unit) is not { } kind)
            {
                return Result.Refused(BiotechErrors.NotCounting);
            }

            var count = await import.CountAsync(provinceId, kind, today.Year, cancellationToken);
            target.Record(today.Year, count, isBaseline: false, Source, today, user.UserId ?? Guid.Empty, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }

        private async Task<Result?> CheckAsync(int provinceId, CancellationToken cancellationToken)
        {
            var map = await ProvinceMap.LoadAsync(db, clock.Today(), cancellationToken);
            if (map.Current.All(p => p.Id != provinceId))
            {
                return Result.Missing;
            }

            return BiotechAccess.MayKeep(user.Scope, map, provinceId) ? null : Result.Forbidden;
        }
    }
}
