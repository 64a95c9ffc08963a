using Cascade.Import.Parsing.Tasks;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the tasks: the appendix table when there is one, else the numbered assignments.</summary>
public static class TaskParser
{
    public static IReadOnlyList<RegisterTask> Parse(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(warnings);
        try
        {
            return Find(source, warnings);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Every pattern has a time limit against hostile input; past it no task is guessed.
            warnings.Add(new ImportWarning("tasks-unread", "The tasks could not be read in time; none were imported."));
            return [];
        }
    }

    private static IReadOnlyList<RegisterTask> Find(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        var tables = AppendixTasks.FindTaskTables(source);
        if (tables.Count > 0)
        {
            var tasks = AppendixTasks.Read(tables, warnings);
            if (tasks.Count > 0)
            {
                return tasks;
            }
        }

        var assigned = ImplementationTasks.Read(source, warnings);
        warnings.Add(assigned.Count > 0
            ? new ImportWarning("tasks-from-items", "The plan has no appendix table of tasks; its tasks were taken from the numbered items of its implementation section.")
            : new ImportWarning("no-tasks", "No table of tasks and no assignments in an implementation section (Tổ chức thực hiện) were found."));
        return assigned;
    }
}
