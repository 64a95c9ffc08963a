namespace Cascade.Core.Documents;

/// <summary>The document's own type, as its symbol shows (KH, CTr, NQ, QĐ).</summary>
public enum DocumentKind
{
    Other = 0,
    Plan = 1,
    ActionProgram = 2,
    Resolution = 3,
    Decision = 4,
}

public static class DocumentKindCodes
{
    /// <summary>The spelling used by the plan-register format.</summary>
    public static string ToCode(this DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "plan",
        DocumentKind.ActionProgram => "action-program",
        DocumentKind.Resolution => "resolution",
        DocumentKind.Decision => "decision",
        _ => "other",
    };

    public static DocumentKind FromCode(string? code) => code switch
    {
        "plan" => DocumentKind.Plan,
        "action-program" => DocumentKind.ActionProgram,
        "resolution" => DocumentKind.Resolution,
        "decision" => DocumentKind.Decision,
        _ => DocumentKind.Other,
    };

    /// <summary>The kind named by the type code of a number and symbol (KH, CTr, NQ, QĐ).</summary>
    public static DocumentKind FromSymbolType(string typeCode) => typeCode.ToUpperInvariant() switch
    {
        "KH" => DocumentKind.Plan,
        "CTR" => DocumentKind.ActionProgram,
        "NQ" => DocumentKind.Resolution,
        "QĐ" or "QD" => DocumentKind.Decision,
        _ => DocumentKind.Other,
    };
}
