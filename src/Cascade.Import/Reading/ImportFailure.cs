namespace Cascade.Import.Reading;

/// <summary>
/// An input that cannot be imported at all (empty, not a document, encrypted, no text layer,
/// too large). Expected, so not an exception: the message is meant for the person who uploaded it.
/// </summary>
public sealed record ImportFailure(string Code, string Message);
