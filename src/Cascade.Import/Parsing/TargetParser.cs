using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the numeric targets stated in the objectives (Mục tiêu).</summary>
public static class TargetParser
{
    public static IReadOnlyList<RegisterTarget> Parse(SourceDocument source, ICollection<ImportWarning> warnings) => [];
}
