using System.Runtime.CompilerServices;
using System.Text.Json;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cascade.Data.Auditing;

/// <summary>
/// Writes an audit entry for every change to the records people are accountable for (plans, tasks,
/// assignments, agencies, periods, reports, contributions, evidence), in the same transaction as
/// the change itself; the ids the database gives new records are written into their entries
/// by a second save right after the insert.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Audited =
    [
        typeof(Plan), typeof(PlanTask), typeof(Assignment), typeof(Agency), typeof(AgencySuccession),
        typeof(PlanPeriod), typeof(PeriodException), typeof(Report), typeof(Contribution), typeof(EvidenceFile),
        typeof(Core.Targets.Target), typeof(Core.Targets.IndicatorValue),
        typeof(Core.Organisations.Organisation), typeof(Core.Organisations.TaskParticipation), typeof(Core.Organisations.ReportOrganisation),
        typeof(Core.BiotechBase.BiotechEntry),
        typeof(ProductDocument), typeof(Core.Adjustments.AdjustmentProposal), typeof(Core.Adjustments.PlanDecision),
        typeof(Core.Adjustments.PlanVersion), typeof(Core.Links.TaskLink),
    ];

    // New records wait here, per context, for the ids the database gives them; one interceptor
    // serves every context, so that a context's options are built once, not per request.
    private readonly ConditionalWeakTable<DbContext, List<(EntityEntry Entry, AuditEntry Audit)>> _pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (FlushKeys(eventData.Context) is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushKeys(eventData.Context)?.SaveChanges();
        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => Audited.Contains(e.Metadata.ClrType)
                     && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            var changed = entry.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified).ToList();
            var audit = new AuditEntry
            {
                At = now,
                UserId = user.UserId,
                UserName = user.UserName,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State.ToString(),
                Before = entry.State == EntityState.Added ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                After = entry.State == EntityState.Deleted ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            };
            context.Set<AuditEntry>().Add(audit);
            if (entry.State == EntityState.Added)
            {
                _pending.GetOrCreateValue(context).Add((entry, audit));
            }
        }
    }

    /// <summary>Puts the database-generated ids of new records into their audit entries.</summary>
    private DbContext? FlushKeys(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Count == 0)
        {
            return null;
        }

        foreach (var (entry, audit) in pending)
        {
            audit.EntityId = KeyOf(entry);
        }

        pending.Clear();
        return context.ChangeTracker.HasChanges() ? context : null;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static string Serialize(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(values.ToDictionary(v => v.Key, v => v.Value?.ToString()), Json);
}
