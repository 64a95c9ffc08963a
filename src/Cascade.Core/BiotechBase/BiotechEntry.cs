using Cascade.Core.Tasks;
using Cascade.Core.Text;

namespace Cascade.Core.BiotechBase;

/// <summary>
/// A record of a province's biotechnology information base: an enterprise, a product, a laboratory
/// or an S&amp;T project, with the field it works in.
/// </summary>
public sealed class BiotechEntry
{
    public const int MaxNameLength = 500;
    public const int MaxCodeLength = 50;
    public const int MaxOrganisationLength = 300;
    public const int MaxDescriptionLength = 2000;

    private BiotechEntry()
    {
        Name = string.Empty;
        NameKey = string.Empty;
    }

    public BiotechEntry(int administrativeUnitId, BiotechEntryValues values, DateTimeOffset at)
        : this()
    {
        AdministrativeUnitId = administrativeUnitId;
        CreatedAt = at.ToUniversalTime();
        Update(values, at);
    }

    public int Id { get; private set; }

    /// <summary>The province whose base holds the entry.</summary>
    public int AdministrativeUnitId { get; private set; }

    public BiotechEntryKind Kind { get; private set; }

    public Sector Sector { get; private set; }

    public string Name { get; private set; }

    public string NameKey { get; private set; }

    /// <summary>The tax code of an enterprise, the code of a project, a product's registration number.</summary>
    public string? Code { get; private set; }

    /// <summary>The enterprise making a product, the institution hosting a laboratory or a project.</summary>
    public string? Organisation { get; private set; }

    /// <summary>The year founded, registered or started.</summary>
    public int? Year { get; private set; }

    public string? Description { get; private set; }

    public BiotechEntryStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(BiotechEntryValues values, DateTimeOffset at)
    {
        Kind = values.Kind;
        Sector = values.Sector;
        Name = values.Name;
        NameKey = VietnameseText.Fold(values.Name);
        Code = values.Code;
        Organisation = values.Organisation;
        Year = values.Year;
        Description = values.Description;
        Status = values.Status;
        UpdatedAt = at.ToUniversalTime();
    }

    /// <summary>
    /// The same entry: of the same kind, with the same code when both have one, else the same name.
    /// An import updates it instead of adding it twice, so loading a corrected file again is safe.
    /// </summary>
    public static bool AreSame(BiotechEntryKind kind, string? code, string name, BiotechEntryKind otherKind, string? otherCode, string otherName) =>
        kind == otherKind
        && (code is not null && otherCode is not null
            ? string.Equals(code, otherCode, StringComparison.OrdinalIgnoreCase)
            : VietnameseText.Fold(name) == VietnameseText.Fold(otherName));

    /// <summary>Counted in the base's figures for <paramref name="year"/>: not closed, and existing by then.</summary>
    public static bool CountsIn(BiotechEntryStatus status, int? entryYear, int year) =>
        status != BiotechEntryStatus.Inactive && (entryYear is null || entryYear <= year);
}
