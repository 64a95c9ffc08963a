using System.Collections.Concurrent;
using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cascade.Data.Progress;

/// <summary>
/// Keeps <see cref="TaskYearStatus"/> rows honest: a save that touches a task, its assignments, its
/// reports or their product documents, its plan's date or reporting duties removes the rows it makes wrong in the same
/// transaction, and bumps a generation so that "every row of the year is fresh" can be remembered
/// between requests until something changes or the day turns.
/// </summary>
public static class TaskStatusCache
{
    private static long _generation;
    private static long _changes;
    private static readonly ConcurrentDictionary<(string Database, int Year), (DateOnly Today, long Generation, string Stamp)> Fresh = new();

    public static long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Moves on with every save that changes data some page shows (<see cref="IsShown"/>): results built
    /// from the data (a dashboard) stay valid while it stands still.
    /// </summary>
    public static long Changes => Interlocked.Read(ref _changes);

    /// <param name="stamp">
    /// The database's <see cref="DataStamp"/>: another process's save removes rows too, and only the
    /// stamp tells this one.
    /// </param>
    internal static bool IsKnownFresh(string database, int year, DateOnly today, string stamp) =>
        Fresh.TryGetValue((database, year), out var mark) && mark.Today == today && mark.Generation == Generation && mark.Stamp == stamp;

    internal static void MarkFresh(string database, int year, DateOnly today, long generation, string stamp) => Fresh[(database, year)] = (today, generation, stamp);

    /// <summary>
    /// Called by the context before it saves: marks the cached statuses the pending changes make stale
    /// for deletion. Returns whether the save changes data some page shows (the context then moves the
    /// <see cref="SaveMark"/>).
    /// </summary>
    internal static bool InvalidateFor(CascadeDbContext db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var shown = changed.Any(IsShown);
        if (shown)
        {
            Interlocked.Increment(ref _changes);
        }

        var taskIds = new HashSet<int>();
        var planIds = new HashSet<int>();
        var newTasks = false;
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case Report report:
                    taskIds.Add(report.TaskId);
                    break;
                case ProductDocument document:
                    taskIds.Add(document.TaskId);
                    break;
                case Assignment assignment:
                    taskIds.Add(assignment.TaskId);
                    break;
                case PlanTask task:
                    newTasks |= entry.State == EntityState.Added;
                    taskIds.Add(task.Id);
                    break;
                case Plan plan when entry.State != EntityState.Added:
                    planIds.Add(plan.Id);
                    break;
                case ReportingDuty duty:
                    planIds.Add(duty.PlanId);
                    break;
            }
        }

        taskIds.Remove(0);
        planIds.Remove(0);
        if (taskIds.Count == 0 && planIds.Count == 0 && !newTasks)
        {
            return shown;
        }

        Interlocked.Increment(ref _generation);
        var stale = db.TaskYearStatuses.Where(s => taskIds.Contains(s.TaskId) || planIds.Contains(s.PlanId)).ToList();
        db.TaskYearStatuses.RemoveRange(stale);
        return shown;
    }

    /// <summary>
    /// Whether a change is to data some kept result shows. Not the kept statuses (drawn from the rest),
    /// an e-mail's sending record (its sender saves all day) or the accounts: a wrong
    /// password is counted on the account, and anyone could otherwise throw the country's dashboard
    /// away with one. The reader's name and rights reach a kept page through the sign-in's claims.
    /// </summary>
    internal static bool IsShown(EntityEntry entry) =>
        entry.Entity is not (TaskYearStatus or Notifications.OutboxEmail or Identity.CascadeUser)
        && entry.Metadata.ClrType.Namespace != typeof(Microsoft.AspNetCore.Identity.IdentityRole).Namespace;
}
