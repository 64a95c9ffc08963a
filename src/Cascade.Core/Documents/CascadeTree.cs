namespace Cascade.Core.Documents;

/// <summary>A document as the cascade sees it: loaded (with a plan id) or only named by others.</summary>
public sealed record CascadeDocument(
    int PlanId,
    DocumentNumber? Number,
    GovernmentLevel Level,
    string Issuer,
    IReadOnlyList<DocumentNumber> Implements);

/// <summary>A node of the cascade: a loaded plan, or a referenced document not loaded yet.</summary>
public sealed record CascadeNode(DocumentNumber? Number, int? PlanId, IReadOnlyList<CascadeNode> Children)
{
    public bool IsReferenced => PlanId is null;
}

/// <summary>
/// Builds the cascade of documents by what they implement. A plan names several documents
/// ("Thực hiện Kế hoạch 138-KH/TU ... thực hiện Nghị quyết 36-NQ/TW"); its parent is the nearest
/// one above it: a province's plan sits under its Party committee's program, which sits under the
/// Politburo's resolution. A Party document's parent is always a Party document.
/// </summary>
public static class CascadeTree
{
    public static IReadOnlyList<CascadeNode> Build(IEnumerable<CascadeDocument> documents)
    {
        var loaded = documents.ToList();
        var nodes = new Dictionary<string, Vertex>(StringComparer.Ordinal);

        foreach (var doc in loaded)
        {
            var key = doc.Number?.Key ?? $"#plan:{doc.PlanId}";
            nodes[key] = new Vertex(key, doc.Number, doc.PlanId, TierOf(doc), IsPartyDocument(doc));
        }

        foreach (var doc in loaded)
        {
            foreach (var number in doc.Implements)
            {
                if (!nodes.ContainsKey(number.Key))
                {
                    nodes[number.Key] = new Vertex(number.Key, number, null, TierOf(number), number.IsParty);
                }
            }
        }

        // Loaded documents choose among the numbers they cite; referenced ones among the numbers
        // cited beside them.
        foreach (var doc in loaded)
        {
            var self = nodes[doc.Number?.Key ?? $"#plan:{doc.PlanId}"];
            self.Parent = ChooseParent(self, doc.Implements.Select(n => nodes[n.Key]));
        }

        foreach (var vertex in nodes.Values.Where(v => v.PlanId is null))
        {
            var cited = loaded.Where(d => d.Implements.Any(n => n.Key == vertex.Key))
                .SelectMany(d => d.Implements)
                .Where(n => n.Key != vertex.Key)
                .Select(n => nodes[n.Key]);
            vertex.Parent = ChooseParent(vertex, cited);
        }

        return nodes.Values.Where(v => v.Parent is null).OrderBy(v => v.Tier).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => ToNode(v, nodes.Values)).ToList();
    }

    private static Vertex? ChooseParent(Vertex child, IEnumerable<Vertex> candidates) =>
        candidates
            .Where(c => c.Tier < child.Tier && (!child.IsParty || c.IsParty))
            .OrderByDescending(c => c.Tier)
            .FirstOrDefault();

    private static CascadeNode ToNode(Vertex vertex, IEnumerable<Vertex> all)
    {
        var children = all.Where(v => v.Parent == vertex)
            .OrderBy(v => v.Tier).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => ToNode(v, all))
            .ToList();
        return new CascadeNode(vertex.Number, vertex.PlanId, children);
    }

    /// <summary>
    /// The rank of a document in the cascade, from the top: the Politburo (0), the Government (1),
    /// a ministry (2), a province's Party committee (3) and People's Committee (4), then districts
    /// and communes in the same order.
    /// </summary>
    public static int TierOf(CascadeDocument doc)
    {
        var party = IsPartyDocument(doc);
        return doc.Level switch
        {
            GovernmentLevel.Central => party ? 0 : 1,
            GovernmentLevel.Ministry => 2,
            GovernmentLevel.Province => party ? 3 : 4,
            GovernmentLevel.District => party ? 5 : 6,
            _ => party ? 7 : 8,
        };
    }

    /// <summary>The rank of a document known only by its number, read from its issuer code.</summary>
    public static int TierOf(DocumentNumber number)
    {
        var issuer = number.IssuerCode.ToUpperInvariant();
        if (number.IsParty)
        {
            return issuer switch
            {
                "TW" or "TƯ" => 0,
                "TU" or "TƯ-TU" => 3,
                "HU" or "QU" or "TXU" => 5,
                _ => 7,
            };
        }

        return issuer switch
        {
            "CP" or "TTG" or "QH" or "VPCP" => 1,
            _ when issuer.StartsWith("QH", StringComparison.Ordinal) => 1,
            _ when issuer.StartsWith('B') => 2,
            "UBND" or "HĐND" => 4,
            _ => 4,
        };
    }

    /// <summary>Party documents: a hyphenated symbol, or an issuer that is a Party committee.</summary>
    public static bool IsPartyDocument(CascadeDocument doc)
    {
        if (doc.Number is { } number)
        {
            return number.IsParty;
        }

        var issuer = doc.Issuer.ToLowerInvariant();
        return (issuer.Contains("ủy", StringComparison.Ordinal) || issuer.Contains("uỷ", StringComparison.Ordinal)
                || issuer.Contains("bộ chính trị", StringComparison.Ordinal) || issuer.Contains("ban bí thư", StringComparison.Ordinal))
            && !issuer.Contains("ủy ban", StringComparison.Ordinal) && !issuer.Contains("uỷ ban", StringComparison.Ordinal);
    }

    private sealed class Vertex(string key, DocumentNumber? number, int? planId, int tier, bool isParty)
    {
        public string Key { get; } = key;
        public DocumentNumber? Number { get; } = number;
        public int? PlanId { get; } = planId;
        public int Tier { get; } = tier;
        public bool IsParty { get; } = isParty;
        public Vertex? Parent { get; set; }
    }
}
