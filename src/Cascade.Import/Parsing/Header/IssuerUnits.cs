using System.Text.RegularExpressions;
using Cascade.Core.Documents;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// The administrative unit an issuer belongs to and the level that gives: a People's Committee
/// or Party committee of a province, a centrally-run city, a district, a commune; the
/// Government and the Politburo; a ministry.
/// </summary>
public static partial class IssuerUnits
{
    /// <summary>The place an issuer's name already carries ("Ủy ban nhân dân tỉnh Trà Vinh" gives "Trà Vinh").</summary>
    public static string? NamedPlace(string issuer)
    {
        var m = PlaceInName().Match(issuer);
        return m.Success ? m.Groups["name"].Value : null;
    }

    /// <summary>Whether the name stops at its unit ("Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy") and so takes the place after it.</summary>
    public static bool EndsWithUnit(string issuer) => UnitAtEnd().IsMatch(issuer);

    /// <summary>The kind of unit an issuer belongs to: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn.</summary>
    public static string? UnitOf(string issuer)
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

    public static string? LevelOf(string issuer, string? unit, string? locality)
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

    public static string? LevelFromNumber(DocumentNumber? own)
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
    private static partial Regex UnitAtEnd();

    internal const string Name = @"\p{Lu}[\p{Ll}\p{Mn}]*(?:(?:\s-\s|\s)\p{Lu}[\p{Ll}\p{Mn}]*){0,3}";

    [GeneratedRegex(@"(?:\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)|\b(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s(?:ủy|uỷ))\s(?<name>" + Name + ")$")]
    private static partial Regex PlaceInName();

    // A department (Sở) belongs to a province; its plan is at province level.
    [GeneratedRegex(@"^sở\b|\b(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|thị xã|thị trấn|thành phố|tỉnh|huyện|quận|xã|phường)\b")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"chính phủ|thủ tướng|bộ chính trị|ban bí thư|trung ương|quốc hội")]
    private static partial Regex Central();

    [GeneratedRegex(@"^bộ (?!chỉ huy|chính trị)|^bộ trưởng")]
    private static partial Regex Ministry();
}
