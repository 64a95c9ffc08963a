using System.Text.RegularExpressions;
using Cascade.Import.Parsing.Header;
using Cascade.Import.Parsing.Reporting;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the reporting duties the plan sets.</summary>
public static partial class ReportingParser
{
    public static IReadOnlyList<RegisterReporting> Parse(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        var duties = new List<RegisterReporting>();
        foreach (var clause in ReportingSection.Find(PlanText.From(source).Paragraphs).SelectMany(Clauses))
        {
            if (!Verb().IsMatch(clause) || NotADuty().IsMatch(clause))
            {
                continue;
            }

            var recipients = ReportRecipients.In(clause);
            if (recipients.Count == 0)
            {
                continue; // "báo cáo tỉnh theo quy định" names no body
            }

            var periods = ReportingFrequencies.Of(clause);
            if (periods.Count == 0)
            {
                warnings.Add(new ImportWarning("reporting.period-missing",
                    "Nhiệm vụ báo cáo không nêu kỳ báo cáo.", clause.Length <= 120 ? clause : clause[..120] + "…"));
                continue;
            }

            foreach (var period in periods)
            {
                foreach (var recipient in recipients)
                {
                    var duty = new RegisterReporting { Frequency = period.Frequency, Due = period.Due, To = recipient };
                    if (!duties.Contains(duty))
                    {
                        duties.Add(duty);
                    }
                }
            }
        }

        return duties;
    }

    private static IEnumerable<string> Clauses(string paragraph) =>
        ClauseBoundary().Split(paragraph).Select(c => c.Trim()).Where(c => c.Length > 0);

    [GeneratedRegex(@"\bbáo cáo(?!\sviên)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    // Problems raised as they come up and budget estimates travel upward too, but are not duties.
    [GeneratedRegex(@"\bkịp thời\b|\bdự toán\b|vướng mắc|\bphản ánh\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADuty();

    [GeneratedRegex(@";|(?<=\.)\s(?=\p{Lu})")]
    private static partial Regex ClauseBoundary();
}
