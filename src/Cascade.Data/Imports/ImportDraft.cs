namespace Cascade.Data.Imports;

/// <summary>
/// An imported document waiting for review: the register as parsed and then as edited, kept in
/// the database so that nothing typed during a review is lost to a closed tab or a failed save.
/// </summary>
public sealed class ImportDraft
{
    public const int MaxFileNameLength = 260;

    public Guid Id { get; set; } = Guid.NewGuid();

    public string FileName { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The register (plan-register/1 JSON) as last edited.</summary>
    public string RegisterJson { get; set; } = string.Empty;

    /// <summary>The reviewer's form as last posted (JSON), kept even when it does not validate yet.</summary>
    public string? ReviewJson { get; set; }

    /// <summary>The importer's warnings (JSON array of code, message, where).</summary>
    public string WarningsJson { get; set; } = "[]";

    /// <summary>The plan created from the draft, once saved.</summary>
    public int? SavedPlanId { get; set; }

    /// <summary>Guards against two reviewers saving over each other.</summary>
    public int Version { get; set; }
}
