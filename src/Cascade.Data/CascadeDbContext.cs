using Cascade.Core.Agencies;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cascade.Data;

/// <summary>
/// The one database of Cascade. Each provider has its own subclass only so that it can carry its
/// own migrations (SqliteCascadeDbContext, PostgresCascadeDbContext); code uses this type.
/// </summary>
/// <remarks>
/// New migration, once per provider:
/// <code>
/// dotnet ef migrations add NAME --project src/Cascade.Data --context SqliteCascadeDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/Cascade.Data --context PostgresCascadeDbContext --output-dir Migrations/Postgres
/// </code>
/// </remarks>
public abstract class CascadeDbContext(DbContextOptions options)
    : IdentityDbContext<CascadeUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<DocumentReference> DocumentReferences => Set<DocumentReference>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<Core.Reviews.PlanSnapshot> Snapshots => Set<Core.Reviews.PlanSnapshot>();

    public DbSet<Progress.TaskYearStatus> TaskYearStatuses => Set<Progress.TaskYearStatus>();

    public DbSet<ReportingDuty> ReportingDuties => Set<ReportingDuty>();

    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencySuccession> AgencySuccessions => Set<AgencySuccession>();

    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();

    public DbSet<AdministrativeUnitSuccession> AdministrativeUnitSuccessions => Set<AdministrativeUnitSuccession>();

    public DbSet<Imports.ImportDraft> ImportDrafts => Set<Imports.ImportDraft>();

    public DbSet<PlanPeriod> Periods => Set<PlanPeriod>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<ProductDocument> ProductDocuments => Set<ProductDocument>();

    public DbSet<Core.Adjustments.AdjustmentProposal> AdjustmentProposals => Set<Core.Adjustments.AdjustmentProposal>();

    public DbSet<Core.Adjustments.PlanDecision> PlanDecisions => Set<Core.Adjustments.PlanDecision>();

    public DbSet<Core.Adjustments.PlanVersion> PlanVersions => Set<Core.Adjustments.PlanVersion>();

    public DbSet<Core.Links.TaskLink> TaskLinks => Set<Core.Links.TaskLink>();

    public DbSet<Auditing.AuditEntry> AuditTrail => Set<Auditing.AuditEntry>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<Notifications.OutboxEmail> OutboxEmails => Set<Notifications.OutboxEmail>();

    public DbSet<Calendar.CalendarDay> CalendarDays => Set<Calendar.CalendarDay>();

    public DbSet<Core.Organisations.Organisation> Organisations => Set<Core.Organisations.Organisation>();

    public DbSet<Core.Organisations.TaskParticipation> TaskParticipations => Set<Core.Organisations.TaskParticipation>();

    public DbSet<Core.Organisations.ReportOrganisation> ReportOrganisations => Set<Core.Organisations.ReportOrganisation>();

    public DbSet<Core.BiotechBase.BiotechEntry> BiotechEntries => Set<Core.BiotechBase.BiotechEntry>();

    public DbSet<SaveMark> SaveMarks => Set<SaveMark>();

    /// <summary>The transaction whose saves have moved the <see cref="SaveMark"/> already.</summary>
    private IDbContextTransaction? _markedIn;

    /// <summary>
    /// Saves, and when the save changes data some page shows, gives the <see cref="SaveMark"/> a new
    /// value in the same transaction, before any other row is written: every such save takes the
    /// mark's lock first, so saves queue on it in one order and never hold rows the others wait for.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!MustMoveSaveMark(out var ownTransaction))
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = ownTransaction ? Database.BeginTransaction() : null;
        MoveSaveMark();
        _markedIn = Database.CurrentTransaction;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!MustMoveSaveMark(out var ownTransaction))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await MoveSaveMarkAsync(cancellationToken);
        _markedIn = Database.CurrentTransaction;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Whether this save moves the mark: it changes shown data (the kept statuses it makes stale are
    /// marked for deletion on the way), and its transaction, if the caller opened one, has not moved it
    /// yet. Without one, the save opens its own, so that the mark comes first in it.
    /// </summary>
    private bool MustMoveSaveMark(out bool ownTransaction)
    {
        var current = Database.CurrentTransaction;
        ownTransaction = current is null;
        return Progress.TaskStatusCache.InvalidateFor(this) && (current is null || current != _markedIn);
    }

    private void MoveSaveMark() => MarkSaves().ExecuteUpdate(m => m.SetProperty(x => x.Mark, Guid.NewGuid()));

    /// <summary>Also for writes made past the change tracker (the bulk load of a generated dataset).</summary>
    internal Task MoveSaveMarkAsync(CancellationToken cancellationToken) =>
        MarkSaves().ExecuteUpdateAsync(m => m.SetProperty(x => x.Mark, Guid.NewGuid()), cancellationToken);

    private IQueryable<SaveMark> MarkSaves() => SaveMarks.Where(m => m.Id == SaveMark.TheOne);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CascadeDbContext).Assembly);
    }
}

public sealed class SqliteCascadeDbContext(DbContextOptions<SqliteCascadeDbContext> options) : CascadeDbContext(options)
{
    /// <summary>SQLite cannot order or compare DateTimeOffset text; stored as a number, times sort and filter like on PostgreSQL.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresCascadeDbContext(DbContextOptions<PostgresCascadeDbContext> options) : CascadeDbContext(options);
