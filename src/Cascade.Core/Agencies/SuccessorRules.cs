using System.Text.RegularExpressions;
using Cascade.Core.AdministrativeUnits;

namespace Cascade.Core.Agencies;

/// <summary>Why an agency's duties passed to another.</summary>
public enum SuccessionReason
{
    /// <summary>Provincial departments merged (Decree 45/2025/NĐ-CP).</summary>
    DepartmentsMerged = 0,

    /// <summary>Ministries merged (Resolution 176/2025/QH15).</summary>
    MinistriesMerged = 1,

    /// <summary>The Party's propaganda and mass-mobilisation boards merged.</summary>
    PartyBoardsMerged = 2,

    /// <summary>The district level ended: its duties went to the communes (or up to the province).</summary>
    DistrictLevelEnded = 3,

    /// <summary>The province merged into a new one: the same body of the new province.</summary>
    ProvincesMerged = 4,

    /// <summary>A change the coordinator recorded.</summary>
    Recorded = 5,
}

/// <summary>One successor of a step; where the duties split, each takes its share and one is the main one.</summary>
public sealed record SuccessorShare(string Name, AgencyKind Kind, bool IsMain = true, string? Functions = null, bool IsNewBody = false);

/// <summary>
/// One change the rules know: <see cref="FromName"/> of <see cref="FromUnit"/> ends the day before
/// <see cref="EffectiveOn"/> and its duties go to <see cref="Successors"/> of <see cref="Unit"/>
/// (null: central bodies).
/// </summary>
public sealed record SuccessionStep(
    string FromName, AdministrativeUnit? FromUnit, DateOnly EffectiveOn, string LegalBasis, SuccessionReason Reason,
    AdministrativeUnit? Unit, IReadOnlyList<SuccessorShare> Successors)
{
    public SuccessorShare Main => Successors.First(s => s.IsMain);

    public DateOnly LastDay => EffectiveOn.AddDays(-1);

    public bool Splits => Successors.Count > 1;
}

/// <summary>
/// The successor rules of the 2025 reorganisation (design notes §8): which body took over the duties
/// of a body a 2023–2024 plan names. Rules work on names, so they answer for agencies no database
/// holds yet; a department of a province that merged goes to the same department of the new province.
/// </summary>
public static partial class SuccessorRules
{
    private sealed record Rule(string[] Predecessors, SuccessorShare[] Successors, DateOnly EffectiveOn, string LegalBasis, SuccessionReason Reason);

    private static SuccessorShare Department(string name, bool isMain = true, string? functions = null, bool isNew = false) =>
        new(name, AgencyKind.Department, isMain, functions, isNew);

    /// <summary>Provincial departments merged from 1 March 2025.</summary>
    private static readonly Rule[] DepartmentRules =
    [
        new(["Sở Kế hoạch và Đầu tư"], [Department("Sở Tài chính")], Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged),
        new(["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn"], [Department("Sở Nông nghiệp và Môi trường", isNew: true)],
            Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged),
        new(["Sở Thông tin và Truyền thông"],
            [Department("Sở Khoa học và Công nghệ", functions: "thông tin, truyền thông, bưu chính, viễn thông, công nghệ thông tin"),
             Department("Sở Văn hóa, Thể thao và Du lịch", isMain: false, functions: "báo chí, xuất bản")],
            Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged),
        new(["Sở Lao động - Thương binh và Xã hội"],
            [Department("Sở Nội vụ", functions: "lao động, việc làm, người có công"),
             Department("Sở Y tế", isMain: false, functions: "bảo trợ xã hội, trẻ em"),
             Department("Sở Giáo dục và Đào tạo", isMain: false, functions: "giáo dục nghề nghiệp")],
            Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged),
        new(["Sở Giao thông vận tải"], [Department("Sở Xây dựng")], Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged),
    ];

    private const string EthnicAffairs = "Ban Dân tộc";
    private const string EthnicAffairsDepartment = "Sở Dân tộc và Tôn giáo";

    private static readonly Rule[] ProvincialPartyRules =
    [
        new(["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy"], [new("Ban Tuyên giáo và Dân vận Tỉnh ủy", AgencyKind.PartyBody, IsNewBody: true)],
            Reorganisation2025.ProvincialPartyBoardsMerged, Reorganisation2025.ProvincialPartyDecision, SuccessionReason.PartyBoardsMerged),
        new(["Ban Tuyên giáo Thành ủy", "Ban Dân vận Thành ủy"], [new("Ban Tuyên giáo và Dân vận Thành ủy", AgencyKind.PartyBody, IsNewBody: true)],
            Reorganisation2025.ProvincialPartyBoardsMerged, Reorganisation2025.ProvincialPartyDecision, SuccessionReason.PartyBoardsMerged),
    ];

