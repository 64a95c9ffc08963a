using Cascade.Core.Text;

namespace Cascade.Core.Organisations;

/// <summary>
/// An enterprise, institute or school that asked to take part in a province's tasks. Its contact
/// details are personal data: only the lead department and the coordinator read them; the public
/// pages show the name and kind of the accepted ones only.
/// </summary>
public sealed class Organisation
{
    public const int MaxNameLength = 300;
    public const int MaxTaxCodeLength = 14;
    public const int MaxContactLength = 100;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 11;

    private Organisation()
    {
        Name = string.Empty;
        NameKey = string.Empty;
        ContactPerson = string.Empty;
        Email = string.Empty;
        Phone = string.Empty;
    }

    /// <summary>An organisation from a valid application (<see cref="OrganisationApplication.Validate"/> found nothing).</summary>
    public Organisation(OrganisationApplication application, DateTimeOffset at)
        : this()
    {
        if (application.Validate().Count > 0)
        {
            throw new ArgumentException("The application has errors; validate it first.", nameof(application));
        }

        Name = VietnameseText.Clean(application.Name!);
        NameKey = VietnameseText.Fold(Name);
        Kind = application.Kind;
        TaxCode = OrganisationApplication.NormalizeTaxCode(application.TaxCode);
        CreatedAt = at.ToUniversalTime();
        TakeContact(application);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded, to find the same organisation applying again.</summary>
    public string NameKey { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>Mã số thuế, when given.</summary>
    public string? TaxCode { get; private set; }

    public string ContactPerson { get; private set; }

    public string Email { get; private set; }

    /// <summary>Digits from 0.</summary>
    public string Phone { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The same organisation applying again: the same e-mail, and the same tax code when both give one,
    /// else the same name. Anyone can type a name, so the e-mail must match before a record is reused.
    /// </summary>
    public bool IsSameAs(OrganisationApplication application)
    {
        if (Email != OrganisationApplication.NormalizeEmail(application.Email))
        {
            return false;
        }

        var taxCode = OrganisationApplication.NormalizeTaxCode(application.TaxCode);
        return TaxCode is not null && taxCode is not null
            ? TaxCode == taxCode
            : NameKey == VietnameseText.Fold(VietnameseText.Clean(application.Name ?? string.Empty));
    }

    /// <summary>The contact person and phone of the latest application replace the earlier ones.</summary>
    public void TakeContact(OrganisationApplication application)
    {
        ContactPerson = VietnameseText.Clean(application.ContactPerson!);
        Email = OrganisationApplication.NormalizeEmail(application.Email)!;
        Phone = OrganisationApplication.NormalizePhone(application.Phone)!;
        TaxCode ??= OrganisationApplication.NormalizeTaxCode(application.TaxCode);
    }
}
