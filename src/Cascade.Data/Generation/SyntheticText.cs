using Cascade.Core.Agencies;

namespace Cascade.Data.Generation;

/// <summary>
/// The words of the synthetic dataset: commune names, agencies, the five solution groups of
/// Resolution 36 with task titles in the style of the real plans, targets and report texts.
/// </summary>
internal static class SyntheticText
{
    private static readonly string[] FirstSyllables =
    [
        "Tân", "Phú", "An", "Bình", "Hòa", "Long", "Thạnh", "Phước", "Hưng", "Vĩnh", "Đông", "Tây", "Mỹ", "Thuận", "Quang",
        "Minh", "Hải", "Sơn", "Thanh", "Trung", "Hồng", "Kim", "Xuân", "Hiệp", "Đức", "Lộc", "Cát", "Phong", "Nghĩa", "Tiên",
    ];

    private static readonly string[] SecondSyllables =
    [
        "Phú", "An", "Bình", "Hòa", "Lợi", "Thành", "Hưng", "Thịnh", "Lộc", "Phước", "Tiến", "Thuận", "Điền", "Sơn", "Hà",
        "Khánh", "Long", "Mỹ", "Tân", "Trung", "Xuân", "Đông", "Tây", "Nam", "Bắc", "Hải", "Vinh", "Quang", "Thạnh", "Hiệp",
    ];

    /// <summary>A commune's proper name, numbered when the province already has one of that name ("Tân Phú 3").</summary>
    public static string CommuneName(Random random, Dictionary<string, int> usedInProvince)
    {
        string name;
        do
        {
            name = $"{FirstSyllables[random.Next(FirstSyllables.Length)]} {SecondSyllables[random.Next(SecondSyllables.Length)]}";
        }
        while (name.Split(' ') is [var a, var b] && a == b);

        var count = usedInProvince.GetValueOrDefault(name) + 1;
        usedInProvince[name] = count;
        return count == 1 ? name : $"{name} {count}";
    }

    /// <summary>The bodies of every province (Decree 45/2025, Decree 150/2025), led by the department of science and technology.</summary>
    public static IReadOnlyList<(string Name, AgencyKind Kind)> ProvinceAgencies(string province, bool municipality, bool hasForeignAffairs, bool hasEthnicAffairs)
    {
        var level = municipality ? "thành phố" : "tỉnh";
        var party = municipality ? "Thành ủy" : "Tỉnh ủy";
        var list = new List<(string, AgencyKind)>
        {
            ("Sở Khoa học và Công nghệ", AgencyKind.Department),
            ($"Ủy ban nhân dân {level} {province}", AgencyKind.PeoplesCommittee),
            ($"Văn phòng Ủy ban nhân dân {level}", AgencyKind.Department),
            ("Sở Nội vụ", AgencyKind.Department),
            ("Sở Tư pháp", AgencyKind.Department),
            ("Sở Tài chính", AgencyKind.Department),
            ("Sở Công Thương", AgencyKind.Department),
            ("Sở Nông nghiệp và Môi trường", AgencyKind.Department),
            ("Sở Xây dựng", AgencyKind.Department),
            ("Sở Văn hóa, Thể thao và Du lịch", AgencyKind.Department),
            ("Sở Giáo dục và Đào tạo", AgencyKind.Department),
            ("Sở Y tế", AgencyKind.Department),
            ($"Thanh tra {level}", AgencyKind.Department),
            ($"Ban Tuyên giáo và Dân vận {party}", AgencyKind.PartyBody),
            ($"Ban Tổ chức {party}", AgencyKind.PartyBody),
            ($"Văn phòng {party}", AgencyKind.PartyBody),
            ($"Ủy ban Mặt trận Tổ quốc Việt Nam {level}", AgencyKind.MassOrganisation),
            ($"Báo và Phát thanh, Truyền hình {province}", AgencyKind.Press),
            ("Công an " + level, AgencyKind.PoliceAndMilitary),
            ($"Thống kê {level} {province}", AgencyKind.Statistics),
        };
        if (hasForeignAffairs)
        {
            list.Add(("Sở Ngoại vụ", AgencyKind.Department));
        }

        if (hasEthnicAffairs)
        {
            list.Add(("Sở Dân tộc và Tôn giáo", AgencyKind.Department));
        }

        return list;
    }

