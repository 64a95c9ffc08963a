using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Timeframes;

namespace Cascade.Data.Generation;

/// <summary>One report as written: the row values and the workflow events it went through.</summary>
internal readonly record struct ReportRow(
    int TaskId,
    int AgencyId,
    int PeriodId,
    ReportStatus Status,
    ReportedState State,
    int PercentDone,
    DateOnly? CompletedOn,
    string Results,
    string? Difficulties,
    string? Proposals,
    DateTimeOffset? SubmittedAt,
    DateOnly? SubmittedOn,
    bool IsLate,
    int Version,
    DateTimeOffset? ReviewedAt,
    string? ReturnComment);

/// <summary>
/// The reporting history of one task over its plan's periods, in order: which periods expect a
/// report (the same rule as <see cref="Reporting.ReportingQueries.ExpectedAsync(IReadOnlyCollection{PlanPeriod}, CancellationToken)"/>),
/// and for each a realistic report — most accepted, some awaiting review, returned, drafts, late, or
/// missing — whose state and percent follow the task's course towards its due day.
/// </summary>
internal sealed class ReportHistory(Random random)
{
    /// <summary>How a task with one result ends: on time, late, or not by the end of the plan.</summary>
    public enum Fate
    {
        OnTime,
        Late,
        Never,
    }

    /// <summary>
    /// The fates of one plan's tasks with a single result, dealt from a shuffled deck so that every
    /// plan has its share of late and unfinished tasks (6 on time, 2 late, 2 unfinished in 10).
    /// </summary>
    public IEnumerator<Fate> Deck()
    {
        Fate[] cards = [Fate.OnTime, Fate.OnTime, Fate.OnTime, Fate.OnTime, Fate.OnTime, Fate.OnTime, Fate.Late, Fate.Late, Fate.Never, Fate.Never];
        while (true)
        {
            random.Shuffle(cards);
            foreach (var card in cards)
            {
                yield return card;
            }
        }
    }

