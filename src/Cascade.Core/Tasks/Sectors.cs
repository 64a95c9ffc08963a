using System.Text.RegularExpressions;
using Cascade.Core.Text;

namespace Cascade.Core.Tasks;

/// <summary>The fields Resolution 36 applies biotechnology in (design notes §2, group 3).</summary>
public enum Sector
{
    /// <summary>No one field: cross-cutting work, or a task naming several fields.</summary>
    General = 0,

    /// <summary>Nông nghiệp, with fisheries and forestry.</summary>
    Agriculture = 1,

    /// <summary>Y tế, y dược.</summary>
    Health = 2,

    /// <summary>Công nghiệp, công thương, chế biến.</summary>
    Industry = 3,

    /// <summary>Môi trường, bảo tồn.</summary>
    Environment = 4,

    /// <summary>Quốc phòng, an ninh.</summary>
    DefenceAndSecurity = 5,
}

/// <summary>
/// The field a task works in, read from its title, or from its group heading when the title names
/// none. A title naming two fields or more ("nông nghiệp, công nghiệp, y dược, môi trường") is
/// cross-cutting: general.
/// </summary>
public static partial class Sectors
{
    public static IReadOnlyList<Sector> All { get; } =
        [Sector.Agriculture, Sector.Health, Sector.Industry, Sector.Environment, Sector.DefenceAndSecurity, Sector.General];

    public static Sector Of(string? group, string title)
    {
        var named = Named(title);
        if (named.Count == 0)
        {
            named = Named(group);
        }

        return named.Count == 1 ? named[0] : Sector.General;
    }

    private static List<Sector> Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = VietnameseText.FoldAccents(text);
        return Patterns.Where(p => p.Words.IsMatch(folded)).Select(p => p.Sector).ToList();
    }

    private static readonly (Sector Sector, Regex Words)[] Patterns =
    [
        (Sector.Agriculture, Agriculture()),
        (Sector.Health, Health()),
        (Sector.Industry, Industry()),
        (Sector.Environment, Environment()),
        (Sector.DefenceAndSecurity, DefenceAndSecurity()),
    ];

    [GeneratedRegex(@"\b(nong nghiep|nong, lam|lam nghiep|thuy san|trong trot|chan nuoi|nong san|giong cay|cay trong|vat nuoi|khuyen nong|thu y|an ninh luong thuc)\b")]
    private static partial Regex Agriculture();

    [GeneratedRegex(@"\b(y te|y duoc|duoc lieu|duoc pham|chan doan|dieu tri|kham chua benh|xet nghiem|vac xin|suc khoe)\b")]
    private static partial Regex Health();

    // "Công nghiệp sinh học" is the bio-industry of every field, and "quy mô công nghiệp" a scale.
    [GeneratedRegex(@"\b((?<!quy mo )cong nghiep(?! sinh hoc)|cong thuong|che bien|thuc pham|xuat khau)\b")]
    private static partial Regex Industry();

    // "Môi trường thuận lợi" is a favourable climate for business, not the environment.
    [GeneratedRegex(@"\b(moi truong(?! (thuan loi|kinh doanh|dau tu|khoi nghiep))|o nhiem|chat thai|tai che|bao ton|sinh quyen|vuon quoc gia|bien doi khi hau)\b")]
    private static partial Regex Environment();

    // "An ninh lương thực" is food security: agriculture.
    [GeneratedRegex(@"\b(quoc phong|an ninh(?! luong thuc)|vu khi|khung bo|toi pham|tac chien|quan su)\b")]
    private static partial Regex DefenceAndSecurity();
}
