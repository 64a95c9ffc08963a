using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Indicators;

/// <summary>
/// Entering an indicator's baseline or a year's value, and the coordinator's settings (who enters,
/// whether it is published). A figure that would replace one the user has not seen is not saved:
/// the user is shown the figure it would replace and confirms, so two people never overwrite each
/// other silently.
/// </summary>
public static class IndicatorCommands
{
    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Invalid,
        Confirm,
    }

    /// <summary>The figure an entry would replace, as the user is shown it.</summary>
    public sealed record CurrentValue(int Id, int Year, bool IsBaseline, decimal Value, string Source, DateOnly MeasuredOn, string? EnteredBy, DateTimeOffset EnteredAt);

    public sealed record Result(Outcome Outcome, Message? Error = null, IReadOnlyDictionary<string, Message>? Errors = null, CurrentValue? Current = null)
    {
        public static readonly Result Ok = new(Outcome.Done);
        public static readonly Result Missing = new(Outcome.NotFound);
        public static readonly Result Forbidden = new(Outcome.Forbidden, new Message(IndicatorErrors.NotAllowed));
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> RecordAsync(int targetId, IndicatorForm form, CancellationToken cancellationToken)
        {
            var access = await IndicatorAccess.ForTargetAsync(db, user, targetId, cancellationToken);
            if (access is null)
            {
                return Result.Missing;
            }

            var target = await db.Targets.Include(t => t.Values).FirstAsync(t => t.Id == targetId, cancellationToken);
            if (!access.CanEnter(target.ResponsibleAgencyId))
            {
                return Result.Forbidden;
            }

            var (entry, errors) = form.Read(target.RelativeTo, clock.Today());
            if (entry is null)
            {
                return new Result(Outcome.Invalid, new Message(IndicatorErrors.Invalid), errors);
            }

            if (target.ValueOf(entry.Year, entry.IsBaseline) is { } existing && existing.Id != form.Replaces)
            {
                return await ConfirmAsync(targetId, entry.Year, entry.IsBaseline, cancellationToken);
            }

            target.Record(entry.Year, entry.Value, entry.IsBaseline, entry.Source, entry.MeasuredOn, user.UserId ?? Guid.Empty, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Result.Ok;
            }
            catch (DbUpdateException)
            {
                // Someone saved the same year (or replaced the same figure) meanwhile: show theirs.
                db.ChangeTracker.Clear();
                return await ConfirmAsync(targetId, entry.Year, entry.IsBaseline, cancellationToken);
            }
        }

        /// <summary>The coordinator names the agency that enters the values (one of the plan's) and publishes the indicator or not.</summary>
        public async Task<Result> SetUpAsync(int targetId, int? responsibleAgencyId, bool publish, CancellationToken cancellationToken)
        {
            var access = await IndicatorAccess.ForTargetAsync(db, user, targetId, cancellationToken);
            if (access is null)
            {
                return Result.Missing;
            }

            if (!access.CanManage)
            {
                return Result.Forbidden;
            }

            if (responsibleAgencyId is { } agency && (await IndicatorPage.AgenciesOfPlanAsync(db, access.PlanId, cancellationToken)).All(a => a.Id != agency))
            {
                return new Result(Outcome.Invalid, new Message(IndicatorErrors.UnknownAgency),
                    new Dictionary<string, Message>(StringComparer.Ordinal) { ["ResponsibleAgencyId"] = new(IndicatorErrors.UnknownAgency) });
            }

            var target = await db.Targets.FirstAsync(t => t.Id == targetId, cancellationToken);
            target.AssignResponsibility(responsibleAgencyId);
            target.Publish(publish);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }

        private async Task<Result> ConfirmAsync(int targetId, int year, bool isBaseline, CancellationToken cancellationToken)
        {
            var current = await db.IndicatorValues.AsNoTracking()
                .Where(v => v.TargetId == targetId && v.IsBaseline == isBaseline && (isBaseline || v.Year == year))
                .OrderByDescending(v => v.Id)
                .Select(v => new { v.Id, v.Year, v.IsBaseline, v.Value, v.Source, v.MeasuredOn, v.EnteredBy, v.EnteredAt })
                .FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                // The figure that was in the way is gone again: nothing to confirm, the user may simply save.
                return new Result(Outcome.Confirm, new Message(IndicatorErrors.Changed));
            }

            var by = await db.Users.AsNoTracking().Where(u => u.Id == current.EnteredBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
            var shown = new CurrentValue(current.Id, current.Year, current.IsBaseline, current.Value, current.Source, current.MeasuredOn, by, current.EnteredAt);
            var number = IndicatorLabels.Figure(current.Value);
            var message = isBaseline
                ? new Message(IndicatorErrors.ReplaceBaseline, current.Year, number, current.Source)
                : new Message(IndicatorErrors.ReplaceYear, current.Year, number, current.Source);
            return new Result(Outcome.Confirm, message, Current: shown);
        }
    }
}
