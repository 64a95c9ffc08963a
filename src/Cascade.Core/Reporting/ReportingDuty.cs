namespace Cascade.Core.Reporting;

/// <summary>A reporting duty a plan sets: who reports, how often, by which day, to whom.</summary>
public sealed class ReportingDuty
{
    public const int MaxRecipientLength = 300;

    private ReportingDuty()
    {
        Recipient = string.Empty;
    }

    public ReportingDuty(ReportingFrequency frequency, DueDay? due, string recipient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        if (recipient.Length > MaxRecipientLength)
        {
            throw new ArgumentException($"A recipient's name is at most {MaxRecipientLength} characters.", nameof(recipient));
        }

        Frequency = frequency;
        Due = due;
        Recipient = recipient;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public ReportingFrequency Frequency { get; private set; }

    public DueDay? Due { get; private set; }

    /// <summary>The body that receives the report directly.</summary>
    public string Recipient { get; private set; }

    public int Order { get; internal set; }
}
