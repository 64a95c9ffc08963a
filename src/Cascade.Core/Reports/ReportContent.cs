using Cascade.Core.Progress;

namespace Cascade.Core.Reports;

/// <summary>What an agency writes in a report or a contribution.</summary>
public sealed record ReportContent(
    ReportedState State,
    int PercentDone,
    string? Results,
    string? Difficulties = null,
    string? Proposals = null,
    DateOnly? CompletedOn = null)
{
    public ReportError? Validate()
    {
        if (PercentDone is < 0 or > 100)
        {
            return ReportError.PercentOutOfRange;
        }

        if (State == ReportedState.Done && PercentDone != 100)
        {
            return ReportError.DoneNeedsFullPercent;
        }

        if (new[] { Results, Difficulties, Proposals }.Any(t => t is { Length: > Report.MaxTextLength }))
        {
            return ReportError.TooLong;
        }

        return null;
    }
}