    private static Rule Ministry(string[] from, string to, bool isNew = false) =>
        new(from, [new(to, AgencyKind.Ministry, IsNewBody: isNew)], Reorganisation2025.MinistriesMerged, Reorganisation2025.MinistriesResolution, SuccessionReason.MinistriesMerged);

    /// <summary>Central bodies (design notes §8, "Central").</summary>
    private static readonly Rule[] CentralRules =
    [
        Ministry(["Bộ Kế hoạch và Đầu tư"], "Bộ Tài chính"),
        Ministry(["Bộ Giao thông vận tải"], "Bộ Xây dựng"),
        Ministry(["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường"], "Bộ Nông nghiệp và Môi trường", isNew: true),
        Ministry(["Bộ Thông tin và Truyền thông"], "Bộ Khoa học và Công nghệ"),
        Ministry(["Bộ Lao động - Thương binh và Xã hội"], "Bộ Nội vụ"),
        Ministry(["Ủy ban Dân tộc"], "Bộ Dân tộc và Tôn giáo", isNew: true),
        new(["Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương"], [new("Ban Tuyên giáo và Dân vận Trung ương", AgencyKind.PartyBody, IsNewBody: true)],
            Reorganisation2025.CentralPartyBoardsMerged, Reorganisation2025.CentralPartyDecision, SuccessionReason.PartyBoardsMerged),
    ];

    /// <summary>Who holds the district People's Committees' duties by default; the coordinator may pick a provincial department instead.</summary>
    public const string Communes = "Ủy ban nhân dân các xã, phường, đặc khu";

    /// <summary>The kinds of body a province has one of, which the new province has too.</summary>
    private static readonly HashSet<AgencyKind> CarriedKinds =
    [
        AgencyKind.Department, AgencyKind.PeoplesCommittee, AgencyKind.PeoplesCouncil, AgencyKind.PartyBody,
        AgencyKind.PoliceAndMilitary, AgencyKind.MassOrganisation, AgencyKind.Collective,
    ];

    /// <summary>Every name the rules end, with where it goes: the tables of design notes §8 as data, for the record and the tests.</summary>
    public static IReadOnlyList<(string Predecessor, bool Central, IReadOnlyList<SuccessorShare> Successors, DateOnly EffectiveOn, string LegalBasis)> Table =>
        DepartmentRules.Concat(ProvincialPartyRules).Select(r => (r, false)).Concat(CentralRules.Select(r => (r, true)))
            .SelectMany(x => x.r.Predecessors.Select(p => (p, x.Item2, (IReadOnlyList<SuccessorShare>)x.r.Successors, x.r.EffectiveOn, x.r.LegalBasis)))
            .ToList();

    /// <summary>
    /// The next change of an agency the rules know, or null when the agency carries on as it is.
    /// </summary>
    /// <param name="name">The agency's name as stored (its locality may be printed or not).</param>
    /// <param name="kind">Its kind (<see cref="AgencyNames.GuessKind"/> for a bare name).</param>
    /// <param name="unit">Its province with successions loaded; null for a central body.</param>
    /// <param name="hasEthnicAffairsDepartment">
    /// Whether the province formed a Sở Dân tộc và Tôn giáo; null when unknown (both successors are named).
    /// </param>
    public static SuccessionStep? NextStep(string name, AgencyKind kind, AdministrativeUnit? unit, bool? hasEthnicAffairsDepartment = null)
    {
        if (unit is null)
        {
            var central = Match(CentralRules, AgencyNames.Key(name));
            return central is null ? null : Step(name, null, central, null);
        }

        if (!unit.IsProvinceLevel)
        {
            return null;
        }

        var key = LocalKey(name, unit);
        var existedBefore = (DateOnly day) => unit.ValidFrom is null || unit.ValidFrom < day;

        if (existedBefore(Reorganisation2025.DepartmentsMerged))
        {
            if (Match(DepartmentRules.Concat(ProvincialPartyRules), key) is { } rule)
            {
                return Step(name, unit, rule, unit);
            }

            if (key == AgencyNames.Key(EthnicAffairs) || key == AgencyNames.Key(EthnicAffairs + " tỉnh"))
            {
                return EthnicAffairsStep(name, unit, hasEthnicAffairsDepartment);
            }
        }

        var successorUnit = unit.ValidTo is { } end ? UnitTimeline.HolderOn(unit, end.AddDays(1)) : null;
        if (existedBefore(Reorganisation2025.DistrictLevelEnded) && IsDistrictCommittee(key))
        {
            var target = successorUnit ?? unit;
            var basis = successorUnit is null ? Reorganisation2025.LocalGovernmentLaw : $"{Reorganisation2025.LocalGovernmentLaw}; {UnitBasis(unit)}";
            return new SuccessionStep(name, unit, Reorganisation2025.DistrictLevelEnded, basis, SuccessionReason.DistrictLevelEnded, target,
                [new SuccessorShare(Communes, AgencyKind.Collective)]);
        }

        if (successorUnit is not null && !ReferenceEquals(successorUnit, unit) && CarriesOver(kind, key))
        {
            var carried = LocalNames.CarriedInto(StripLocality(name, unit), unit, successorUnit);
            return new SuccessionStep(name, unit, unit.ValidTo!.Value.AddDays(1), UnitBasis(unit), SuccessionReason.ProvincesMerged, successorUnit,
                [new SuccessorShare(carried, kind)]);
        }

        return null;
    }

