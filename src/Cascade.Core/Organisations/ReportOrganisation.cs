using Cascade.Core.Reports;

namespace Cascade.Core.Organisations;

/// <summary>An organisation a report names as having taken part in the work reported.</summary>
public sealed class ReportOrganisation
{
    private ReportOrganisation()
    {
    }

    /// <param name="report">The report, saved or not: a new report gets its id on the same save.</param>
    public ReportOrganisation(Report report, int organisationId)
    {
        Report = report;
        ReportId = report.Id;
        OrganisationId = organisationId;
    }

    public int ReportId { get; private set; }

    public Report? Report { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>
    /// The organisations a report may name: those the task accepted. The names asked for that are not
    /// among them are returned, so the form can say which.
    /// </summary>
    public static IReadOnlyList<int> NotAccepted(IEnumerable<int> named, IEnumerable<int> accepted)
    {
        var allowed = accepted.ToHashSet();
        return named.Distinct().Where(id => !allowed.Contains(id)).ToList();
    }
}
