using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// The place of an issuer whose name stops at its unit: the name the text gives most often to a
/// unit of that kind ("tỉnh Lạng Sơn", "Tỉnh ủy Lạng Sơn"), or, for a province, the name its
/// newspaper and broadcaster carry ("Báo Trà Vinh"). The masthead, set in capitals, counts too.
/// </summary>
public static partial class LocalityFinder
{
    public static string? Find(string unit, IReadOnlyList<string> mastheadLines, IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in mastheadLines.Select(l => PlanText.IsUpperCase(l) ? OrganisationCase.FromCapitals(l) : l).Concat(lines))
        {
            foreach (Match m in PlaceMention().Matches(line))
            {
                var found = m.Groups["unit"].Value.ToLower(VietnameseText.Vi);
                var name = m.Groups["name"].Value;
                if (found == "tp." || found == "tp")
                {
                    found = "thành phố";
                }

                if (found != unit && !(unit == "xã" && found is "phường" or "thị trấn"))
                {
                    continue;
                }

                name = Localities.ProvincePrefix(name) ?? name;

                // A city's plan names its own city most; a centrally-run city outweighs a provincial
                // city it merely mentions.
                var weight = unit == "thành phố" && Localities.IsCentralCity(name) ? 3 : 2;
                counts[name] = counts.GetValueOrDefault(name) + weight;
            }

            foreach (Match m in PartyCommitteeOf().Matches(line))
            {
                if (UnitOfCommittee(m.Groups["committee"].Value) == unit)
                {
                    var name = m.Groups["name"].Value;
                    name = Localities.ProvincePrefix(name) ?? name;
                    counts[name] = counts.GetValueOrDefault(name) + 2;
                }
            }

            if (unit is "tỉnh" or "thành phố")
            {
                foreach (Match m in NamedAfterProvince().Matches(line))
                {
                    if (Localities.ProvincePrefix(m.Groups["name"].Value) is { } province)
                    {
                        counts[province] = counts.GetValueOrDefault(province) + 1;
                    }
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).First().Key;
    }

    private static string UnitOfCommittee(string committee) => committee switch
    {
        "Tỉnh" => "tỉnh",
        "Thành" => "thành phố",
        "Huyện" => "huyện",
        "Quận" => "quận",
        _ => "thị xã",
    };

    [GeneratedRegex(@"(?<unit>\b(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn))\s(?<name>" + IssuerUnits.Name + ")")]
    private static partial Regex PlaceMention();

    // "Tỉnh ủy Lạng Sơn", "Huyện ủy Chợ Mới": a Party committee named with its place.
    [GeneratedRegex(@"\b(?<committee>Tỉnh|Thành|Huyện|Quận|Thị)\s(?:ủy|uỷ)\s(?<name>" + IssuerUnits.Name + ")")]
    private static partial Regex PartyCommitteeOf();

    [GeneratedRegex(@"\b(?:Báo|Đài Phát thanh và Truyền hình|Đài Phát thanh - Truyền hình)\s(?<name>" + IssuerUnits.Name + ")")]
    private static partial Regex NamedAfterProvince();

}
