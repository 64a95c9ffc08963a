using Cascade.Core.Text;

namespace Cascade.Core.Links;

/// <summary>An agency named as lead of a task, as the rule needs it.</summary>
public sealed record LinkAgency(int Id, string Name, bool IsCollective = false);

/// <summary>A task of either plan: its title and lead agencies.</summary>
public sealed record LinkTask(int Id, string Title, IReadOnlyList<LinkAgency> Leads);

/// <summary>How close the two tasks' lead agencies are.</summary>
public enum AgencyAffinity
{
    None = 0,

    /// <summary>One side names a collective ("Các sở, ban, ngành") or no agency at all (a Party resolution).</summary>
    Open = 1,

    /// <summary>The same body at another level or in another province (Ban Tuyên giáo Huyện ủy / Tỉnh ủy, Sở Y tế / Bộ Y tế).</summary>
    SameFunction = 2,

    /// <summary>The same agency, or its successor after a reorganisation.</summary>
    SameAgency = 3,
}

/// <summary>A proposed link: the lower plan's task carries out the higher plan's task.</summary>
public sealed record LinkProposal(int TaskId, int ParentTaskId, double Score, AgencyAffinity Affinity);

/// <summary>
/// Proposes which tasks of a plan carry out which tasks of a higher plan it implements: the titles
/// share their telling words (word and word-pair overlap on <see cref="VietnameseText.Fold"/>,
/// weighted by how rare each is across both plans), and the lead agencies
/// are the same or successor agency, or the same body at another level. Where only a collective
/// name (or no agency) vouches for the pair, the titles must agree more.
/// </summary>
public static class TaskLinkScoring
{
    /// <summary>Title score from which a pair led by the same agency or body is proposed.</summary>
    public const double Threshold = 0.25;

    /// <summary>Title score from which a pair vouched for only by a collective name (or none) is proposed.</summary>
    public const double OpenThreshold = 0.4;

    /// <summary>At most this many proposals per task, best first.</summary>
    public const int PerTask = 3;

    private static readonly HashSet<string> StopWords = new(
        "và các của về trong cho với có được theo trên tại để những một số đến năm này đã sẽ là từ khi việc đối như thành lĩnh vực tỉnh huyện phố địa bàn nhằm hoặc sau khác bảo mới"
            .Split(' '), StringComparer.Ordinal);

    // Words that say where a body sits, not what it does: "Ban Tuyên giáo Huyện ủy" and "Ban Tuyên giáo Tỉnh ủy" are one function.
    private static readonly HashSet<string> LevelWords = new(
        "tỉnh huyện thành phố thị xã quận phường trấn cấp trung ương các và".Split(' '), StringComparer.Ordinal);

    /// <param name="tasks">The lower plan's tasks.</param>
    /// <param name="parents">The higher plan's tasks.</param>
    /// <param name="successions">Predecessor and successor agency ids of the reorganisations.</param>
    /// <param name="localities">The plans' localities, left out of agency names ("Báo Trà Vinh" and "Báo Hải Phòng" are one function).</param>
    public static IReadOnlyList<LinkProposal> Propose(
        IReadOnlyList<LinkTask> tasks, IReadOnlyList<LinkTask> parents,
        IEnumerable<(int Predecessor, int Successor)> successions, IEnumerable<string?> localities)
    {
        var related = Related(successions);
        var places = localities.Select(VietnameseText.Fold).Where(l => l.Length > 0).Distinct().ToList();
        var childTokens = tasks.Select(t => Tokens(t.Title)).ToList();
        var parentTokens = parents.Select(t => Tokens(t.Title)).ToList();
        var weights = Weights(childTokens.Concat(parentTokens).ToList());

        var proposals = new List<LinkProposal>();
        for (var i = 0; i < tasks.Count; i++)
        {
            proposals.AddRange(Enumerable.Range(0, parents.Count)
                .Where(j => parents[j].Id != tasks[i].Id)
                .Select(j =>
                {
                    var affinity = Affinity(tasks[i].Leads, parents[j].Leads, related, places);
                    var score = Overlap(childTokens[i], parentTokens[j], weights);
                    return new LinkProposal(tasks[i].Id, parents[j].Id, Math.Round(score, 3), affinity);
                })
                .Where(p => p.Affinity >= AgencyAffinity.SameFunction && p.Score >= Threshold
                    || p.Affinity == AgencyAffinity.Open && p.Score >= OpenThreshold)
                .OrderByDescending(p => p.Score).ThenByDescending(p => p.Affinity)
                .Take(PerTask));
        }

        return proposals;
    }

    /// <summary>
    /// Weighted overlap of two titles, 0..1: the shared words' weight over the geometric mean of both
    /// titles' (so a short title inside a long one scores less than two alike); a word weighs its rarity.
    /// </summary>
    public static double TitleScore(string a, string b, IReadOnlyList<string> corpus)
    {
        var weights = Weights(corpus.Select(Tokens).Append(Tokens(a)).Append(Tokens(b)).ToList());
        return Overlap(Tokens(a), Tokens(b), weights);
    }

