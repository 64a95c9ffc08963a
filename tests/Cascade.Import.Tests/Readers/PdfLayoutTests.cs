using Cascade.Import.Reading;
using Cascade.Import.Reading.Pdf;

namespace Cascade.Import.Tests.Readers;

/// <summary>Layout rules on lines built by hand, for shapes the fixtures do not print.</summary>
public sealed class PdfLayoutTests
{
    private const double Size = 13;

    [Fact]
    public void LetterheadColumnsAreReadLeftThenRight()
    {
        var lines = Lines(
            (780, [(70, "ỦY BAN NHÂN DÂN"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
            (765, [(80, "TỈNH TRÀ VINH"), (330, "Độc lập - Tự do - Hạnh phúc")]),
            (735, [(75, "Số: 105/KH-UBND"), (320, "Trà Vinh, ngày 03 tháng 11 năm 2023")]),
            (700, [(260, "KẾ HOẠCH")]));

        var texts = PdfBlocks.Build(lines, new Dictionary<int, PdfRules>()).OfType<Paragraph>().Select(p => p.Text);

        Assert.Equal(
            ["ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Số: 105/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "Trà Vinh, ngày 03 tháng 11 năm 2023", "KẾ HOẠCH"],
            texts);
    }

    [Fact]
    public void RecipientsAndSignaturePrintedSideBySideAreDropped()
    {
        var lines = Lines(
            (500, [(70, "Trên đây là Kế hoạch triển khai thực hiện của Ủy ban nhân dân tỉnh./.")]),
            (470, [(70, "Nơi nhận:"), (330, "TM. ỦY BAN NHÂN DÂN")]),
            (455, [(70, "- Thường trực Tỉnh ủy;"), (350, "KT. CHỦ TỊCH")]),
            (440, [(70, "- Các sở, ban, ngành tỉnh;"), (345, "PHÓ CHỦ TỊCH")]),
            (425, [(70, "- Lưu: VT.")]),
            (380, [(340, "Nguyễn Quỳnh Thiện")]),
            (340, [(250, "PHỤ LỤC")]));

        var kept = PageFurniture.Remove([new PdfPageLines(1, 842, lines, PdfRules.None)]);

        Assert.Equal(["Trên đây là Kế hoạch triển khai thực hiện của Ủy ban nhân dân tỉnh./.", "PHỤ LỤC"], kept.Select(l => l.Text));
    }

    [Fact]
    public void PageNumbersAndRunningLinesAreDroppedFromEveryPage()
    {
        string[] body = ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ, GIẢI PHÁP"];
        var pages = Enumerable.Range(1, 3).Select(n => new PdfPageLines(n, 842, Lines(
            (800, [(290, $"- {n} -")]),
            (760, [(70, body[n - 1])]),
            (40, [(300, $"Kế hoạch số 105/KH-UBND, trang {n}/3")])), PdfRules.None)).ToList();

        var kept = PageFurniture.Remove(pages);

        Assert.Equal(body, kept.Select(l => l.Text));
    }

    [Fact]
    public void NumberWrappedAtItsHyphenIsJoinedWithoutASpace()
    {
        Assert.Equal("2024-2030", PdfLayout.JoinWrapped(["2024-", "2030"], "\n"));
        Assert.Equal("Sở Y tế\n- Sở Nội vụ", PdfLayout.JoinWrapped(["Sở Y tế", "- Sở Nội vụ"], "\n"));
        Assert.Equal("Các sở -\nngành", PdfLayout.JoinWrapped(["Các sở -", "ngành"], "\n"));
    }

    [Theory]
    [InlineData("Kế hoạch triển khai thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị về phát triển", false, false)]
    [InlineData("KÕ ho¹ch triÓn khai thùc hiÖn NghÞ quyÕt sè 36-NQ/TW cña Bé ChÝnh trÞ vÒ ph¸t triÓn", true, false)]
    [InlineData("\uE001\uE002\uE003 \uE004\uE005 \uE006\uE007\uE008\uE009 36", false, true)]
    public void TextLayerQualityIsJudgedFromItsCharacters(string text, bool legacy, bool unmapped)
    {
        var lines = Lines((700, [(70, System.Text.RegularExpressions.Regex.Unescape(text))]));

        Assert.Equal(legacy, TextQuality.IsLegacyEncoded(lines));
        Assert.Equal(unmapped, TextQuality.IsUnmapped(lines));
    }

    /// <summary>Lines of words of a fixed width per character, as a page would give them.</summary>
    private static IReadOnlyList<PdfLine> Lines(params (double Baseline, (double Left, string Text)[] Runs)[] rows)
    {
        var words = new List<PdfWord>();
        foreach (var (baseline, runs) in rows)
        {
            foreach (var (left, text) in runs)
            {
                var x = left;
                foreach (var word in text.Split(' '))
                {
                    var width = word.Length * Size * 0.5;
                    words.Add(new PdfWord(word, x, x + width, baseline, Size, IsBold: false));
                    x += width + (Size * 0.25);
                }
            }
        }

        return PdfLayout.Group(words, pageNumber: 1);
    }
}
