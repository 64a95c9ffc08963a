using System.Text.RegularExpressions;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>The issuing body, its level and its locality.</summary>
public sealed record IssuerFacts(string? Issuer, string? Level, string? Locality);

/// <summary>Where the issuer may be named, most telling first.</summary>
public sealed record IssuerSources(
    string? OpeningSubject,
    string? HeadingAttribution,
    string? Masthead,
    string? Caption,
    string? Signature,
    IReadOnlyList<string> MastheadLines,
    IReadOnlyList<string> AllLines,
    DocumentNumber? Own);

/// <summary>
/// Decides the issuer from the places a plan names it: the opening sentence ("... Ủy ban nhân
/// dân tỉnh ban hành kế hoạch"), the heading ("CỦA BAN THƯỜNG VỤ TỈNH ỦY"), the masthead, the
/// appendix caption, the signature block. A name without its place ("Ủy ban nhân dân tỉnh")
/// takes the locality the text names elsewhere for a unit of that kind.
/// </summary>
public static partial class IssuerReader
{
    public static IssuerFacts Read(IssuerSources sources)
    {
        var issuer = new[] { sources.OpeningSubject, sources.HeadingAttribution, sources.Masthead, sources.Caption, sources.Signature }
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (issuer is null)
        {
            return new IssuerFacts(null, LevelFromNumber(sources.Own), null);
        }

        issuer = VietnameseText.Clean(AgencyNames.Expand(issuer));
        var unit = UnitOf(issuer);
        var locality = NamedPlace(issuer);
        if (locality is null && unit is not null)
        {
            locality = FindLocality(unit, sources);
            if (locality is not null && EndsWithUnit().IsMatch(issuer))
            {
                issuer = issuer + " " + locality;
            }
        }

        return new IssuerFacts(issuer, LevelOf(issuer, unit, locality) ?? LevelFromNumber(sources.Own), locality);
    }

