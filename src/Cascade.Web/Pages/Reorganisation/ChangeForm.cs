using Cascade.Core.Access;
using Cascade.Core.Agencies;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Reorganisation;
using Cascade.Web.Infrastructure;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Reorganisation;

/// <summary>
/// Recording a change to the agencies: the form (the agencies of the user's province in force), the
/// preview of what it moves, and the confirmation. A coordinator changes the agencies of their province,
/// an administrator any.
/// </summary>
public static class ChangeForm
{
    public const int SuccessorRows = 3;

    public sealed class SuccessorInput
    {
        public int? AgencyId { get; set; }

        public string? NewName { get; set; }

        public string? Functions { get; set; }
    }

    public sealed class Input
    {
        public List<int> Predecessors { get; set; } = [];

        public List<SuccessorInput> Successors { get; set; } = [.. Enumerable.Range(0, SuccessorRows).Select(_ => new SuccessorInput())];

        /// <summary>The row of the main successor where the duties split.</summary>
        public int Main { get; set; }

        public string? EffectiveOn { get; set; }

        public string? LegalBasis { get; set; }
    }

    public sealed record AgencyOption(int Id, string Name, string Locality);

    /// <summary>A checked change: the errors to show, or what confirming it moves.</summary>
    public sealed record Checked(IReadOnlyList<string> Errors, AgencyChange? Change, ChangeEffect? Effect);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        /// <summary>The agencies in force the user may record a change of.</summary>
        public async Task<IReadOnlyList<AgencyOption>> AgenciesAsync(CancellationToken cancellationToken)
        {
            var agencies = await Changeable().Where(a => a.ValidTo == null)
                .Select(a => new { a.Id, a.Name, Unit = db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            return agencies.Select(a => new AgencyOption(a.Id, a.Name, a.Unit ?? "Trung ương"))
                .OrderBy(a => a.Locality, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
                .ThenBy(a => a.Name, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
                .ToList();
        }

        public Task<Checked> PreviewAsync(Input input, CancellationToken cancellationToken) => CheckAsync(input, confirm: false, cancellationToken);

        public Task<Checked> ConfirmAsync(Input input, CancellationToken cancellationToken) => CheckAsync(input, confirm: true, cancellationToken);

        private async Task<Checked> CheckAsync(Input input, bool confirm, CancellationToken cancellationToken)
        {
            var ids = input.Predecessors.Distinct().ToList();
            var successorIds = input.Successors.Where(s => s.AgencyId is not null).Select(s => s.AgencyId!.Value).ToList();
            var allowed = await Changeable().Where(a => ids.Contains(a.Id) || successorIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
            if (ids.Concat(successorIds).Any(id => !allowed.Contains(id)))
            {
                return new Checked([ReorganisationErrors.UnknownAgency], null, null);
            }

            var errors = new List<string>();
            DateOnly? effectiveOn = null;
            if (!string.IsNullOrWhiteSpace(input.EffectiveOn))
            {
                effectiveOn = Display.ParseDate(input.EffectiveOn);
                if (effectiveOn is null)
                {
                    errors.Add(ReorganisationErrors.BadDate);
                }
            }

            var rows = input.Successors.Select((s, i) => (Row: s, Index: i)).Where(x => x.Row.AgencyId is not null || !string.IsNullOrWhiteSpace(x.Row.NewName)).ToList();
            var main = rows.Any(r => r.Index == input.Main) ? input.Main : rows.FirstOrDefault().Index;
            var successors = rows.Select(r => new ChangeSuccessor(r.Row.AgencyId, r.Row.AgencyId is null ? r.Row.NewName : null, r.Index == main || rows.Count == 1,
                string.IsNullOrWhiteSpace(r.Row.Functions) ? null : r.Row.Functions)).ToList();
            var predecessors = await new ChangeRecorder(db).PredecessorsAsync(ids, cancellationToken) ?? [];
            var change = new AgencyChange(predecessors, successors, effectiveOn, input.LegalBasis);
            var today = clock.Today();
            errors.AddRange(change.Validate(today)
                .Where(e => !(e == AgencyChangeError.NoDate && errors.Contains(ReorganisationErrors.BadDate)))
                .Select(ReorganisationErrors.Vietnamese));
            if (errors.Count > 0)
            {
                return new Checked(errors, change, null);
            }

            var recorder = new ChangeRecorder(db);
            var effect = confirm ? await recorder.ConfirmAsync(change, today, cancellationToken) : await recorder.PreviewAsync(change, today, cancellationToken);
            return new Checked([], change, effect);
        }

        /// <summary>The agencies of the user's provinces (an administrator: every agency, central bodies included).</summary>
        private IQueryable<Core.Agencies.Agency> Changeable()
        {
            var scope = user.Scope;
            var units = scope.UnitIds.ToList();
            return scope.Role switch
            {
                Role.Administrator => db.Agencies.AsNoTracking(),
                Role.Coordinator => db.Agencies.AsNoTracking().Where(a => a.AdministrativeUnitId != null && units.Contains(a.AdministrativeUnitId.Value)),
                _ => db.Agencies.AsNoTracking().Where(a => false),
            };
        }
    }
}
