using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Agencies;

/// <summary>
/// How agency names are written and compared: abbreviations expanded (the plan-register rules),
/// and a matching key that ignores case, spacing, old-style tone marks and the locality suffix.
/// </summary>
public static partial class AgencyNames
{
    // Longest first, so "Sở KH&CN" wins over "KH&CN". Each pattern is matched on word boundaries.
    private static readonly (Regex Pattern, string Expansion)[] Abbreviations =
    [
        (Word(@"Sở\s*KH\s*(?:&|và)\s*CN"), "Sở Khoa học và Công nghệ"),
        (Word(@"Sở\s*KH\s*-\s*CN"), "Sở Khoa học và Công nghệ"),
        (Word(@"Sở\s*NN\s*(?:&|và)\s*PTNT"), "Sở Nông nghiệp và Phát triển nông thôn"),
        (Word(@"Sở\s*TN\s*(?:&|và)\s*MT"), "Sở Tài nguyên và Môi trường"),
        (Word(@"Sở\s*KH\s*(?:&|và)\s*ĐT"), "Sở Kế hoạch và Đầu tư"),
        (Word(@"Sở\s*TT\s*(?:&|và)\s*TT"), "Sở Thông tin và Truyền thông"),
        (Word(@"Sở\s*GD\s*(?:&|và)\s*ĐT"), "Sở Giáo dục và Đào tạo"),
        (Word(@"Sở\s*LĐ\s*-?\s*TB\s*(?:&|và)\s*XH"), "Sở Lao động - Thương binh và Xã hội"),
        (Word(@"Sở\s*VH\s*,?\s*TT\s*(?:&|và)\s*DL"), "Sở Văn hóa, Thể thao và Du lịch"),
        (Word(@"Đài\s*PT\s*-?\s*TH"), "Đài Phát thanh và Truyền hình"),
        (Word(@"Sở\s*KHCN"), "Sở Khoa học và Công nghệ"),
        (Word(@"Sở\s*NN\s*-?\s*PTNT"), "Sở Nông nghiệp và Phát triển nông thôn"),
        (Word(@"Sở\s*TN\s*-?\s*MT"), "Sở Tài nguyên và Môi trường"),
        (Word(@"Sở\s*KH\s*-?\s*ĐT"), "Sở Kế hoạch và Đầu tư"),
        (Word(@"Sở\s*GD\s*-?\s*ĐT"), "Sở Giáo dục và Đào tạo"),
        (Word(@"Sở\s*LĐ\s*-?\s*TBXH"), "Sở Lao động - Thương binh và Xã hội"),
        (Word(@"Sở\s*VH\s*-?\s*TT\s*-?\s*DL"), "Sở Văn hóa, Thể thao và Du lịch"),
        (Word(@"Sở\s*TT\s*-?\s*TT"), "Sở Thông tin và Truyền thông"),
        (Word(@"(?:Bộ\s*CHQS|BCH\s*QS|BCH\s*Quân\s*sự)"), "Bộ Chỉ huy Quân sự"),
        (Word(@"Liên\s*minh\s*HTX"), "Liên minh Hợp tác xã"),
        (Word(@"Liên\s*hiệp\s*các\s*Hội\s*KH\s*(?:&|và)?\s*KT"), "Liên hiệp các Hội Khoa học và Kỹ thuật"),
        (Word(@"Trung\s*tâm\s*CNSH"), "Trung tâm Công nghệ sinh học"),
        (Word(@"NN\s*(?:&|và)\s*PTNT"), "Nông nghiệp và Phát triển nông thôn"),
        (Word(@"KH\s*(?:&|-)\s*CN"), "Khoa học và Công nghệ"),
        (Word(@"KH\s*&\s*ĐT"), "Kế hoạch và Đầu tư"),
        (Word(@"UBMTTQ(?:VN)?"), "Ủy ban Mặt trận Tổ quốc"),
        (Word(@"MTTQ(?:VN)?"), "Mặt trận Tổ quốc"),
        (Word(@"UBND"), "Ủy ban nhân dân"),
        (Word(@"HĐND"), "Hội đồng nhân dân"),
        (Word(@"BCH"), "Ban Chấp hành"),
        (Word(@"BTV"), "Ban Thường vụ"),
    ];

    /// <summary>Expands the abbreviations the plan-register format lists, leaving the rest as written.</summary>
    public static string Expand(string name)
    {
        var text = VietnameseText.Clean(name);
        foreach (var (pattern, expansion) in Abbreviations)
        {
            text = pattern.Replace(text, expansion);
        }

        return text;
    }

