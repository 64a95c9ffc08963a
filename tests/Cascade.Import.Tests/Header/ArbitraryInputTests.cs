using Cascade.Import.Parsing;
using Cascade.Import.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cascade.Import.Tests.Header;

/// <summary>Text that looks enough like a plan to reach deep into the parsers' patterns.</summary>
public sealed record PlanLikeText(string Value);

public static class PlanLikeTexts
{
    private static readonly string[] Fragments =
    [
        "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH",
        "Số:", "Số", "105", "/KH-UBND", "36-NQ/TW", "36-", "NQ/TW", "189/NQ-CP", "ngày", "tháng", "năm", "03", "11", "2023",
        "31/02/2024", "Hà Nội,", "Căn cứ", "Thực hiện", "thực hiện", "Nghị quyết 36", "I.", "II. MỤC TIÊU", "IV. TỔ CHỨC THỰC HIỆN",
        "1.", "a)", "-", "Đến năm 2030", "Tầm nhìn đến năm 2045", "so với năm", "7%", "10 - 15%", "1,5", "1.000", "tỷ đồng",
        "doanh nghiệp", "báo cáo", "định kỳ", "hằng năm", "khi có yêu cầu", "(trước ngày 30/11)", "trước ngày 10 tháng 12",
        "gửi về", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh", "UBND", "và", ",", ";", ".", ":", "(", ")", "**", "#",
        "\n", "\n", "\n\n", "\t", " ", "   ", "Kèm theo Kế hoạch số", "của", "Báo", "thành phố", "xã", "Nơi nhận:", "TM.",
        "CÔNG BÁO/Số 1 + 2/Ngày 1-1-2024", "12", "học2", "ủy", "Ủ", "\u0301", "%", "*", "_", "|", "-----", "Mục tiêu", "Nhiệm vụ",
    ];

    public static Arbitrary<PlanLikeText> Texts() =>
        Gen.Elements(Fragments).ListOf().Select(parts => new PlanLikeText(string.Join(" ", parts))).ToArbitrary();
}

public sealed class ArbitraryInputTests
{
    [Property(MaxTest = 300)]
    public void AnyTextImportsWithoutThrowing(string? text)
    {
        var result = PlanImporter.ImportText(text ?? string.Empty);

        Assert.NotNull(result.Register);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(PlanLikeTexts)])]
    public void PlanLikeTextImportsWithoutThrowing(PlanLikeText text)
    {
        var result = PlanImporter.ImportText(text.Value);

        Assert.NotNull(result.Register);
    }

    [Property(MaxTest = 200)]
    public void AnyParagraphsAndTablesParseWithoutThrowing(string[]? lines, string? label, bool asTable)
    {
        var blocks = (lines ?? []).Select(l => asTable
                ? (Block)new Table([new TableRow([new TableCell(l ?? string.Empty)])])
                : new Paragraph(l ?? string.Empty, label, 1, true))
            .ToList();
        var source = new SourceDocument(blocks, []);
        var warnings = new List<ImportWarning>();

        DocumentHeaderParser.Parse(source, warnings);
        TargetParser.Parse(source, warnings);
        ReportingParser.Parse(source, warnings);
    }
}