    /// <summary>The subject of the opening's "... ban hành kế hoạch" / "... xây dựng Chương trình hành động".</summary>
    public static string? OpeningSubject(string opening)
    {
        foreach (Match m in Subject().Matches(opening))
        {
            var subject = m.Groups["subject"].Value.Trim();
            if (OrganisationStart().IsMatch(subject))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>The body named after "của" in an appendix caption, up to the closing parenthesis.</summary>
    public static string? CaptionIssuer(string caption)
    {
        var m = CaptionBody().Match(caption);
        return m.Success && OrganisationStart().IsMatch(m.Groups["body"].Value) ? m.Groups["body"].Value.Trim() : null;
    }

    /// <summary>Whether a masthead line in capitals names an issuing body.</summary>
    public static bool IsMastheadOrganisation(string line) => MastheadOrganisation().IsMatch(line);

    /// <summary>A masthead line in capitals that continues the line above with the unit ("TỈNH TRÀ VINH").</summary>
    public static bool IsMastheadUnit(string line) => MastheadUnit().IsMatch(line);

    private static string? NamedPlace(string issuer)
    {
        var m = PlaceInName().Match(issuer);
        return m.Success ? m.Groups["name"].Value : null;
    }

    /// <summary>The kind of unit an issuer belongs to: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn.</summary>
    private static string? UnitOf(string issuer)
    {
        var m = UnitWord().Match(issuer.ToLower(VietnameseText.Vi));
        if (!m.Success)
        {
            return null;
        }

        return m.Value switch
        {
            "sở" => "tỉnh",
            "tỉnh ủy" => "tỉnh",
            "thành ủy" => "thành phố",
            "huyện ủy" => "huyện",
            "quận ủy" => "quận",
            "thị ủy" => "thị xã",
            "đảng ủy" => "xã",
            var w => w,
        };
    }

    private static string? FindLocality(string unit, IssuerSources sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = sources.MastheadLines.Select(l => PlanText.IsUpperCase(l) ? OrganisationCase.FromCapitals(l) : l)
            .Concat(sources.AllLines);
        foreach (var line in lines)
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

    private static string? LevelOf(string issuer, string? unit, string? locality)
    {
        var folded = issuer.ToLower(VietnameseText.Vi);
        if (Central().IsMatch(folded))
        {
            return "central";
        }

        if (Ministry().IsMatch(folded))
        {
            return "ministry";
        }

        return unit switch
        {
            "tỉnh" => "province",
            "thành phố" => locality is null || Localities.IsCentralCity(locality) ? "province" : "district",
            "huyện" or "quận" or "thị xã" => "district",
            "xã" or "phường" or "thị trấn" => "commune",
            _ => null,
        };
    }

    private static string? LevelFromNumber(DocumentNumber? own)
    {
        var code = own?.IssuerCode.ToUpperInvariant();
        return code switch
        {
            null => null,
            "TW" or "CP" or "TTG" or "QH" => "central",
            "TU" => "province",
            "HU" or "QU" or "TXU" => "district",
            "ĐU" => "commune",
            _ when code.StartsWith('B') => "ministry",
            _ => null,
        };
    }

    [GeneratedRegex(@"(?:\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)|\b(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s(?:ủy|uỷ))$")]
    private static partial Regex EndsWithUnit();

    private const string Name = @"\p{Lu}[\p{Ll}\p{Mn}]*(?:(?:\s-\s|\s)\p{Lu}[\p{Ll}\p{Mn}]*){0,3}";

    [GeneratedRegex(@"(?:^|[;,)]\s?)(?<subject>\p{Lu}[^;,()]{2,90}?)\s(?:ban hành|xây dựng|triển khai xây dựng)\s(?:[Kk]ế hoạch|[Cc]hương trình|[Nn]ghị quyết|[Qq]uyết định|[Đđ]ề án)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:Ủy ban|Uỷ ban|UBND|Ban\s|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chính phủ|Thủ tướng|Bộ\s|Hội đồng|HĐND|Sở\s|Văn phòng)")]
    private static partial Regex OrganisationStart();

    [GeneratedRegex(@"\bcủa\s(?<body>[^()]{3,120}?)\s?(?:\)|$)")]
    private static partial Regex CaptionBody();

    [GeneratedRegex(@"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|ĐẢNG UỶ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|ĐẢNG BỘ|CHÍNH PHỦ|THỦ TƯỚNG|BỘ\s|VĂN PHÒNG|SỞ\s)")]
    private static partial Regex MastheadOrganisation();

    [GeneratedRegex(@"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s\p{Lu}")]
    private static partial Regex MastheadUnit();

    [GeneratedRegex(@"(?:\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)|\b(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s(?:ủy|uỷ))\s(?<name>" + Name + ")$")]
    private static partial Regex PlaceInName();

    // A department (Sở) belongs to a province; its plan is at province level.
    [GeneratedRegex(@"^sở\b|\b(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|thị xã|thị trấn|thành phố|tỉnh|huyện|quận|xã|phường)\b")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"(?<unit>\b(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn))\s(?<name>" + Name + ")")]
    private static partial Regex PlaceMention();

    // "Tỉnh ủy Lạng Sơn", "Huyện ủy Chợ Mới": a Party committee named with its place.
    [GeneratedRegex(@"\b(?<committee>Tỉnh|Thành|Huyện|Quận|Thị)\s(?:ủy|uỷ)\s(?<name>" + Name + ")")]
    private static partial Regex PartyCommitteeOf();

    [GeneratedRegex(@"\b(?:Báo|Đài Phát thanh và Truyền hình|Đài Phát thanh - Truyền hình)\s(?<name>" + Name + ")")]
    private static partial Regex NamedAfterProvince();

    [GeneratedRegex(@"chính phủ|thủ tướng|bộ chính trị|ban bí thư|trung ương|quốc hội")]
    private static partial Regex Central();

    [GeneratedRegex(@"^bộ (?!chỉ huy|chính trị)|^bộ trưởng")]
    private static partial Regex Ministry();
}