    /// <summary>
    /// The changes from the named agency to the one holding its duties on the day, following the main
    /// successor where the duties split (each step still names every share).
    /// </summary>
    public static IReadOnlyList<SuccessionStep> ChainOn(string name, AgencyKind kind, AdministrativeUnit? unit, DateOnly on, bool? hasEthnicAffairsDepartment = null)
    {
        var steps = new List<SuccessionStep>();
        var (currentName, currentKind, currentUnit) = (name, kind, unit);
        while (steps.Count < 10 && NextStep(currentName, currentKind, currentUnit, hasEthnicAffairsDepartment) is { } step && step.EffectiveOn <= on)
        {
            steps.Add(step);
            (currentName, currentKind, currentUnit) = (step.Main.Name, step.Main.Kind, step.Unit);
        }

        return steps;
    }

    /// <summary>Whether the name is a district People's Committee, or all of them ("Ủy ban nhân dân các huyện, thị xã, thành phố").</summary>
    public static bool IsDistrictCommittee(string key) => DistrictCommittee().IsMatch(key);

    private static bool CarriesOver(AgencyKind kind, string key) =>
        CarriedKinds.Contains(kind) && !DistrictPartyCommittee().IsMatch(key) && !IsDistrictCommittee(key);

    private static SuccessionStep EthnicAffairsStep(string name, AdministrativeUnit unit, bool? hasDepartment)
    {
        SuccessorShare[] successors = hasDepartment switch
        {
            true => [Department(EthnicAffairsDepartment, isNew: true)],
            false => [Department("Sở Nội vụ")],
            null =>
            [
                Department(EthnicAffairsDepartment, functions: "nơi tỉnh thành lập Sở Dân tộc và Tôn giáo", isNew: true),
                Department("Sở Nội vụ", isMain: false, functions: "nơi tỉnh không thành lập Sở Dân tộc và Tôn giáo"),
            ],
        };
        return new SuccessionStep(name, unit, Reorganisation2025.DepartmentsMerged, Reorganisation2025.DepartmentsDecree, SuccessionReason.DepartmentsMerged, unit, successors);
    }

    /// <summary>The key without the locality, also where a Party committee names it ("Ban Tuyên giáo Tỉnh ủy Lạng Sơn").</summary>
    private static string LocalKey(string name, AdministrativeUnit unit)
    {
        var key = AgencyNames.KeyWithoutLocality(name, unit.Name);
        var place = " " + AgencyNames.Key(unit.Name);
        return key.EndsWith(place, StringComparison.Ordinal) && key[..^place.Length].EndsWith(" ủy", StringComparison.Ordinal) ? key[..^place.Length] : key;
    }

    private static Rule? Match(IEnumerable<Rule> rules, string key) =>
        rules.FirstOrDefault(r => r.Predecessors.Any(p => AgencyNames.Key(p) == key));

    private static SuccessionStep Step(string name, AdministrativeUnit? fromUnit, Rule rule, AdministrativeUnit? unit) =>
        new(name, fromUnit, rule.EffectiveOn, rule.LegalBasis, rule.Reason, unit,
            rule.Successors.Select(s => unit is null ? s : s with { Name = LocalNames.ForUnitKind(s.Name, unit.Kind) }).ToList());

    private static string UnitBasis(AdministrativeUnit unit) =>
        unit.Successions.FirstOrDefault()?.LegalBasis ?? Reorganisation2025.ProvincesResolution;

    /// <summary>"Sở Y tế tỉnh Trà Vinh" → "Sở Y tế": the new province's body is named without the old locality.</summary>
    private static string StripLocality(string name, AdministrativeUnit unit)
    {
        foreach (var suffix in new[] { $" {unit.FullName}", $" tỉnh {unit.Name}", $" thành phố {unit.Name}" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    [GeneratedRegex(@"^ủy ban nhân dân (?:các |cấp )?(?:huyện|quận|thị xã)", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictCommittee();

    [GeneratedRegex(@"^(?:ban .* )?(?:huyện ủy|quận ủy|thị ủy)", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictPartyCommittee();
}
