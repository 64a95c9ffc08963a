using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the reporting duties the plan sets.</summary>
public static class ReportingParser
{
    public static IReadOnlyList<RegisterReporting> Parse(SourceDocument source, ICollection<ImportWarning> warnings) => [];
}
