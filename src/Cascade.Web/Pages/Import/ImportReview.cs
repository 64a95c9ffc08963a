using System.Text.Json;
using Cascade.Data;
using Cascade.Data.Imports;
using Cascade.Data.Registers;
using Cascade.Import.Reading;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Import;

/// <summary>
/// Reviewing an imported draft: every post keeps the reviewer's form in the draft (so nothing is
/// lost), and Save turns it into a plan once it validates. Two reviewers of one draft cannot save
/// over each other: the form carries the draft's version.
/// </summary>
public static class ImportReview
{
    public sealed record Draft(Guid Id, string FileName, DateTimeOffset UploadedAt, PlanRegister Parsed, ReviewInput Input,
        IReadOnlyList<ImportWarning> Warnings, int? SavedPlanId)
    {
        /// <summary>Agency names the catalogue of the plan's locality does not know: saving adds them as new agencies.</summary>
        public IReadOnlyList<string> NewAgencies { get; init; } = [];
    }

    public enum Outcome
    {
        Kept,
        Saved,
        Invalid,
        Conflict,
        AlreadySaved,
        Refused,

        /// <summary>A plan with this number is stored: the changes are shown before it is replaced.</summary>
        NewerVersion,
    }

    public enum Mode
    {
        Keep,
        Save,

        /// <summary>Save as the newer version of the stored plan with the same number.</summary>
        SaveRevision,
    }

    public sealed record SaveResult(Outcome Outcome, IReadOnlyList<KeyValuePair<string, string>> Errors, int? PlanId, ReviewInput? Current,
        IReadOnlyList<Cascade.Core.Revisions.TaskChange>? Changes = null);

    public sealed class Handler(CascadeDbContext db, RegisterStore store, TimeProvider clock, Infrastructure.Security.CurrentUser user)
    {
        public async Task<Draft?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var draft = await db.ImportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (draft is null)
            {
                return null;
            }

            var loaded = ToDraft(draft);
            return loaded with { NewAgencies = await store.UnknownAgenciesAsync(loaded.Parsed, cancellationToken) };
        }

        public async Task<SaveResult> SubmitAsync(Guid id, ReviewInput input, Mode mode, CancellationToken cancellationToken)
        {
            var draft = await db.ImportDrafts.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (draft is null)
            {
                return new SaveResult(Outcome.Refused, [new(string.Empty, "Bản nháp không còn.")], null, null);
            }

            if (draft.SavedPlanId is { } savedId)
            {
                return new SaveResult(Outcome.AlreadySaved, [], savedId, null);
            }

            if (draft.Version != input.Version)
            {
                return new SaveResult(Outcome.Conflict, [], null, ToDraft(draft).Input);
            }

            draft.ReviewJson = JsonSerializer.Serialize(input);
            draft.UpdatedAt = clock.GetUtcNow();
            draft.Version++;
            db.Entry(draft).Property(d => d.Version).OriginalValue = input.Version;

            var parsed = PlanRegisterJson.Read(draft.RegisterJson).Register!;
            var (register, errors) = input.ToRegister(parsed);
            var save = mode != Mode.Keep;
            var outcome = Outcome.Kept;
            int? planId = null;
            IReadOnlyList<Cascade.Core.Revisions.TaskChange>? changes = null;
            var stored = save && register is not null ? await store.PreviewRevisionAsync(register, cancellationToken) : null;
            if (save && register is null)
            {
                outcome = Outcome.Invalid;
            }
            else if (save && !user.Scope.CanManagePlan(await store.FindUnitIdAsync(register!.Document.Locality, cancellationToken)))
            {
                // A coordinator stores plans of their own province only.
                outcome = Outcome.Refused;
                errors = [new(string.Empty, $"Tài khoản của bạn không được lưu kế hoạch của địa phương \"{register.Document.Locality ?? "(không rõ)"}\".")];
            }
            else if (stored is { } existing && mode == Mode.Save)
            {
                outcome = Outcome.NewerVersion;
                changes = existing.Changes;
                planId = existing.PlanId;
            }
            else if (save)
            {
                var saved = stored is { } replaced
                    ? await store.ReviseAsync(replaced.PlanId, register!, cancellationToken)
                    : await store.SaveAsync(register!, cancellationToken);
                if (saved.Succeeded)
                {
                    draft.SavedPlanId = saved.PlanId;
                    draft.RegisterJson = PlanRegisterJson.Write(register!);
                    outcome = Outcome.Saved;
                    planId = saved.PlanId;
                }
                else
                {
                    outcome = Outcome.Refused;
                    errors = [new(string.Empty, saved.Error!)];
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await db.ImportDrafts.AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken);
                return new SaveResult(Outcome.Conflict, [], null, ToDraft(current).Input);
            }

            return new SaveResult(outcome, errors, planId, null, changes);
        }

        private static Draft ToDraft(ImportDraft draft)
        {
            var parsed = PlanRegisterJson.Read(draft.RegisterJson).Register!;
            var input = draft.ReviewJson is null
                ? ReviewInput.From(parsed, draft.Version)
                : JsonSerializer.Deserialize<ReviewInput>(draft.ReviewJson)!;
            input.Version = draft.Version;
            var warnings = JsonSerializer.Deserialize<List<ImportWarning>>(draft.WarningsJson) ?? [];
            return new Draft(draft.Id, draft.FileName, draft.UploadedAt, parsed, input, warnings, draft.SavedPlanId);
        }
    }
}
