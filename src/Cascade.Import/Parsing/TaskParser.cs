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
        var tables = AppendixTasks.FindTaskTables(source);
        if (tables.Count > 0)
        {
            var tasks = AppendixTasks.Read(tables, warnings);
            if (tasks.Count > 0)
            {
                return tasks;
            }
        }

        return ImplementationTasks.Read(source, warnings);
    }
}
