using Cascade.Export.ConsolidatedReport;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>The consolidated report as Decree 30/2020/NĐ-CP lays it out, read back from the .docx.</summary>
public sealed class ConsolidatedReportDocumentTests
{
    private static Docx Written(ConsolidatedReportModel? model = null) => new(ConsolidatedReportDocument.Write(model ?? SampleReport.Model(new DateOnly(2025, 12, 5))));

    [Fact]
    public void TheDocumentIsValidOpenXml()
    {
        using var docx = Written();

        Assert.Empty(docx.Errors().Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void TheTopBlocksNameTheParentAndIssuingBodiesTheNumberToFillAndTheNationalMotto()
    {
        using var docx = Written();
        var top = docx.Body.Elements<Table>().First();
        var cells = top.Descendants<TableCell>().Select(Docx.TextOf).ToList();

        Assert.Equal("UBND TỈNH TRÀ VINH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", cells[0]);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", cells[1]);
        Assert.Matches(@"^Số: +/BC-SKHCN$", cells[2]);
        Assert.Equal("Trà Vinh, ngày 05 tháng 12 năm 2025", cells[3]);

        Assert.False(IsBold(docx.Paragraph("UBND TỈNH TRÀ VINH")));
        Assert.True(IsBold(docx.Paragraph("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
        Assert.True(IsBold(docx.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        var motto = docx.Paragraph("Độc lập - Tự do - Hạnh phúc");
        Assert.True(IsBold(motto));
        Assert.All(motto.Descendants<Run>(), r => Assert.Equal(UnderlineValues.Single, r.RunProperties!.Underline!.Val!.Value));
        Assert.All(docx.Paragraph("Trà Vinh, ngày 05 tháng 12 năm 2025").Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Italic));
    }

    [Theory]
    [InlineData(2025, 12, 5, "ngày 05 tháng 12 năm 2025")]
    [InlineData(2026, 1, 15, "ngày 15 tháng 01 năm 2026")]
    [InlineData(2026, 2, 9, "ngày 09 tháng 02 năm 2026")]
    [InlineData(2025, 3, 1, "ngày 01 tháng 3 năm 2025")]
    [InlineData(2025, 11, 30, "ngày 30 tháng 11 năm 2025")]
    public void TheDateLinePadsDaysBelowTenAndTheMonthsJanuaryAndFebruaryOnly(int year, int month, int day, string expected)
    {
        using var docx = Written(SampleReport.Model(new DateOnly(year, month, day)));

        Assert.Contains($"Trà Vinh, {expected}", docx.Lines);
    }

    [Fact]
    public void WithoutADateTheDayMonthAndYearAreLeftToFill()
    {
        using var docx = Written(SampleReport.Model(date: null));

        Assert.Contains("Trà Vinh, ngày … tháng … năm …", docx.Lines);
    }

    [Fact]
    public void TheTitleIsCentredBoldAndCitesThePlanWithItsDateAndTheYear()
    {
        using var docx = Written();

        var title = docx.Paragraph("BÁO CÁO");
        var summary = docx.Paragraph("Kết quả thực hiện Kế hoạch số 105/KH-UBND ngày 07/5/2024 của Ủy ban nhân dân tỉnh Trà Vinh năm 2025");
        Assert.All(new[] { title, summary }, p =>
        {
            Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value);
            Assert.True(IsBold(p));
        });
    }

    [Fact]
    public void TheFiveSectionsComeInOrder()
    {
        using var docx = Written();
        var lines = docx.Lines.ToList();

        var headings = new[]
        {
            "I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", "III. CÁC CHỈ TIÊU CỦA KẾ HOẠCH",
            "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT CỦA CÁC CƠ QUAN", "V. KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:",
        }.Select(h => lines.IndexOf(h)).ToList();

        Assert.DoesNotContain(-1, headings);
        Assert.Equal(headings.Order(), headings);
    }

    [Fact]
    public void TheGeneralSituationCountsTasksByStatusAndNamesTheOverdueOnes()
    {
        using var docx = Written();
        var lines = docx.Lines;

        Assert.Contains("Kế hoạch có 5 nhiệm vụ; năm 2025 có 4 nhiệm vụ phải thực hiện, trong đó:", lines);
        Assert.Contains("- Hoàn thành đúng hạn: 1 nhiệm vụ;", lines);
        Assert.Contains("- Hoàn thành quá hạn: 0 nhiệm vụ;", lines);
        Assert.Contains("- Đang thực hiện trong hạn: 1 nhiệm vụ;", lines);
        Assert.Contains("- Quá hạn: 1 nhiệm vụ (nhiệm vụ IV.1);", lines);
        Assert.Contains("- Chưa đến hạn, chưa triển khai: 1 nhiệm vụ.", lines);
        Assert.Contains("Các cơ quan phải gửi 4 báo cáo nhiệm vụ; đã nhận 3 báo cáo (2 đúng hạn, 1 gửi muộn), còn thiếu 1 báo cáo.", lines);
        Assert.Contains("- Sở Tài chính: chưa gửi 1/1 báo cáo;", lines);
        Assert.Contains("- Sở Nội vụ: gửi muộn 1 báo cáo.", lines);
    }

    [Fact]
    public void EachGroupOfSolutionsHasATableWithARowPerTask()
    {
        using var docx = Written();
        var model = SampleReport.Model();
        var tables = TaskTables(docx);

        Assert.Equal(model.Groups.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var rows = tables[i].Elements<TableRow>().ToList();
            Assert.Equal(["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Kết quả"], Docx.Cells(rows[0]));
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.Equal(model.Groups[i].Tasks.Select(t => t.Ref), rows.Skip(1).Select(r => Docx.Cells(r)[0]));
        }

        Assert.Contains("1. Thống nhất nhận thức", docx.Lines);
        Assert.Contains("2. Phát triển nguồn nhân lực", docx.Lines);
    }

    [Fact]
    public void ATaskRowShowsTheAgencyHoldingItTodayThePrintedNameStatusAndResults()
    {
        using var docx = Written();
        var rows = TaskTables(docx).SelectMany(t => t.Elements<TableRow>().Skip(1)).Select(Docx.Cells).ToDictionary(c => c[0]);

        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch\n(Kế hoạch ghi: Sở Thông tin và Truyền thông)", rows["I.2"][2]);
        Assert.Equal("Sở Khoa học và Công nghệ", rows["I.1"][2]);
        Assert.Equal("Hằng năm\nHạn: 30/11/2025", rows["I.1"][3]);
        Assert.Equal("Hoàn thành đúng hạn", rows["I.1"][4]);
        Assert.Equal("Quá hạn\n(10 ngày)", rows["IV.1"][4]);
        Assert.Equal("Đạt 60%. Đã đăng 12 tin bài.\nĐang xây dựng chuyên mục.", rows["I.2"][5]);
        Assert.Equal("Đã tổ chức 3 hội nghị.", rows["I.1"][5]);
        Assert.Equal("—", rows["IV.2"][5]);
    }

    [Fact]
    public void TheIndicatorsTableGivesGoalBaselineYearValueAndProgress()
    {
        using var docx = Written();
        var table = docx.Body.Descendants<Table>().Single(t => Docx.TextOf(t.Elements<TableRow>().First()).StartsWith("TTChỉ tiêu", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().Select(Docx.Cells).ToList();

        Assert.Equal(["TT", "Chỉ tiêu", "Mục tiêu", "Giá trị cơ sở", "Giá trị năm 2025", "Tiến độ, đánh giá"], rows[0]);
        Assert.Equal(["1", "đóng góp 7% vào tăng trưởng GRDP của tỉnh (đến năm 2030)", "7%", "2% (2023)", "4,5%", "Đúng lộ trình: đạt 50% chặng đường, lộ trình 29%"], rows[1]);
        Assert.Equal("tăng 20% so với năm 2030", rows[2][2]);
        Assert.Equal("Chưa có số liệu", rows[2][5]);
    }

    [Fact]
    public void DifficultiesAreGivenByAgencyAndProposalsBecomeRecommendationsBeforeTheClosing()
    {
        using var docx = Written();
        var lines = docx.Lines;

        Assert.Contains("1. Sở Nội vụ", lines);
        Assert.Contains("- Khó khăn, vướng mắc: Chậm do phải chờ hướng dẫn và kinh phí (nhiệm vụ IV.1).", lines);
        Assert.Contains("- Đề xuất: Đề nghị bố trí kinh phí sớm (nhiệm vụ IV.1).", lines);
        Assert.Contains("- Đề nghị bố trí kinh phí sớm (đề xuất của Sở Nội vụ).", lines);
        Assert.Contains("- Chỉ đạo các cơ quan chủ trì khẩn trương thực hiện 1 nhiệm vụ đã quá hạn;", lines);
        Assert.Contains("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 105/KH-UBND năm 2025, Sở Khoa học và Công nghệ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.", lines);
    }

    [Fact]
    public void AYearWithoutReportsIsStillADocumentThatSaysSo()
    {
        using var docx = Written(SampleReport.Model(withReports: false) with { Year = 2027 });

        Assert.Empty(docx.Errors());
        Assert.Equal(2, docx.Lines.Count(l => l.StartsWith("Chưa có báo cáo nào của các cơ quan trong năm 2027.", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheRecipientsAreBoldItalicTwelvePointAndEndWithTheArchiveLineBesideTheSignature()
    {
        using var docx = Written();
        var closing = docx.Body.Elements<Table>().Last();
        var cells = closing.Descendants<TableCell>().Select(Docx.TextOf).ToList();

        Assert.Equal("Nơi nhận:\n- UBND tỉnh (b/c);\n- Bộ Khoa học và Công nghệ (b/c);\n- Các cơ quan chủ trì nhiệm vụ;\n- Lưu: VT, ….", cells[0]);
        var received = docx.Paragraph("Nơi nhận:");
        Assert.All(received.Descendants<Run>(), r =>
        {
            Assert.NotNull(r.RunProperties!.Bold);
            Assert.NotNull(r.RunProperties.Italic);
            Assert.Equal("24", r.RunProperties.FontSize!.Val!.Value);
        });

        var signature = closing.Descendants<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal("KT. GIÁM ĐỐC", Docx.TextOf(signature[0]));
        Assert.Equal("PHÓ GIÁM ĐỐC", Docx.TextOf(signature[1]));
        Assert.True(IsBold(signature[0]) && IsBold(signature[1]));
        // The name is left blank, on a line that writes bold once typed into.
        Assert.Equal(string.Empty, Docx.TextOf(signature[^1]));
        Assert.NotNull(signature[^1].ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Bold>());
    }

    [Fact]
    public void EveryPageIsA4WithTheDecreesMarginsAndTheTaskTablesAreLandscape()
    {
        using var docx = Written();
        var sections = docx.Sections;

        Assert.Equal(3, sections.Count);
        Assert.Equal([false, true, false], sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape));
        foreach (var section in sections)
        {
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal(new[] { 11906u, 16838u }, new[] { size.Width!.Value, size.Height!.Value }.Order());
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.InRange(Millimetres(margin.Top!.Value), 20, 25);
            Assert.InRange(Millimetres(margin.Bottom!.Value), 20, 25);
            Assert.InRange(Millimetres(margin.Left!.Value), 30, 35);
            Assert.InRange(Millimetres(margin.Right!.Value), 15, 20);
        }
    }

    [Fact]
    public void PageNumbersAreCentredInTheHeaderExceptOnTheFirstPage()
    {
        using var docx = Written();
        var main = docx.Document.MainDocumentPart!;
        var first = docx.Sections[0];

        Assert.NotNull(first.GetFirstChild<TitlePage>());
        var firstHeader = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(first.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.First).Id!);
        Assert.Equal(string.Empty, firstHeader.Header!.InnerText);
        foreach (var section in docx.Sections)
        {
            var header = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!);
            var paragraph = header.Header!.GetFirstChild<Paragraph>()!;
            Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
            Assert.Equal(JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        }
    }

    [Fact]
    public void TheTextIsTimesNewRomanThirteenToFourteenPointWithAtLeastSixPointsBetweenParagraphs()
    {
        using var docx = Written();
        var defaults = docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var paragraph = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;

        Assert.Equal(["Times New Roman"], new[] { run.RunFonts!.Ascii!.Value, run.RunFonts.HighAnsi!.Value, run.RunFonts.ComplexScript!.Value }.Distinct());
        Assert.Empty(docx.Body.Descendants<RunFonts>());
        Assert.InRange(int.Parse(run.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 26, 28);
        Assert.InRange(int.Parse(paragraph.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture), 240, 360);

        // The body's paragraphs (outside the tables) are 13–14 pt, spaced by at least 6 pt.
        var body = docx.BodyParagraphs.Where(p => Docx.TextOf(p).Length > 0).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, p =>
        {
            var after = p.ParagraphProperties?.SpacingBetweenLines?.After?.Value ?? paragraph.After!.Value!;
            var before = p.ParagraphProperties?.SpacingBetweenLines?.Before?.Value ?? "0";
            Assert.True(int.Parse(after, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) >= 120, Docx.TextOf(p));
            Assert.All(p.Descendants<Run>(), r => Assert.InRange(int.Parse(r.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 26, 28));
        });
    }

    [Fact]
    public void WritingToAStreamThatCannotSeekGivesTheSameDocument()
    {
        var model = SampleReport.Model(new DateOnly(2025, 12, 5));
        using var target = new ForwardOnlyStream();

        ConsolidatedReportDocument.Write(model, target);

        using var docx = new Docx(target.Written.ToArray());
        Assert.Contains("BÁO CÁO", docx.Lines);
    }

    private static List<Table> TaskTables(Docx docx) =>
        docx.Body.Descendants<Table>().Where(t => Docx.TextOf(t.Elements<TableRow>().First()).StartsWith("TTNội dung nhiệm vụ", StringComparison.Ordinal)).ToList();

    private static bool IsBold(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Any() && paragraph.Descendants<Run>().All(r => r.RunProperties?.Bold is not null);

    private static double Millimetres(double twips) => twips * 25.4 / 1440;

    /// <summary>A response body: written forwards only.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