    public IEnumerable<ReportRow> For(TaskRow task, int reportingAgencyId, IReadOnlyList<(int Id, PlanPeriod Period)> periods, IEnumerator<Fate> deck)
    {
        var schedule = Reporting.ReportingQueries.ScheduleOf(task.Timeframe, task.PlanYear, null);
        var singleResult = schedule.Effective.Kind is TimeframeKind.Deadline or TimeframeKind.Range;

        // A task with one result is finished on time, late, or not by 2030.
        DateOnly? finish = null;
        var start = new DateOnly(schedule.FirstYear, 1, 1);
        if (singleResult && schedule.Effective.Due is { } due)
        {
            deck.MoveNext();
            finish = deck.Current switch
            {
                Fate.OnTime => due.AddDays(-random.Next(0, Math.Max(1, Math.Min(240, due.DayNumber - start.DayNumber)))),
                Fate.Late => due.AddDays(random.Next(20, 160)),
                _ => null,
            };
        }

        // Some work waits for funds or guidance: nothing done in a year until its last report, or in a long task's first year.
        var lateStarter = singleResult && random.NextDouble() < 0.25;
        int? doneYear = null;
        var year = 0;
        var slowYear = false;
        DateOnly? doneThisYear = null;
        foreach (var (id, period) in periods)
        {
            if (period.Year != year)
            {
                year = period.Year;
                doneThisYear = null;
                slowYear = singleResult ? lateStarter && year == schedule.FirstYear : random.NextDouble() < 0.15;
            }

            if (!schedule.ExpectsReportIn(period.Year, isDone: doneYear is { } y && y < period.Year))
            {
                continue;
            }

            var roll = random.NextDouble();
            if (roll < 0.06)
            {
                continue; // never sent
            }

            var status = roll < 0.09 ? ReportStatus.Draft
                : roll < 0.14 ? ReportStatus.Returned
                : roll < 0.30 ? ReportStatus.Submitted
                : ReportStatus.Accepted;
            var late = status != ReportStatus.Draft && random.NextDouble() < 0.15;
            var submittedOn = late ? period.DueOn.AddDays(random.Next(1, 26)) : period.DueOn.AddDays(-random.Next(0, 13));

            var (state, percent, completedOn) = slowYear && period.Kind != PeriodKind.Annual ? (ReportedState.NotStarted, 0, null)
                : singleResult ? SingleResult(submittedOn, start, finish, schedule.Effective.Due!.Value)
                : Yearly(period, schedule.Effective.Kind == TimeframeKind.Annual, ref doneThisYear);
            if (completedOn > submittedOn)
            {
                completedOn = submittedOn;
            }

            if (state != ReportedState.Done && random.NextDouble() < 0.04)
            {
                state = ReportedState.Blocked;
            }

            var needsReason = state == ReportedState.Blocked || late && state != ReportedState.Done;
            var explains = needsReason || random.NextDouble() < 0.2;
            var at = new DateTimeOffset(submittedOn.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60))), TimeSpan.FromHours(7)).ToUniversalTime();
            var submitted = status != ReportStatus.Draft;
            yield return new ReportRow(
                task.Id, reportingAgencyId, id, status, state, percent, completedOn,
                SyntheticText.Results[random.Next(SyntheticText.Results.Length)],
                explains ? SyntheticText.Difficulties[random.Next(SyntheticText.Difficulties.Length)] : null,
                explains ? SyntheticText.Proposals[random.Next(SyntheticText.Proposals.Length)] : null,
                submitted ? at : null,
                submitted ? submittedOn : null,
                late,
                status switch { ReportStatus.Draft => 1, ReportStatus.Submitted => 2, _ => 3 },
                status is ReportStatus.Returned or ReportStatus.Accepted ? at.AddDays(2 + random.Next(9)) : null,
                status == ReportStatus.Returned ? SyntheticText.ReturnComments[random.Next(SyntheticText.ReturnComments.Length)] : null);

            if (submitted && state == ReportedState.Done)
            {
                doneYear ??= period.Year;
            }
        }
    }

    /// <summary>Towards one result: done once the finishing day has come, else a share of the way there.</summary>
    private (ReportedState, int, DateOnly?) SingleResult(DateOnly on, DateOnly start, DateOnly? finish, DateOnly due)
    {
        if (finish is { } f && f <= on)
        {
            return (ReportedState.Done, 100, f);
        }

        var end = finish ?? due.AddYears(2);
        var share = Math.Clamp((on.DayNumber - start.DayNumber) / (double)Math.Max(1, end.DayNumber - start.DayNumber), 0, 1);
        var percent = (int)Math.Round(share * 90) + random.Next(0, 6);
        return percent < 5 && random.NextDouble() < 0.5 ? (ReportedState.NotStarted, 0, null) : (ReportedState.InProgress, Math.Clamp(percent, 5, 95), null);
    }

    /// <summary>A yearly or ongoing task: the year's work grows through the quarters and is mostly done by the annual report.</summary>
    private (ReportedState, int, DateOnly?) Yearly(PlanPeriod period, bool annual, ref DateOnly? doneThisYear)
    {
        // Some yearly work (a conference, a campaign) is over by the nine-month report.
        if (doneThisYear is { } done)
        {
            return (ReportedState.Done, 100, done);
        }

        if (annual && period is { Kind: PeriodKind.Quarterly, Number: 3 } && random.NextDouble() < 0.25)
        {
            doneThisYear = period.DataTo.AddDays(-random.Next(10, 80));
            return (ReportedState.Done, 100, doneThisYear);
        }

        var (low, high) = (period.Kind, period.Number) switch
        {
            (PeriodKind.Quarterly, 1) => (0, 30),
            (PeriodKind.Semiannual, _) => (30, 55),
            (PeriodKind.Quarterly, _) => (55, 80),
            _ => (80, 100),
        };
        if (period.Kind == PeriodKind.Annual && random.NextDouble() < 0.7)
        {
            return (ReportedState.Done, 100, period.DataTo.AddDays(-random.Next(0, 20)));
        }

        var percent = random.Next(low, high);
        return percent == 0 ? (ReportedState.NotStarted, 0, null) : (ReportedState.InProgress, percent, null);
    }
}
