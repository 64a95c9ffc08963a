using System.Text;
using System.Text.RegularExpressions;
using Cascade.Import.Registers;

namespace Cascade.Import.Tests;

/// <summary>
/// The tasks part of shared/tools/compare-register: a task is right when its ref matches, its
/// title's word set overlaps the gold's by at least 80% (Jaccard), and lead, support (as sets) and
/// timeframe kind equal the gold, strings compared after NFC, case folding and folding of white
/// space and trailing punctuation. A task whose ref the gold does not have is extra.
/// </summary>
public static partial class RegisterComparison
{
    public sealed record TaskScore(int Right, int Total, int Extra, IReadOnlyList<string> Problems)
    {
        public bool Perfect => Right == Total && Extra == 0;

        public override string ToString() =>
            $"tasks {Right}/{Total} right ({Extra} extra)" + string.Concat(Problems.Select(p => "\n  " + p));
    }

    public static TaskScore CompareTasks(PlanRegister gold, PlanRegister actual)
    {
        var problems = new List<string>();
        var byRef = actual.Tasks.GroupBy(t => Norm(t.Ref)).ToDictionary(g => g.Key, g => g.ToList());
        var right = 0;
        foreach (var g in gold.Tasks)
        {
            var candidates = byRef.GetValueOrDefault(Norm(g.Ref)) ?? [];
            var a = candidates.FirstOrDefault(c => TitleMatches(g.Title, c.Title));
            if (a is null)
            {
                problems.Add($"task {g.Ref}: missing or title differs" + (candidates.Count > 0 ? $" (got {candidates[0].Title})" : string.Empty));
                continue;
            }

            var ok = true;
            if (!AgencySet(g.Lead).SetEquals(AgencySet(a.Lead)))
            {
                ok = false;
                problems.Add($"task {g.Ref}.lead: gold [{string.Join("; ", g.Lead)}] got [{string.Join("; ", a.Lead)}]");
            }

            if (!AgencySet(g.Support).SetEquals(AgencySet(a.Support)))
            {
                ok = false;
                problems.Add($"task {g.Ref}.support: gold [{string.Join("; ", g.Support)}] got [{string.Join("; ", a.Support)}]");
            }

            if (Norm(g.Timeframe.Kind) != Norm(a.Timeframe.Kind))
            {
                ok = false;
                problems.Add($"task {g.Ref}.timeframe.kind: gold {g.Timeframe.Kind} got {a.Timeframe.Kind}");
            }

            if (ok)
            {
                right++;
            }
        }

        var goldRefs = gold.Tasks.Select(t => Norm(t.Ref)).ToHashSet(StringComparer.Ordinal);
        var extra = actual.Tasks.Where(t => !goldRefs.Contains(Norm(t.Ref))).ToList();
        problems.AddRange(extra.Select(t => $"task extra: {t.Ref} {t.Title}"));
        return new TaskScore(right, gold.Tasks.Count, extra.Count, problems);
    }

    public static string Norm(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var s = Whitespace().Replace(text.Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ").Trim();
        return s.TrimEnd(' ', '.', ';', ',', ':');
    }

    public static bool TitleMatches(string? a, string? b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 && wb.Count == 0)
        {
            return true;
        }

        var union = new HashSet<string>(wa, StringComparer.Ordinal);
        union.UnionWith(wb);
        var common = wa.Count(wb.Contains);
        return (double)common / Math.Max(1, union.Count) >= 0.8;
    }

    private static HashSet<string> Words(string? text) =>
        WordPattern().Matches(Norm(text)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> AgencySet(IEnumerable<string>? names) =>
        (names ?? []).Select(Norm).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
