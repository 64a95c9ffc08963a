using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Organisations;

/// <summary>
/// What an enterprise, institute or school sends to take part in a task, as typed on the public
/// page: who it is, whom to contact, and a short word on what it would bring.
/// </summary>
public sealed partial record OrganisationApplication(
    string? Name,
    OrganisationKind Kind,
    string? TaxCode,
    string? ContactPerson,
    string? Email,
    string? Phone,
    string? Application)
{
    public const int MaxApplicationLength = 2000;

    /// <summary>Every field that is wrong, so the applicant corrects them all at once.</summary>
    public IReadOnlyList<ApplicationError> Validate()
    {
        var errors = new List<ApplicationError>();
        var name = VietnameseText.Clean(Name ?? string.Empty);
        if (name.Length == 0)
        {
            errors.Add(ApplicationError.NameRequired);
        }
        else if (name.Length > Organisation.MaxNameLength)
        {
            errors.Add(ApplicationError.NameTooLong);
        }

        if (!string.IsNullOrWhiteSpace(TaxCode) && NormalizeTaxCode(TaxCode) is null)
        {
            errors.Add(ApplicationError.BadTaxCode);
        }

        var contact = VietnameseText.Clean(ContactPerson ?? string.Empty);
        if (contact.Length == 0)
        {
            errors.Add(ApplicationError.ContactRequired);
        }
        else if (contact.Length > Organisation.MaxContactLength)
        {
            errors.Add(ApplicationError.ContactTooLong);
        }

        if (NormalizeEmail(Email) is null)
        {
            errors.Add(ApplicationError.BadEmail);
        }

        if (NormalizePhone(Phone) is null)
        {
            errors.Add(ApplicationError.BadPhone);
        }

        var text = Application?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(ApplicationError.ApplicationRequired);
        }
        else if (text.Length > MaxApplicationLength)
        {
            errors.Add(ApplicationError.ApplicationTooLong);
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(ApplicationError.BadKind);
        }

        return errors;
    }

    /// <summary>
    /// A tax code (mã số thuế): 10 digits, or 10 digits, a hyphen and 3 digits for a dependent unit;
    /// typed with spaces or without the hyphen, it is written the standard way. Null when it is not one.
    /// </summary>
    public static string? NormalizeTaxCode(string? text)
    {
        var digits = Spaces().Replace(text ?? string.Empty, string.Empty);
        var match = TaxCodePattern().Match(digits);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups[2].Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}" : match.Groups[1].Value;
    }

    /// <summary>An e-mail address trimmed and in lower case (as mail servers treat it), or null when it has no name, no @ or no domain with a dot.</summary>
    public static string? NormalizeEmail(string? text)
    {
        var email = text?.Trim().ToLowerInvariant() ?? string.Empty;
        return email.Length <= Organisation.MaxEmailLength && EmailPattern().IsMatch(email) ? email : null;
    }

    /// <summary>
    /// A Vietnamese phone number as digits from 0: a mobile (10 digits) or a landline with its 02x area
    /// code (11 digits); typed with spaces, dots, hyphens, brackets or +84. Null when it is not one.
    /// </summary>
    public static string? NormalizePhone(string? text)
    {
        var digits = PhoneSeparators().Replace(text ?? string.Empty, string.Empty);
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return PhonePattern().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d{10})(?:-?(\d{3}))?$")]
    private static partial Regex TaxCodePattern();

    [GeneratedRegex(@"^[^@\s""<>,;]+@[^@\s""<>,;]+\.[^@\s""<>,;.]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^0(?:[35789]\d{8}|2\d{9})$")]
    private static partial Regex PhonePattern();
}
