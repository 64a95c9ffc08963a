using System.Text.RegularExpressions;
using Cascade.Core.Agencies;
using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// Writes a masthead line set in capitals ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH") the way the body
/// writes the same body ("Ủy ban nhân dân tỉnh Trà Vinh"): the fixed words of Vietnamese
/// administrative names in their usual case, place names capitalised word by word.
/// </summary>
public static partial class OrganisationCase
{
    public static string FromCapitals(string capitals)
    {
        // "UBND TỈNH AN GIANG": abbreviations are expanded while their capitals still tell them apart.
        var text = AgencyNames.Expand(capitals).ToLower(VietnameseText.Vi);
        text = CommitteeOfParty().Replace(text, m => VietnameseText.CapitaliseFirst(m.Value));
        text = FixedPhrases().Replace(text, m => FixedCase(m.Value));
        text = PlaceName().Replace(text, m => m.Groups["unit"].Value + " " + TitleCase(m.Groups["name"].Value));
        text = PlaceOfPartyCommittee().Replace(text, m => m.Groups["committee"].Value + " " + TitleCase(m.Groups["name"].Value));
        text = Ministry().Replace(text, m => VietnameseText.CapitaliseFirst(m.Groups["head"].Value) + " " + MinistryCase(m.Groups["name"].Value));
        return VietnameseText.CapitaliseFirst(text);
    }

    /// <summary>Each word capitalised: "trà vinh" gives "Trà Vinh", "bà rịa - vũng tàu" gives "Bà Rịa - Vũng Tàu".</summary>
    public static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.CapitaliseFirst));

    private static string FixedCase(string phrase) => phrase switch
    {
        "ban thường vụ" => "Ban Thường vụ",
        "ban chấp hành" => "Ban Chấp hành",
        "thường trực" => "Thường trực",
        "thủ tướng chính phủ" => "Thủ tướng Chính phủ",
        "trung ương" => "Trung ương",
        "bộ chính trị" => "Bộ Chính trị",
        _ => VietnameseText.CapitaliseFirst(phrase),
    };

    // "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Khoa học và Công nghệ": each part of a
    // ministry's or department's name starts with a capital.
    private static string MinistryCase(string name) =>
        MinistryParts().Replace(VietnameseText.CapitaliseFirst(name), m => m.Groups[1].Value + char.ToUpper(m.Groups[2].Value[0], VietnameseText.Vi));

    [GeneratedRegex(@"\b(?:tỉnh|thành|huyện|quận|thị|đảng) ủy\b")]
    private static partial Regex CommitteeOfParty();

    [GeneratedRegex(@"\b(?:ủy ban nhân dân|hội đồng nhân dân|ban thường vụ|ban chấp hành|thường trực|đảng bộ|thủ tướng chính phủ|chính phủ|trung ương|bộ chính trị)\b")]
    private static partial Regex FixedPhrases();

    [GeneratedRegex(@"\b(?<unit>tỉnh|thành phố|huyện|quận|thị xã|(?<!thị )xã|phường|thị trấn) (?!ủy\b|Ủy\b)(?<name>[\p{L}-]+(?: [\p{L}-]+){0,4})$")]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"(?<committee>\b(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy) (?<name>\p{Ll}[\p{L}-]*(?: [\p{L}-]+){0,4})$")]
    private static partial Regex PlaceOfPartyCommittee();

    [GeneratedRegex(@"^(?<head>bộ|sở) (?<name>(?!chính trị)[\p{L} ,-]{2,80})$")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"( và | - |, )(\p{Ll})")]
    private static partial Regex MinistryParts();
}