    /// <summary>
    /// The key two spellings of one agency share: expanded, folded, with modern tone placement
    /// ("Hoà" = "Hòa") and hyphen spacing unified ("Lao động – Thương binh" = "Lao động - Thương binh").
    /// </summary>
    public static string Key(string name)
    {
        var folded = VietnameseText.Fold(Expand(name));
        folded = Dashes().Replace(folded, " - ");
        folded = VietnameseText.ModernTones(folded);
        return VietnameseText.Clean(folded);
    }

    /// <summary>
    /// The key without the locality it names ("Sở Y tế tỉnh Trà Vinh" and "Sở Y tế" of Trà Vinh are
    /// one agency). Only a suffix naming the given locality is dropped.
    /// </summary>
    public static string KeyWithoutLocality(string name, string? locality)
    {
        var key = Key(name);
        if (string.IsNullOrWhiteSpace(locality))
        {
            return key;
        }

        var place = Key(locality);
        foreach (var prefix in LocalityPrefixes)
        {
            var suffix = $" {prefix}{place}";
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..^suffix.Length];
            }
        }

        return key;
    }

    // A bare place name is part of the agency's name ("Báo Trà Vinh"), so only "tỉnh X" / "thành phố X" is dropped.
    private static readonly string[] LocalityPrefixes = ["tỉnh ", "thành phố ", "tp ", "tp. "];

    /// <summary>Guesses an agency's kind from its name, for names a catalogue does not know yet.</summary>
    public static AgencyKind GuessKind(string name)
    {
        var key = Key(name);
        return key switch
        {
            _ when key.StartsWith("các ", StringComparison.Ordinal) || key.Contains("liên quan", StringComparison.Ordinal) => AgencyKind.Collective,
            _ when key.StartsWith("sở ", StringComparison.Ordinal) || key.StartsWith("văn phòng ủy ban", StringComparison.Ordinal)
                || key.StartsWith("ban quản lý", StringComparison.Ordinal) || key.StartsWith("thanh tra", StringComparison.Ordinal) => AgencyKind.Department,
            _ when key.StartsWith("bộ chỉ huy", StringComparison.Ordinal) || key.StartsWith("công an", StringComparison.Ordinal)
                || key.Contains("biên phòng", StringComparison.Ordinal) => AgencyKind.PoliceAndMilitary,
            _ when key.StartsWith("bộ ", StringComparison.Ordinal) || key.StartsWith("chính phủ", StringComparison.Ordinal) => AgencyKind.Ministry,
            _ when key.StartsWith("ủy ban nhân dân", StringComparison.Ordinal) => AgencyKind.PeoplesCommittee,
            _ when key.StartsWith("hội đồng nhân dân", StringComparison.Ordinal) => AgencyKind.PeoplesCouncil,
            _ when key.Contains("mặt trận tổ quốc", StringComparison.Ordinal) || key.StartsWith("hội ", StringComparison.Ordinal)
                || key.StartsWith("đoàn ", StringComparison.Ordinal) || key.StartsWith("liên đoàn", StringComparison.Ordinal)
                || key.Contains("tổ chức chính trị", StringComparison.Ordinal) => AgencyKind.MassOrganisation,
            _ when key.StartsWith("báo ", StringComparison.Ordinal) || key.StartsWith("đài ", StringComparison.Ordinal) => AgencyKind.Press,
            _ when key.Contains("tỉnh ủy", StringComparison.Ordinal) || key.Contains("thành ủy", StringComparison.Ordinal)
                || key.Contains("huyện ủy", StringComparison.Ordinal) || key.Contains("đảng ủy", StringComparison.Ordinal)
                || key.Contains("ban cán sự đảng", StringComparison.Ordinal) || key.StartsWith("ban tuyên giáo", StringComparison.Ordinal)
                || key.StartsWith("ban dân vận", StringComparison.Ordinal) || key.Contains("ban thường vụ", StringComparison.Ordinal) => AgencyKind.PartyBody,
            _ when key.StartsWith("trường ", StringComparison.Ordinal) || key.StartsWith("viện ", StringComparison.Ordinal)
                || key.StartsWith("đại học", StringComparison.Ordinal) || key.StartsWith("trung tâm", StringComparison.Ordinal)
                || key.StartsWith("vườn quốc gia", StringComparison.Ordinal) => AgencyKind.ResearchAndEducation,
            _ when key.Contains("thống kê", StringComparison.Ordinal) => AgencyKind.Statistics,
            _ when key.Contains("doanh nghiệp", StringComparison.Ordinal) || key.Contains("hợp tác xã", StringComparison.Ordinal)
                || key.StartsWith("công ty", StringComparison.Ordinal) => AgencyKind.Enterprise,
            _ => AgencyKind.Other,
        };
    }

    private static Regex Word(string pattern) =>
        new($@"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\s*[-–—‑]\s*")]
    private static partial Regex Dashes();
}
