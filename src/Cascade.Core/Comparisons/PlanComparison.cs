using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Comparisons;

/// <summary>A task or target of a plan as the comparison reads it.</summary>
public sealed record ComparedItem(int Id, string Ref, string Text);

/// <summary>A task of one plan and the most alike of the other's, with how alike their wordings are (0 to 1).</summary>
public sealed record Overlap(ComparedItem First, ComparedItem Second, double Similarity);

/// <summary>What two plans of one province share and what each has alone.</summary>
public sealed record PlanComparisonResult(
    IReadOnlyList<Overlap> Overlaps,
    IReadOnlyList<ComparedItem> OnlyInFirst,
    IReadOnlyList<ComparedItem> OnlyInSecond,
    IReadOnlyList<ComparedItem> TargetsOnlyInFirst,
    IReadOnlyList<ComparedItem> TargetsOnlyInSecond);

/// <summary>
/// Compares two plans of a province (two old provinces' plans now under one): tasks overlap when their
/// titles share enough words (<see cref="TitleSimilarity"/>); a target is lacking from a plan when none
/// of its targets is worded alike.
/// </summary>
public static class PlanComparison
{
    /// <summary>Titles this alike are taken as the same task; set by reading the seed plans side by side.</summary>
    public const double TaskThreshold = 0.4;

    public const double TargetThreshold = 0.5;

    public static PlanComparisonResult Compare(
        IReadOnlyList<ComparedItem> firstTasks, IReadOnlyList<ComparedItem> secondTasks,
        IReadOnlyList<ComparedItem> firstTargets, IReadOnlyList<ComparedItem> secondTargets)
    {
        var overlaps = new List<Overlap>();
        var matchedSecond = new HashSet<int>();
        var candidates = firstTasks
            .SelectMany(a => secondTasks.Select(b => new Overlap(a, b, TitleSimilarity.Of(a.Text, b.Text))))
            .Where(o => o.Similarity >= TaskThreshold)
            .OrderByDescending(o => o.Similarity).ThenBy(o => o.First.Id).ThenBy(o => o.Second.Id);

        // Each task pairs with one of the other plan at most, the most alike first.
        var matchedFirst = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            if (matchedFirst.Contains(candidate.First.Id) || matchedSecond.Contains(candidate.Second.Id))
            {
                continue;
            }

            overlaps.Add(candidate);
            matchedFirst.Add(candidate.First.Id);
            matchedSecond.Add(candidate.Second.Id);
        }

        return new PlanComparisonResult(
            overlaps.OrderBy(o => firstTasks.ToList().IndexOf(o.First)).ToList(),
            firstTasks.Where(t => !matchedFirst.Contains(t.Id)).ToList(),
            secondTasks.Where(t => !matchedSecond.Contains(t.Id)).ToList(),
            Lacking(firstTargets, secondTargets),
            Lacking(secondTargets, firstTargets));
    }

    /// <summary>The targets of <paramref name="of"/> that no target of <paramref name="other"/> words alike.</summary>
    public static IReadOnlyList<ComparedItem> Lacking(IReadOnlyList<ComparedItem> of, IReadOnlyList<ComparedItem> other) =>
        of.Where(t => !other.Any(o => TitleSimilarity.Of(t.Text, o.Text) >= TargetThreshold)).ToList();
}

/// <summary>
/// How alike two wordings are: the Jaccard index of their sets of words, folded (case, spacing,
/// Unicode form), without the small words every sentence has ("và", "các", "của").
/// </summary>
public static partial class TitleSimilarity
{
    private static readonly HashSet<string> SmallWords =
    [
        "và", "các", "của", "cho", "trong", "với", "về", "những", "được", "để", "theo", "trên", "tại", "là", "có", "một", "đến", "năm",
    ];

    public static IReadOnlySet<string> Words(string text) =>
        Word().Matches(VietnameseText.ModernTones(VietnameseText.Fold(text))).Select(m => m.Value).Where(w => !SmallWords.Contains(w)).ToHashSet();

    public static double Of(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
