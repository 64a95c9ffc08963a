namespace Cascade.Core.Reports;

/// <summary>Where a report is in its review: drafted by the agency, sent, sent back, accepted (locked).</summary>
public enum ReportStatus
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

public enum ReportAction
{
    Drafted = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
    Reopened = 4,
}