    /// <summary>The commune's people's committee first, then its Party committee and front.</summary>
    public static IReadOnlyList<(string Name, AgencyKind Kind)> CommuneAgencies(string fullName) =>
    [
        ($"Ủy ban nhân dân {fullName}", AgencyKind.PeoplesCommittee),
        ($"Đảng ủy {fullName}", AgencyKind.PartyBody),
        ($"Ủy ban Mặt trận Tổ quốc Việt Nam {fullName}", AgencyKind.MassOrganisation),
    ];

    /// <summary>The five groups of solutions of Resolution 36-NQ/TW, as the provinces' plans title them.</summary>
    public static readonly string[] Groups =
    [
        "Thống nhất nhận thức về phát triển và ứng dụng công nghệ sinh học trong tình hình mới",
        "Tổ chức thực hiện có hiệu quả các cơ chế, chính sách, pháp luật liên quan đến phát triển và ứng dụng công nghệ sinh học",
        "Xây dựng nguồn nhân lực công nghệ sinh học, tăng cường đầu tư cơ sở vật chất đáp ứng yêu cầu nghiên cứu, phát triển và ứng dụng công nghệ sinh học",
        "Tập trung phát triển, ứng dụng hiệu quả công nghệ sinh học trong sản xuất và đời sống; xây dựng nền công nghiệp sinh học",
        "Đẩy mạnh hợp tác trong nước và quốc tế về công nghệ sinh học",
    ];

    public static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    private static readonly string[][] Titles =
    [
        [
            "Tổ chức quán triệt, tuyên truyền, phổ biến nội dung Nghị quyết số 36-NQ/TW và Kế hoạch này đến cán bộ, đảng viên và Nhân dân trên địa bàn {0}",
            "Đổi mới nội dung, hình thức thông tin, tuyên truyền về vai trò của công nghệ sinh học trong phát triển kinh tế - xã hội {0}",
            "Xây dựng chuyên trang, chuyên mục giới thiệu thành tựu, mô hình ứng dụng công nghệ sinh học hiệu quả tại {0}",
            "Biểu dương, khen thưởng tổ chức, cá nhân điển hình trong nghiên cứu, ứng dụng công nghệ sinh học trên địa bàn {0}",
            "Lồng ghép mục tiêu phát triển công nghệ sinh học vào chương trình, kế hoạch phát triển kinh tế - xã hội hằng năm của {0}",
        ],
        [
            "Rà soát, đề xuất sửa đổi, bổ sung cơ chế, chính sách hỗ trợ phát triển và ứng dụng công nghệ sinh học trong lĩnh vực {1}",
            "Xây dựng chính sách khuyến khích doanh nghiệp, hợp tác xã đầu tư ứng dụng công nghệ sinh học trong {1}",
            "Tăng cường quản lý nhà nước về an toàn sinh học, sản phẩm biến đổi gen trong {1} trên địa bàn {0}",
            "Triển khai hệ thống tiêu chuẩn, quy chuẩn kỹ thuật về sản phẩm công nghệ sinh học trong {1}",
            "Thanh tra, kiểm tra việc chấp hành quy định về sản xuất, kinh doanh sản phẩm công nghệ sinh học tại {0}",
        ],
        [
            "Đào tạo, bồi dưỡng nguồn nhân lực công nghệ sinh học cho lĩnh vực {1}",
            "Đầu tư nâng cấp phòng thí nghiệm, trang thiết bị phục vụ nghiên cứu, ứng dụng công nghệ sinh học trong {1}",
            "Thu hút chuyên gia, nhà khoa học tham gia nghiên cứu, chuyển giao công nghệ sinh học tại {0}",
            "Bố trí kinh phí sự nghiệp khoa học và công nghệ cho nhiệm vụ công nghệ sinh học trong {1}",
            "Đưa nội dung công nghệ sinh học vào chương trình giáo dục, đào tạo nghề trên địa bàn {0}",
        ],
        [
            "Xây dựng mô hình ứng dụng công nghệ sinh học trong {1} gắn với chuỗi giá trị sản phẩm chủ lực của {0}",
            "Ứng dụng công nghệ sinh học trong sản xuất giống cây trồng, vật nuôi, thủy sản chất lượng cao phục vụ {1}",
            "Phát triển sản phẩm công nghệ sinh học có giá trị gia tăng cao trong {1}",
            "Ứng dụng chế phẩm sinh học xử lý chất thải, bảo vệ môi trường trong {1} tại {0}",
            "Hỗ trợ doanh nghiệp đổi mới công nghệ, ứng dụng công nghệ sinh học trong {1}",
            "Ứng dụng công nghệ sinh học trong chẩn đoán, phòng và điều trị bệnh, sản xuất dược liệu tại {0}",
        ],
        [
            "Hợp tác với viện nghiên cứu, trường đại học trong nước chuyển giao công nghệ sinh học phục vụ {1}",
            "Tham gia mạng lưới hợp tác quốc tế, thu hút đầu tư nước ngoài vào lĩnh vực công nghệ sinh học tại {0}",
            "Tổ chức hội thảo, diễn đàn kết nối cung - cầu công nghệ sinh học trong {1}",
            "Tiếp nhận, làm chủ công nghệ sinh học tiên tiến của nước ngoài trong {1}",
        ],
    ];

