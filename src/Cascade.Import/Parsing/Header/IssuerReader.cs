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
            return new IssuerFacts(null, IssuerUnits.LevelFromNumber(sources.Own), null);
        }

        issuer = VietnameseText.Clean(AgencyNames.Expand(issuer));
        var unit = IssuerUnits.UnitOf(issuer);
        var locality = IssuerUnits.NamedPlace(issuer);
        if (locality is null && unit is not null)
        {
            locality = LocalityFinder.Find(unit, sources.MastheadLines, sources.AllLines);
            if (locality is not null && IssuerUnits.EndsWithUnit(issuer))
            {
                issuer = issuer + " " + locality;
            }
        }

        return new IssuerFacts(issuer, IssuerUnits.LevelOf(issuer, unit, locality) ?? IssuerUnits.LevelFromNumber(sources.Own), locality);
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

}
