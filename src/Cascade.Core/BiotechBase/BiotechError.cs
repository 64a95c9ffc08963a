namespace Cascade.Core.BiotechBase;

/// <summary>The columns of an entry, as the form and the workbook name them.</summary>
public enum BiotechColumn
{
    Kind,
    Sector,
    Name,
    Code,
    Organisation,
    Year,
    Description,
    Status,
}

/// <summary>Why a value of an entry was refused; the UI turns the code into a Vietnamese sentence.</summary>
public sealed record BiotechError(BiotechColumn Column, string Code, string Message)
{
    public static BiotechError KindRequired { get; } = new(BiotechColumn.Kind, "biotech.kind", "The kind is one of: enterprise, product, laboratory, project.");
    public static BiotechError BadSector { get; } = new(BiotechColumn.Sector, "biotech.sector", "The sector is one of: agriculture, health, industry, environment, defence and security, general.");
    public static BiotechError NameRequired { get; } = new(BiotechColumn.Name, "biotech.name-required", "The name is required.");
    public static BiotechError NameTooLong { get; } = new(BiotechColumn.Name, "biotech.name-too-long", "The name is too long.");
    public static BiotechError CodeTooLong { get; } = new(BiotechColumn.Code, "biotech.code-too-long", "The code is too long.");
    public static BiotechError BadTaxCode { get; } = new(BiotechColumn.Code, "biotech.tax-code", "An enterprise's code is its tax code: 10 digits, or 10 digits, a hyphen and 3 digits.");
    public static BiotechError OrganisationTooLong { get; } = new(BiotechColumn.Organisation, "biotech.organisation-too-long", "The organisation's name is too long.");
    public static BiotechError BadYear { get; } = new(BiotechColumn.Year, "biotech.year", "The year is a year between 1900 and 2100.");
    public static BiotechError DescriptionTooLong { get; } = new(BiotechColumn.Description, "biotech.description-too-long", "The description is too long.");
    public static BiotechError BadStatus { get; } = new(BiotechColumn.Status, "biotech.status", "The status is one of: active, completed, inactive.");
    public static BiotechError Duplicate { get; } = new(BiotechColumn.Name, "biotech.duplicate", "The same entry appears twice.");
}
