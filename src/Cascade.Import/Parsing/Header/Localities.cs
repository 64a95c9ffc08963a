using Cascade.Core.Text;

namespace Cascade.Import.Parsing.Header;

/// <summary>
/// The provinces and centrally-run cities of Vietnam (the 63 units before the 2025 merger, whose
/// names the 34 after it keep, and Huế). A provincial newspaper carries its province's name
/// ("Báo Trà Vinh"), so a known name there tells the locality of a text that never spells
/// "tỉnh Trà Vinh"; a centrally-run city's People's Committee is at province level.
/// </summary>
public static class Localities
{
    private static readonly string[] Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
        "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
        "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
        "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
        "Hòa Bình", "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
        "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
        "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
        "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
        "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
        "Vĩnh Phúc", "Yên Bái",
    ];

    private static readonly HashSet<string> ProvinceKeys = Provinces.Select(Key).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CentralCityKeys =
        new[] { "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế" }.Select(Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsProvince(string name) => ProvinceKeys.Contains(Key(name));

    public static bool IsCentralCity(string name) => CentralCityKeys.Contains(Key(name));

    /// <summary>
    /// The known province a name starts with, as the text spells it ("An Giang làm" gives
    /// "An Giang"), or null.
    /// </summary>
    public static string? ProvincePrefix(string name)
    {
        var key = Key(name);
        var province = Provinces.Where(p => key == Key(p) || key.StartsWith(Key(p) + " ", StringComparison.Ordinal))
            .OrderByDescending(p => p.Length).FirstOrDefault();
        if (province is null)
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(province.Split(' ').Length));
    }

    private static string Key(string name) => VietnameseText.ModernTones(VietnameseText.Fold(name).Replace("–", "-", StringComparison.Ordinal));
}
