using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the tasks: the appendix table when there is one, else the numbered assignments.</summary>
public static class TaskParser
{
    public static IReadOnlyList<RegisterTask> Parse(SourceDocument source, ICollection<ImportWarning> warnings) => [];
}
