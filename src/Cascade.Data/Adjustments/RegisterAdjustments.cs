using System.Globalization;
using Cascade.Core.Adjustments;
using Cascade.Core.Timeframes;
using Cascade.Import.Registers;

namespace Cascade.Data.Adjustments;

/// <summary>A plan's register with a batch of approved proposals applied, and which of its tasks are the plan's tasks as they were.</summary>
/// <param name="SameTasks">New register index → index of the same task in the register the batch was applied to.</param>
/// <param name="Added">The tasks added, with the number each was given.</param>
public sealed record AdjustedRegister(PlanRegister Register, IReadOnlyDictionary<int, int> SameTasks, IReadOnlyList<(AdjustmentProposal Proposal, string Ref)> Added);

/// <summary>
/// Applies proposals to a plan's current register, in the order they were proposed: a change
/// rewrites the fields it names, a drop removes the task, an addition goes at the end of its
/// group (or of the register) under the next free number. The result is saved through
/// <see cref="Registers.RegisterStore.ReviseAsync(int, PlanRegister, IReadOnlyDictionary{int, int}?, CancellationToken)"/>,
/// the one path that changes a plan.
/// </summary>
public static class RegisterAdjustments
{
    /// <param name="taskIds">The ids of the register's tasks, in register order.</param>
    /// <returns>The adjusted register, or the proposal whose task is no longer in the plan.</returns>
    public static (AdjustedRegister? Result, AdjustmentProposal? Stale) Apply(PlanRegister register, IReadOnlyList<int> taskIds, IEnumerable<AdjustmentProposal> proposals)
    {
        var rows = register.Tasks.Select((task, index) => (Task: task, Old: (int?)index)).ToList();
        var taken = register.Tasks.Select(t => t.Ref).ToList();
        var added = new List<(AdjustmentProposal, string)>();
        foreach (var proposal in proposals.OrderBy(p => p.ProposedAt).ThenBy(p => p.Id))
        {
            if (proposal.Kind == AdjustmentKind.Add)
            {
                var after = rows.FindLastIndex(r => proposal.Group is not null && r.Task.Group == proposal.Group);
                var taskRef = TaskRefs.Next(taken, proposal.TaskRef, after >= 0 ? rows[after].Task.Ref : rows.LastOrDefault().Task?.Ref);
                taken.Add(taskRef);
                var task = new RegisterTask
                {
                    Ref = taskRef,
                    Group = after >= 0 ? rows[after].Task.Group : proposal.Group,
                    Title = proposal.Title!,
                    Lead = proposal.Lead ?? [],
                    Support = proposal.Support ?? [],
                    Timeframe = ToRegister(TimeframeParser.Parse(proposal.TimeframeText)),
                    Product = proposal.Product,
                };
                rows.Insert(after >= 0 ? after + 1 : rows.Count, (task, null));
                added.Add((proposal, taskRef));
                continue;
            }

            var at = rows.FindIndex(r => r.Old is { } o && taskIds[o] == proposal.TaskId);
            if (at < 0)
            {
                return (null, proposal);
            }

            if (proposal.Kind == AdjustmentKind.Drop)
            {
                rows.RemoveAt(at);
                continue;
            }

            var current = rows[at].Task;
            rows[at] = (current with
            {
                Title = proposal.Title ?? current.Title,
                Lead = proposal.Lead ?? current.Lead,
                Support = proposal.Support ?? current.Support,
                Timeframe = proposal.TimeframeText is { } text ? ToRegister(TimeframeParser.Parse(text)) : current.Timeframe,
                Product = proposal.Product ?? current.Product,
            }, rows[at].Old);
        }

        var same = rows.Select((r, index) => (r.Old, Index: index)).Where(r => r.Old is not null).ToDictionary(r => r.Index, r => r.Old!.Value);
        return (new AdjustedRegister(register with { Tasks = rows.Select(r => r.Task).ToList() }, same, added), null);
    }

    private static RegisterTimeframe ToRegister(Timeframe timeframe) => new()
    {
        Text = timeframe.Text,
        Kind = timeframe.Kind.ToCode(),
        From = timeframe.From,
        To = timeframe.To,
        Due = timeframe.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
