using System.Text.RegularExpressions;
using Cascade.Import.Parsing.Header;
using Cascade.Import.Parsing.Targets;
using Cascade.Import.Reading;
using Cascade.Import.Registers;

namespace Cascade.Import.Parsing;

/// <summary>Finds the numeric targets stated in the objectives (Mục tiêu).</summary>
public static partial class TargetParser
{
    public static IReadOnlyList<RegisterTarget> Parse(SourceDocument source, ICollection<ImportWarning> warnings)
    {
        var section = ObjectivesSection.Find(PlanText.From(source).Paragraphs);
        var targets = new List<RegisterTarget>();
        int? horizon = null;
        foreach (var paragraph in section)
        {
            if (Footnote().IsMatch(paragraph))
            {
                continue; // a PDF footnote printed inside the section
            }

            horizon = Horizons.Leading(paragraph) ?? horizon;
            foreach (var clause in ObjectiveClauses.Split(paragraph))
            {
                var (numbers, unclassified) = TargetNumbers.Read(clause);
                if (unclassified.Count > 0)
                {
                    warnings.Add(new ImportWarning("targets.number-unclassified",
                        $"Không phân loại được số \"{string.Join(", ", unclassified)}\" trong mục tiêu.", Shorten(clause)));
                }

                if (numbers.Count == 0)
                {
                    continue;
                }

                var indexes = numbers.Select(n => n.Index).ToList();
                foreach (var number in numbers)
                {
                    var year = Horizons.Within(clause, number.Index) ?? horizon;
                    if (year is null)
                    {
                        warnings.Add(new ImportWarning("targets.horizon-missing", "Không xác định được mốc thời gian của chỉ tiêu.", Shorten(clause)));
                        continue;
                    }

                    var text = ObjectiveClauses.TextFor(clause, number.Index, indexes);
                    targets.Add(new RegisterTarget
                    {
                        Year = year.Value,
                        Text = FootnoteMark().Replace(text, string.Empty),
                        Value = number.Value,
                        Max = number.Max,
                        Unit = number.Unit,
                        RelativeTo = Horizons.RelativeTo(text),
                    });
                }
            }
        }

        return targets;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"^\d{1,2}\s\p{Lu}")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"(?<=\p{Ll}{3})\d{1,2}(?=[\s,;.:)]|$)")]
    private static partial Regex FootnoteMark();
}
