using System.Text.Json;
using System.Text.Json.Serialization;
using Cascade.Core.Reviews;
using Cascade.Data.Progress;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Reviews;

/// <summary>A snapshot as read back: its header and its frozen content.</summary>
public sealed record StoredSnapshot(int Id, int PlanId, SnapshotKind Kind, string Title, DateOnly AsOf, int Year, Guid TakenBy, DateTimeOffset TakenAt, SnapshotContent Content);

/// <summary>
/// Freezes a plan's state for a review: the task statuses of <see cref="TaskProgressQuery"/> for a
/// year as of a day and the indicators of <see cref="IndicatorQuery"/> up to that year, written as
/// JSON so that later reports, values and revisions never change what the review saw.
/// </summary>
public sealed class SnapshotStore(CascadeDbContext db, TimeProvider clock)
{
    private const string Format = "plan-snapshot/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Takes the whole plan's state (every task and indicator in force, whoever asks) and stores it.</summary>
    public async Task<StoredSnapshot> TakeAsync(int planId, SnapshotKind kind, string title, DateOnly asOf, int year, Guid takenBy, CancellationToken cancellationToken = default)
    {
        var content = await ContentAsync(planId, year, asOf, cancellationToken);
        var snapshot = new PlanSnapshot(planId, kind, title, asOf, year, Serialize(content), takenBy, clock.GetUtcNow());
        db.Snapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return Stored(snapshot, content);
    }

    /// <summary>The plan's state now, as a snapshot would freeze it.</summary>
    public async Task<SnapshotContent> ContentAsync(int planId, int year, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var tasks = await new TaskProgressQuery(db).ForYearAsync(db.Tasks.AsNoTracking().Where(t => t.PlanId == planId), year, asOf, cancellationToken);
        var indicators = await new IndicatorQuery(db).ForTargetsAsync(db.Targets.AsNoTracking().Where(t => t.PlanId == planId), year, cancellationToken);
        return SnapshotContent.Of(
            tasks.Select(t => new SnapshotTask(t.TaskId, t.Ref, t.Title, t.LeadName ?? t.LeadPrintedName, t.Status, t.LatestPercent)),
            indicators.Select(i => new SnapshotIndicator(i.TargetId, i.Text, i.Unit, i.Progress.Goal, i.Progress.Baseline, i.Progress.Latest, i.Progress.Share, i.Progress.State)));
    }

    public async Task<StoredSnapshot?> ReadAsync(int id, CancellationToken cancellationToken = default)
    {
        var snapshot = await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return snapshot is null ? null : Stored(snapshot, Deserialize(snapshot.Content));
    }

    public static string Serialize(SnapshotContent content) => JsonSerializer.Serialize(new Envelope(Format, content), Json);

    public static SnapshotContent Deserialize(string json)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(json, Json);
        return envelope is { Format: Format, Content: { } content }
            ? content
            : throw new InvalidDataException($"A snapshot's content is not in the {Format} format.");
    }

    private static StoredSnapshot Stored(PlanSnapshot s, SnapshotContent content) =>
        new(s.Id, s.PlanId, s.Kind, s.Title, s.AsOf, s.Year, s.TakenBy, s.TakenAt, content);

    private sealed record Envelope(string Format, SnapshotContent Content);
}
