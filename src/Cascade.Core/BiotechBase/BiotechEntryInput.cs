using System.Globalization;
using Cascade.Core.Organisations;
using Cascade.Core.Tasks;
using Cascade.Core.Text;

namespace Cascade.Core.BiotechBase;

/// <summary>The values of an entry once read: what <see cref="BiotechEntry"/> is made from.</summary>
public sealed record BiotechEntryValues(
    BiotechEntryKind Kind,
    Sector Sector,
    string Name,
    string? Code,
    string? Organisation,
    int? Year,
    string? Description,
    BiotechEntryStatus Status);

/// <summary>
/// An entry as typed in the form or read from a workbook row: text in every column. Reading it gives
/// the values, or every column's error, so that a row is corrected in one go.
/// </summary>
public sealed record BiotechEntryInput(
    string? Kind,
    string? Sector,
    string? Name,
    string? Code,
    string? Organisation,
    string? Year,
    string? Description,
    string? Status)
{
    public (BiotechEntryValues? Values, IReadOnlyList<BiotechError> Errors) Read()
    {
        var errors = new List<BiotechError>();
        var kind = BiotechLabels.ParseKind(Kind);
        if (kind is null)
        {
            errors.Add(BiotechError.KindRequired);
        }

        var sector = string.IsNullOrWhiteSpace(Sector) ? Tasks.Sector.General : BiotechLabels.ParseSector(Sector);
        if (sector is null)
        {
            errors.Add(BiotechError.BadSector);
        }

        var name = VietnameseText.Clean(Name);
        if (name.Length == 0)
        {
            errors.Add(BiotechError.NameRequired);
        }
        else if (name.Length > BiotechEntry.MaxNameLength)
        {
            errors.Add(BiotechError.NameTooLong);
        }

        var code = OrNull(VietnameseText.Clean(Code));
        if (code?.Length > BiotechEntry.MaxCodeLength)
        {
            errors.Add(BiotechError.CodeTooLong);
        }
        else if (code is not null && kind == BiotechEntryKind.Enterprise)
        {
            // An enterprise is known by its tax code; a typo there would count it twice.
            code = OrganisationApplication.NormalizeTaxCode(code);
            if (code is null)
            {
                errors.Add(BiotechError.BadTaxCode);
            }
        }

        var organisation = OrNull(VietnameseText.Clean(Organisation));
        if (organisation?.Length > BiotechEntry.MaxOrganisationLength)
        {
            errors.Add(BiotechError.OrganisationTooLong);
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            // A workbook cell holding 2024 may come back as "2024" or "2024.0".
            if (decimal.TryParse(Year.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && number == decimal.Truncate(number) && number is >= 1900 and <= 2100)
            {
                year = (int)number;
            }
            else
            {
                errors.Add(BiotechError.BadYear);
            }
        }

        var description = OrNull(Description?.Trim());
        if (description?.Length > BiotechEntry.MaxDescriptionLength)
        {
            errors.Add(BiotechError.DescriptionTooLong);
        }

        var status = BiotechLabels.ParseStatus(Status);
        if (status is null)
        {
            errors.Add(BiotechError.BadStatus);
        }

        return errors.Count > 0
            ? (null, errors)
            : (new BiotechEntryValues(kind!.Value, sector!.Value, name, code, organisation, year, description, status!.Value), errors);
    }

    private static string? OrNull(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
