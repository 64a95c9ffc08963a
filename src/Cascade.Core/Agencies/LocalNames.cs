using System.Text.RegularExpressions;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Text;

namespace Cascade.Core.Agencies;

/// <summary>
/// An agency's name with its locality: "Sở Tài chính tỉnh Vĩnh Long", "Thanh tra thành phố Hải Phòng",
/// "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"; and a province's name carried into a city's.
/// </summary>
public static partial class LocalNames
{
    /// <summary>The name as a document of another locality would print it.</summary>
    public static string WithLocality(string name, AdministrativeUnit? unit) =>
        unit is null ? name : WithLocality(name, unit.Name, unit.FullName);

    /// <summary>The name with its locality, from the unit's proper name and full name ("Vĩnh Long", "tỉnh Vĩnh Long").</summary>
    public static string WithLocality(string name, string? unitName, string? unitFullName)
    {
        if (string.IsNullOrEmpty(unitName) || string.IsNullOrEmpty(unitFullName))
        {
            return name;
        }

        var folded = VietnameseText.Fold(name);
        if (folded.Contains(VietnameseText.Fold(unitName), StringComparison.Ordinal))
        {
            return name;
        }

        // "Thanh tra tỉnh" + "Vĩnh Long", not "Thanh tra tỉnh tỉnh Vĩnh Long".
        return EndsWithLocalityWord().IsMatch(folded) ? $"{name} {unitName}" : $"{name} {unitFullName}";
    }

    /// <summary>
    /// The name as a unit of <paramref name="kind"/> says it: a province's "Công an tỉnh" is a city's
    /// "Công an thành phố", its "Tỉnh ủy" a "Thành ủy".
    /// </summary>
    public static string ForUnitKind(string name, AdministrativeUnitKind kind) => kind switch
    {
        AdministrativeUnitKind.Municipality => ProvinceWord().Replace(PartyCommitteeOfProvince().Replace(name, "Thành ủy"), "thành phố"),
        AdministrativeUnitKind.Province => CityWord().Replace(PartyCommitteeOfCity().Replace(name, "Tỉnh ủy"), "tỉnh"),
        _ => name,
    };

    /// <summary>A name carried from a merged unit into its successor: its own place name replaced, its words fitted to the new unit's kind.</summary>
    public static string CarriedInto(string name, AdministrativeUnit from, AdministrativeUnit to)
    {
        var carried = name.Contains(from.Name, StringComparison.Ordinal) && from.Name != to.Name ? name.Replace(from.Name, to.Name, StringComparison.Ordinal) : name;
        return from.Kind == to.Kind ? carried : ForUnitKind(carried, to.Kind);
    }

    [GeneratedRegex(@"(?:tỉnh|thành phố|tỉnh ủy|thành ủy)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithLocalityWord();

    [GeneratedRegex(@"(?<=\s)tỉnh$", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceWord();

    [GeneratedRegex(@"(?<=\s)thành phố$", RegexOptions.CultureInvariant)]
    private static partial Regex CityWord();

    [GeneratedRegex(@"\bTỉnh ủy\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartyCommitteeOfProvince();

    [GeneratedRegex(@"\bThành ủy\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartyCommitteeOfCity();
}