    /// <summary>How close two lead lists are: the closest pair of agencies decides.</summary>
    public static AgencyAffinity Affinity(IReadOnlyList<LinkAgency> task, IReadOnlyList<LinkAgency> parent,
        IEnumerable<(int Predecessor, int Successor)> successions, IEnumerable<string?> localities) =>
        Affinity(task, parent, Related(successions), localities.Select(VietnameseText.Fold).Where(l => l.Length > 0).ToList());

    private static AgencyAffinity Affinity(IReadOnlyList<LinkAgency> task, IReadOnlyList<LinkAgency> parent,
        Dictionary<int, HashSet<int>> related, IReadOnlyList<string> places)
    {
        if (parent.Count == 0 || task.Count == 0)
        {
            return AgencyAffinity.Open;
        }

        var best = AgencyAffinity.None;
        foreach (var a in task)
        {
            foreach (var b in parent)
            {
                var affinity = a.Id == b.Id || related.TryGetValue(a.Id, out var family) && family.Contains(b.Id) ? AgencyAffinity.SameAgency
                    : SameFunction(a.Name, b.Name, places) ? AgencyAffinity.SameFunction
                    : IsCollective(a) || IsCollective(b) ? AgencyAffinity.Open
                    : AgencyAffinity.None;
                best = affinity > best ? affinity : best;
            }
        }

        return best;
    }

    private static bool IsCollective(LinkAgency agency)
    {
        var name = VietnameseText.Fold(agency.Name);
        return agency.IsCollective || name.StartsWith("các ", StringComparison.Ordinal) || name.Contains("liên quan", StringComparison.Ordinal);
    }

    private static bool SameFunction(string a, string b, IReadOnlyList<string> places)
    {
        var ka = FunctionKey(a, places);
        var kb = FunctionKey(b, places);
        if (ka.Count == 0 || kb.Count == 0)
        {
            return false;
        }

        var (small, big) = ka.Count <= kb.Count ? (ka, kb) : (kb, ka);
        return small.SetEquals(big) || small.Count >= 2 && small.IsSubsetOf(big);
    }

    /// <summary>The words of an agency's name that say what it does, its level and place left out.</summary>
    private static HashSet<string> FunctionKey(string name, IReadOnlyList<string> places)
    {
        var folded = " " + VietnameseText.Fold(name) + " ";
        foreach (var place in places)
        {
            folded = folded.Replace(" " + place + " ", " ", StringComparison.Ordinal);
        }

        folded = folded.Replace("tỉnh ủy", "ủy", StringComparison.Ordinal).Replace("huyện ủy", "ủy", StringComparison.Ordinal)
            .Replace("thành ủy", "ủy", StringComparison.Ordinal).Replace(" bộ ", " sở ", StringComparison.Ordinal);
        return Words(folded).Where(w => !LevelWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>For each agency, every agency linked to it by a chain of reorganisations, either way.</summary>
    private static Dictionary<int, HashSet<int>> Related(IEnumerable<(int Predecessor, int Successor)> successions)
    {
        var edges = new Dictionary<int, HashSet<int>>();
        foreach (var (p, s) in successions)
        {
            (edges.TryGetValue(p, out var a) ? a : edges[p] = []).Add(s);
            (edges.TryGetValue(s, out var b) ? b : edges[s] = []).Add(p);
        }

        var related = new Dictionary<int, HashSet<int>>();
        foreach (var start in edges.Keys)
        {
            var seen = new HashSet<int> { start };
            var queue = new Queue<int>([start]);
            while (queue.TryDequeue(out var at))
            {
                foreach (var next in edges[at].Where(seen.Add))
                {
                    queue.Enqueue(next);
                }
            }

            related[start] = seen;
        }

        return related;
    }

    /// <summary>A title's telling words and word pairs (Vietnamese words are mostly two syllables: "sinh học", "tuyên truyền").</summary>
    private static HashSet<string> Tokens(string title)
    {
        var words = Words(VietnameseText.Fold(title)).ToList();
        var tokens = words.Where(w => !StopWords.Contains(w) && !w.All(char.IsDigit)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!(StopWords.Contains(words[i]) && StopWords.Contains(words[i + 1])))
            {
                tokens.Add(words[i] + "_" + words[i + 1]);
            }
        }

        return tokens;
    }

    private static IEnumerable<string> Words(string folded) =>
        folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0);

    private static Dictionary<string, double> Weights(IReadOnlyList<HashSet<string>> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in documents.SelectMany(d => d))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts.ToDictionary(c => c.Key, c => Math.Log(1 + documents.Count / (double)c.Value), StringComparer.Ordinal);
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b, Dictionary<string, double> weights)
    {
        double Weight(IEnumerable<string> tokens) => tokens.Sum(t => weights.GetValueOrDefault(t, 1));
        var scale = Math.Sqrt(Weight(a) * Weight(b));
        return scale <= 0 ? 0 : Weight(a.Where(b.Contains)) / scale;
    }
}
