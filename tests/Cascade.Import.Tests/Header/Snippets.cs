using Cascade.Import.Parsing;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Tests.Header;

/// <summary>Runs one parser over a text written line by line, as the simplest reader would give it.</summary>
public static class Snippets
{
    public static SourceDocument Lines(params string[] lines) =>
        new(lines.Select(l => (Block)new Paragraph(l)).ToList(), []);

    public static (RegisterDocument Document, List<ImportWarning> Warnings) Header(params string[] lines)
    {
        var warnings = new List<ImportWarning>();
        return (DocumentHeaderParser.Parse(Lines(lines), warnings), warnings);
    }

    public static (IReadOnlyList<RegisterTarget> Targets, List<ImportWarning> Warnings) Targets(params string[] lines)
    {
        var warnings = new List<ImportWarning>();
        return (TargetParser.Parse(Lines(lines), warnings), warnings);
    }

    public static (IReadOnlyList<RegisterReporting> Duties, List<ImportWarning> Warnings) Reporting(params string[] lines)
    {
        var warnings = new List<ImportWarning>();
        return (ReportingParser.Parse(Lines(lines), warnings), warnings);
    }
}
