namespace Cascade.Core.Organisations;

/// <summary>
/// Why an organisation's application or a decision on it was refused: expected outcomes, not bugs.
/// The code is stable (the UI turns it into a Vietnamese sentence); the message is the English default.
/// </summary>
public sealed record ApplicationError(string Field, string Code, string Message)
{
    public static ApplicationError NameRequired { get; } = new(nameof(OrganisationApplication.Name), "organisation.name-required", "The organisation's name is required.");
    public static ApplicationError NameTooLong { get; } = new(nameof(OrganisationApplication.Name), "organisation.name-too-long", "The organisation's name is too long.");
    public static ApplicationError BadKind { get; } = new(nameof(OrganisationApplication.Kind), "organisation.kind", "Choose the kind of organisation.");
    public static ApplicationError BadTaxCode { get; } = new(nameof(OrganisationApplication.TaxCode), "organisation.tax-code", "A tax code has 10 digits, or 10 digits, a hyphen and 3 digits for a branch.");
    public static ApplicationError ContactRequired { get; } = new(nameof(OrganisationApplication.ContactPerson), "organisation.contact-required", "The contact person is required.");
    public static ApplicationError ContactTooLong { get; } = new(nameof(OrganisationApplication.ContactPerson), "organisation.contact-too-long", "The contact person's name is too long.");
    public static ApplicationError BadEmail { get; } = new(nameof(OrganisationApplication.Email), "organisation.email", "The e-mail address is not valid.");
    public static ApplicationError BadPhone { get; } = new(nameof(OrganisationApplication.Phone), "organisation.phone", "The phone number is not a Vietnamese number.");
    public static ApplicationError ApplicationRequired { get; } = new(nameof(OrganisationApplication.Application), "organisation.application-required", "Say briefly what the organisation would contribute.");
    public static ApplicationError ApplicationTooLong { get; } = new(nameof(OrganisationApplication.Application), "organisation.application-too-long", "The application is too long.");
    public static ApplicationError AlreadyApplied { get; } = new(string.Empty, "participation.already-applied", "The organisation has already applied for this task or takes part in it.");
    public static ApplicationError AlreadyDecided { get; } = new(string.Empty, "participation.already-decided", "The application has already been decided.");
    public static ApplicationError NoteRequired { get; } = new(nameof(TaskParticipation.Note), "participation.note-required", "Declining an application needs a note giving the reason.");
    public static ApplicationError NoteTooLong { get; } = new(nameof(TaskParticipation.Note), "participation.note-too-long", "The note is too long.");
}
