using System.Globalization;
using Cascade.Core.Progress;
using Cascade.Core.Reports;

namespace Cascade.Web.Pages.Reports;

/// <summary>The report form as posted: dates dd/MM/yyyy, the version the writer started from.</summary>
public sealed class ReportForm
{
    public ReportedState State { get; set; } = ReportedState.InProgress;

    public int PercentDone { get; set; }

    public string? CompletedOn { get; set; }

    public string? Results { get; set; }

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    public int Version { get; set; }

    /// <summary>The organisations accepted on the task that took part in the work reported.</summary>
    public List<int> OrganisationIds { get; set; } = [];

    /// <summary>The issued document that is the task's product (number and symbol, date dd/MM/yyyy, issuer), or its evidence file.</summary>
    public string? ProductNumber { get; set; }

    public string? ProductDate { get; set; }

    public string? ProductIssuer { get; set; }

    public string? ProductTitle { get; set; }

    public int? ProductFileId { get; set; }

    public static ReportForm From(Report? report) => report is null ? new ReportForm() : new ReportForm
    {
        State = report.State,
        PercentDone = report.PercentDone,
        CompletedOn = report.CompletedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        Results = report.Results,
        Difficulties = report.Difficulties,
        Proposals = report.Proposals,
        Version = report.Version,
    };

    /// <summary>The content, or the Vietnamese reason the date could not be read.</summary>
    public (ReportContent? Content, string? Error) ToContent()
    {
        DateOnly? completed = null;
        if (!string.IsNullOrWhiteSpace(CompletedOn))
        {
            if (Infrastructure.Display.ParseDate(CompletedOn) is not { } date)
            {
                return (null, ReportErrors.BadDate);
            }

            completed = date;
        }

        return (new ReportContent(State, PercentDone, Clean(Results), Clean(Difficulties), Clean(Proposals), completed), null);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