    private static readonly string[] Fields =
    [
        "nông nghiệp", "y dược", "chế biến thực phẩm", "thủy sản", "lâm nghiệp", "bảo vệ môi trường", "công nghiệp chế biến",
        "chăn nuôi, thú y", "trồng trọt", "dược liệu",
    ];

    private static readonly string?[] Products =
    [
        null, null, "Kế hoạch", "Báo cáo kết quả thực hiện", "Đề án", "Mô hình ứng dụng", "Chương trình", "Văn bản quy phạm pháp luật",
        "Hội thảo, hội nghị", "Nhiệm vụ khoa học và công nghệ",
    ];

    public static string TaskTitle(Random random, int group, string place)
    {
        var templates = Titles[group];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], place, Fields[random.Next(Fields.Length)]);
    }

    public static string? Product(Random random) => Products[random.Next(Products.Length)];

    public static readonly string[] Results =
    [
        "Đã tổ chức triển khai theo kế hoạch; các hoạt động chính hoàn thành đúng tiến độ.",
        "Đã ban hành văn bản hướng dẫn và tổ chức hội nghị quán triệt; đang theo dõi kết quả.",
        "Đã xây dựng và nhân rộng mô hình; số liệu được tổng hợp đến hết kỳ báo cáo.",
        "Đang triển khai; một số nội dung chuyển sang kỳ sau do điều chỉnh kế hoạch.",
        "Đã phối hợp với các đơn vị liên quan thực hiện; kết quả bước đầu khả quan.",
    ];

    public static readonly string[] Difficulties =
    [
        "Kinh phí bố trí chậm, chưa đáp ứng yêu cầu.",
        "Thiếu cán bộ chuyên môn về công nghệ sinh học.",
        "Sau sắp xếp tổ chức bộ máy, việc bàn giao nhiệm vụ còn chậm.",
        "Doanh nghiệp chưa mặn mà đầu tư do thị trường tiêu thụ hạn chế.",
        "Chờ hướng dẫn của bộ, ngành trung ương.",
    ];

    public static readonly string[] Proposals =
    [
        "Đề nghị bố trí kinh phí kịp thời trong dự toán năm sau.",
        "Đề nghị tổ chức tập huấn chuyên môn cho cán bộ phụ trách.",
        "Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể tiêu chí đánh giá.",
        "Đề nghị gia hạn thời gian thực hiện đến hết năm sau.",
    ];

    public static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung số liệu cụ thể và minh chứng kèm theo.",
        "Báo cáo chưa nêu rõ khó khăn, vướng mắc; đề nghị hoàn thiện.",
        "Tỷ lệ hoàn thành chưa khớp với kết quả nêu trong báo cáo.",
    ];
}
