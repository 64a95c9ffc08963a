using Cascade.Core.Progress;
using Cascade.Core.Targets;
using Cascade.Data.Progress;

namespace Cascade.Export.ConsolidatedReport;

/// <summary>
/// Everything the consolidated report of a plan's year says, gathered before it is written: who
/// issues it, which plan it reports on, the tasks by group with their status, the indicators, how
/// the agencies reported, and what they raised.
/// </summary>
public sealed record ConsolidatedReportModel
{
    public required ReportIssuer Issuer { get; init; }

    public required CitedPlan Plan { get; init; }

    public required int Year { get; init; }

    /// <summary>The day the statuses were read on (the figures are "as of" it).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The report's date; null leaves "ngày … tháng … năm …" to be filled in by hand.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The plan's groups of solutions in the plan's order; a plan without groups has one, unnamed.</summary>
    public required IReadOnlyList<TaskGroup> Groups { get; init; }

    public required IReadOnlyList<IndicatorLine> Indicators { get; init; }

    public required ReportingSummary Reporting { get; init; }

    /// <summary>The difficulties and proposals of the year's reports, by the agency holding the task.</summary>
    public required IReadOnlyList<AgencyRemarks> Remarks { get; init; }

    /// <summary>The recipients above "- Lưu: VT, ….", which always closes the list.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public Signature Signature { get; init; } = Signature.DeputyDirector;

    public IEnumerable<TaskLine> Tasks => Groups.SelectMany(g => g.Tasks);

    /// <summary>The proposals of every agency, each once, with the agencies that made it.</summary>
    public IReadOnlyList<Remark> Proposals =>
        Remarks.SelectMany(a => a.Proposals.Select(p => (p.Text, a.Agency)))
            .GroupBy(p => p.Text, StringComparer.Ordinal)
            .Select(g => new Remark(g.Key, g.Select(p => p.Agency).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
}

/// <summary>
/// The body that issues the report and the one above it: "UBND tỉnh Trà Vinh" / "Sở Khoa học và
/// Công nghệ", the symbol's issuer code (BC-SKHCN), the place of the date line, and the superior
/// the report goes to as sentences name it ("Ủy ban nhân dân tỉnh", "UBND tỉnh").
/// </summary>
public sealed record ReportIssuer(string ParentBody, string Body, string SymbolCode, string? Place, string Superior, string SuperiorShort);

/// <summary>The plan reported on, as a citation: "Kế hoạch số 105/KH-UBND ngày 03/11/2023 của Ủy ban nhân dân tỉnh Trà Vinh".</summary>
public sealed record CitedPlan(string KindName, string? Number, DateOnly? Date, string Issuer, string Title)
{
    public string ShortCitation => KindName + (Number is null ? string.Empty : " số " + Number);

    public string Citation =>
        KindName
        + (Number is null ? string.Empty : " số " + Number)
        + (Date is { } d ? " ngày " + VietnameseFormat.CitedDate(d) : string.Empty)
        + " của " + Issuer;
}

public sealed record TaskGroup(string? Name, IReadOnlyList<TaskLine> Tasks);

/// <summary>A task's row: the agency holding it today, and the name the plan printed when that differs.</summary>
public sealed record TaskLine(
    string Ref,
    string Title,
    string? Holder,
    string? PrintedLead,
    string? Timeframe,
    DateOnly? DueOn,
    ProgressStatus Status,
    int? DaysOverdue,
    int? Percent,
    string? Results);

/// <summary>A target read as an indicator for the year: its goal, the baseline, the year's value and the progress.</summary>
public sealed record IndicatorLine(
    string Text,
    int Horizon,
    decimal Value,
    decimal? Max,
    string Unit,
    int? RelativeTo,
    IndicatorMeasure Measure,
    IndicatorReading? Baseline,
    IndicatorReading? YearValue,
    IndicatorProgress Progress);

/// <summary>How the year's reports came in, in total and for each agency that owes any.</summary>
public sealed record ReportingSummary(int Periods, IReadOnlyList<AgencyReporting> Agencies)
{
    public int Expected => Agencies.Sum(a => a.Expected);

    public int OnTime => Agencies.Sum(a => a.OnTime);

    public int Late => Agencies.Sum(a => a.Late);

    public int Missing => Agencies.Sum(a => a.Missing);

    /// <summary>No agency has sent a report for the year (whatever was expected).</summary>
    public bool NoReports => OnTime + Late == 0;
}

public sealed record AgencyReporting(string Agency, int Expected, int OnTime, int Late, int Missing);

/// <summary>What one agency raised in its reports of the year.</summary>
public sealed record AgencyRemarks(string Agency, IReadOnlyList<Remark> Difficulties, IReadOnlyList<Remark> Proposals);

/// <summary>A text raised, once, with where it comes from (the tasks' numbers, or the agencies).</summary>
public sealed record Remark(string Text, IReadOnlyList<string> Sources);

/// <summary>The signature block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" and the signer's name (blank to be filled).</summary>
public sealed record Signature(string Authority, string Title, string? Name)
{
    public static Signature DeputyDirector { get; } = new("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null);
}
