using Cascade.Import.Parsing;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import;

/// <summary>The result of importing one document: its register and what could not be read with confidence.</summary>
public sealed record ImportResult(PlanRegister? Register, IReadOnlyList<ImportWarning> Warnings, ImportFailure? Failure)
{
    public bool Succeeded => Register is not null;
}

/// <summary>Turns a plan document (.docx, .pdf, text) into its plan register.</summary>
public static class PlanImporter
{
    public static ImportResult Import(Stream content, string fileName)
    {
        var read = SourceReaders.Read(content, fileName);
        return read.Document is null
            ? new ImportResult(null, [], read.Failure)
            : Import(read.Document);
    }

    public static ImportResult ImportText(string text) => Import(Reading.Text.TextSourceReader.Read(text));

    public static ImportResult Import(SourceDocument source)
    {
        var warnings = new List<ImportWarning>(source.Warnings);
        var register = new PlanRegister
        {
            Document = DocumentHeaderParser.Parse(source, warnings),
            Targets = TargetParser.Parse(source, warnings),
            Reporting = ReportingParser.Parse(source, warnings),
            Tasks = TaskParser.Parse(source, warnings),
        };
        return new ImportResult(register, warnings, null);
    }
}
