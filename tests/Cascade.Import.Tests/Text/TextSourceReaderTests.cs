using Cascade.Import.Reading;
using Cascade.Import.Reading.Text;

namespace Cascade.Import.Tests.Text;

public class TextSourceReaderTests
{
    private static List<Paragraph> Paragraphs(string text) => TextSourceReader.Read(text).Blocks.OfType<Paragraph>().ToList();

    private static Table SingleTable(string text) => Assert.Single(TextSourceReader.Read(text).Blocks.OfType<Table>());

    private static string[] Texts(TableRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Markdown_headings_keep_their_level_and_lose_their_bold_markers()
    {
        var paragraph = Assert.Single(Paragraphs("## **2. Nghiên cứu, xây dựng cơ chế**"));

        Assert.Equal("2. Nghiên cứu, xây dựng cơ chế", paragraph.Text);
        Assert.Equal(2, paragraph.HeadingLevel);
        Assert.True(paragraph.IsBold);
    }

    [Fact]
    public void Bold_runs_glued_to_the_text_around_them_are_paragraphs_of_their_own()
    {
        var texts = Paragraphs("I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**\n\nPHỤ LỤC**Danh mục nhiệm vụ**").Select(p => p.Text);

        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "PHỤ LỤC", "Danh mục nhiệm vụ"], texts);
    }

    [Fact]
    public void A_bold_label_at_the_start_of_a_paragraph_stays_in_it()
    {
        var paragraph = Assert.Single(Paragraphs("**4. Sở Tài chính:** hàng năm, tổng hợp dự toán."));

        Assert.Equal("4. Sở Tài chính: hàng năm, tổng hợp dự toán.", paragraph.Text);
        Assert.False(paragraph.IsBold);
    }

    [Fact]
    public void Hard_line_breaks_inside_a_paragraph_are_joined_and_page_numbers_dropped()
    {
        var text = "1. Mục đích\n\na) Kế hoạch đặt ra để các cấp, các ngành phối hợp chặt chẽ khi tổ chức\n\nthực hiện các nhiệm vụ được giao theo Nghị quyết số 36-\n\n\n\n8\n\nNQ/TW của Bộ Chính trị.\n\nb) Cụ thể hóa các mục tiêu.";

        var texts = Paragraphs(text).Select(p => p.Text).ToList();

        Assert.Equal("a) Kế hoạch đặt ra để các cấp, các ngành phối hợp chặt chẽ khi tổ chức thực hiện các nhiệm vụ được giao theo Nghị quyết số 36-NQ/TW của Bộ Chính trị.", texts[1]);
        Assert.Equal(["1. Mục đích", texts[1], "b) Cụ thể hóa các mục tiêu."], texts);
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_break_goes_on_in_lower_case()
    {
        var texts = Paragraphs("Giới thiệu các mô hình sản xuất giống cây trồng bằng nuôi cấy\n\nmô; biểu dương các hợp tác xã làm tốt.\n\nĐoạn sau.").Select(p => p.Text);

        Assert.Equal(["Giới thiệu các mô hình sản xuất giống cây trồng bằng nuôi cấy mô; biểu dương các hợp tác xã làm tốt.", "Đoạn sau."], texts);
    }

    [Fact]
    public void The_running_header_of_the_official_gazette_is_dropped()
    {
        var texts = Paragraphs("Điều 1. Phê duyệt Đề án thí điểm của\nCÔNG BÁO/Số 1073 + 1074/Ngày 25-12-2023\n15\nChính phủ thực hiện Nghị quyết.").Select(p => p.Text);

        Assert.Equal(["Điều 1. Phê duyệt Đề án thí điểm của Chính phủ thực hiện Nghị quyết."], texts);
    }

    [Fact]
    public void Inline_html_left_by_converters_is_removed()
    {
        Assert.Equal("gồm công trình “ Nhà lưới nhân giống ”", Assert.Single(Paragraphs("gồm công trình “ <i>Nhà lưới nhân giống</i> ”")).Text);
    }

    [Fact]
    public void A_pipe_table_marks_its_heading_row()
    {
        var table = SingleTable("| TT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Tuyên truyền | Sở Y tế |");

        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(["1", "Tuyên truyền", "Sở Y tế"], Texts(table.Rows[1]));
    }

    [Fact]
    public void A_pipe_table_cut_by_a_page_break_is_joined_and_its_continuation_row_merged()
    {
        var text = """
            | TT | Nội dung | Cơ quan chủ trì | Thời gian |
            |---|---|---|---|
            | 1 | Lập quy hoạch vùng trồng dược liệu tập trung gắn với chế biến tại | Sở Nông nghiệp và Phát triển | 2024 |

            | | | | |
            |---|---|---|---|
            | | các huyện miền núi đến năm 2030 | nông thôn | |
            | 2 | Chẩn đoán sớm bệnh truyền nhiễm | Sở Y tế | 2024-2030 |
            """;

        var table = SingleTable(text);

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Lập quy hoạch vùng trồng dược liệu tập trung gắn với chế biến tại\ncác huyện miền núi đến năm 2030", table.Rows[1].Cells[1].Text);
        Assert.Equal("Sở Nông nghiệp và Phát triển\nnông thôn", table.Rows[1].Cells[2].Text);
        Assert.Equal("2", table.Rows[2].Cells[0].Text);
    }

    [Fact]
    public void A_line_break_inside_a_markdown_cell_is_kept()
    {
        var table = SingleTable("| TT | Nội dung | Cơ quan phối hợp |\n|---|---|---|\n| 1 | Nội dung | - Sở Y tế;<br>- Sở Tài chính |");

        Assert.Equal("- Sở Y tế;\n- Sở Tài chính", table.Rows[1].Cells[2].Text);
    }

    [Fact]
    public void A_tab_separated_table_keeps_its_repeated_heading_as_a_heading_row()
    {
        var text = "TT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tTuyên truyền\tSở Y tế\tHàng năm\n\nTT\tNội dung\tCơ quan chủ trì\tThời gian\n2\tĐào tạo\tSở Nội vụ\t2025";

        var table = SingleTable(text);

        Assert.Equal([true, false, true, false], table.Rows.Select(r => r.IsHeader));
        Assert.Equal(["2", "Đào tạo", "Sở Nội vụ", "2025"], Texts(table.Rows[3]));
    }

    [Fact]
    public void A_table_printed_one_cell_per_line_is_rebuilt_into_rows()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            I Tuyên truyền
            1
            Tập huấn cho cán bộ cơ sở về quy trình sản xuất
            giống cây trồng sạch bệnh.
            - Các Sở, ban, ngành;
            - UBND các huyện, thị xã,
            thành phố.
            Các tổ chức, đơn vị liên quan
            Thường
            xuyên
            2
            Mở chuyên mục về khoa học trên báo địa phương.
            Sở Thông tin và Truyền
            thông
            - Các Sở, ban, ngành;
            - Đài PT-TH; Báo An Giang;
            Hàng năm
            """;

        var table = SingleTable(text);

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["I", "Tuyên truyền"], Texts(table.Rows[1]));
        Assert.Equal(["1", "Tập huấn cho cán bộ cơ sở về quy trình sản xuất\ngiống cây trồng sạch bệnh.", "- Các Sở, ban, ngành;\n- UBND các huyện, thị xã,\nthành phố.", "Các tổ chức, đơn vị liên quan", "Thường\nxuyên"], Texts(table.Rows[2]));
        Assert.Equal(["2", "Mở chuyên mục về khoa học trên báo địa phương.", "Sở Thông tin và Truyền\nthông", "- Các Sở, ban, ngành;\n- Đài PT-TH; Báo An Giang;", "Hàng năm"], Texts(table.Rows[3]));
    }

    [Fact]
    public void A_row_cut_by_a_repeated_heading_goes_on_in_the_cells_it_left_unfinished()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            1
            Khảo sát nhu cầu dùng chế phẩm vi sinh của các hợp tác xã; tham
            Các sở: Nông nghiệp và Phát triển nông thôn;
            - Các Sở, ngành liên quan.
            Hàng năm
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            mưu điều chỉnh kịp thời
            Y tế; Khoa học và
            Công nghệ
            2
            Nội dung thứ hai của bảng nhiệm vụ
            Sở Y tế
            - Các Sở, ngành liên quan.
            2025
            """;

        var rows = SingleTable(text).Rows;

        Assert.Equal("Khảo sát nhu cầu dùng chế phẩm vi sinh của các hợp tác xã; tham\nmưu điều chỉnh kịp thời", rows[1].Cells[1].Text);
        Assert.Equal("Các sở: Nông nghiệp và Phát triển nông thôn;\nY tế; Khoa học và\nCông nghệ", rows[1].Cells[2].Text);
        Assert.Equal("2", rows[2].Cells[0].Text);
    }

    [Fact]
    public void A_second_activity_under_one_number_becomes_an_unnumbered_row_sharing_the_merged_cells()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            3
            Lập danh mục giống cây bản địa cần lưu giữ
            Sở Khoa học và Công nghệ
            - Các Sở, ngành liên quan.
            Hàng năm
            Xây dựng ngân hàng hạt giống của các giống lúa địa phương giai đoạn 2026 - 2030.
            Trình UBND tỉnh sau khi Bộ Nông nghiệp ban hành hướng dẫn
            4
            Kiểm tra chất lượng phân bón hữu cơ
            Sở Công Thương
            - Các Sở, ngành liên quan.
            Hàng năm
            """;

        var rows = SingleTable(text).Rows;

        Assert.Equal(4, rows.Count);
        Assert.Equal("", rows[2].Cells[0].Text);
        Assert.Equal("Sở Khoa học và Công nghệ", rows[2].Cells[2].Text);
        Assert.True(rows[2].Cells[2].MergedFromAbove);
        Assert.StartsWith("Trình UBND tỉnh", rows[2].Cells[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_cells_printed_on_one_line_are_separated()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            1
            Mời chuyên gia nước ngoài giảng dạy các khóa ngắn hạn về công nghệ gen
            Sở Y tế - Các bệnh viện tuyến tỉnh; Hàng năm
            """;

        Assert.Equal(["1", "Mời chuyên gia nước ngoài giảng dạy các khóa ngắn hạn về công nghệ gen", "Sở Y tế", "- Các bệnh viện tuyến tỉnh;", "Hàng năm"],
            Texts(SingleTable(text).Rows[1]));
    }

    [Fact]
    public void Digital_signature_stamps_are_not_part_of_the_text()
    {
        var texts = Paragraphs("Lê Văn A\n\t2024-05-09T09:22:43+0700\n\tỦy ban Nhân dân tỉnh<vanthu@example.gov.vn> đã ký lên văn bản này!").Select(p => p.Text);

        Assert.Equal(["Lê Văn A"], texts);
    }

    [Fact]
    public void A_page_number_before_the_repeated_heading_does_not_start_a_row()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Thời gian
            1
            Nội dung thứ nhất của bảng
            Sở Y tế
            Hàng năm
            2
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Thời gian
            3
            Nội dung thứ hai của bảng
            Sở Tài chính
            2025
            """;

        var rows = SingleTable(text).Rows;

        Assert.Equal(["1", "3"], rows.Skip(1).Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void A_group_title_in_capitals_on_its_own_line_stays_in_the_table()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Thời gian
            I
            NHIỆM VỤ VỀ TUYÊN TRUYỀN, PHỔ BIẾN
            1
            Nội dung thứ nhất của bảng
            Sở Y tế
            Hàng năm
            """;

        var rows = SingleTable(text).Rows;

        Assert.Equal(["I", "NHIỆM VỤ VỀ TUYÊN TRUYỀN, PHỔ BIẾN"], Texts(rows[1]));
        Assert.Equal("1", rows[2].Cells[0].Text);
    }

    [Fact]
    public void Pipe_table_pieces_printed_without_a_blank_line_between_them_are_still_joined()
    {
        var text = "| TT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Xây dựng Đề án phát triển | Sở Nông nghiệp và Phát triển |\n| | | |\n|---|---|---|\n| | trong lĩnh vực nông nghiệp | nông thôn |\n| 2 | Ứng dụng | Sở Y tế |";

        var rows = SingleTable(text).Rows;

        Assert.Equal(3, rows.Count);
        Assert.Equal("Sở Nông nghiệp và Phát triển\nnông thôn", rows[1].Cells[2].Text);
        Assert.Equal("2", rows[2].Cells[0].Text);
    }

    [Fact]
    public void A_quoted_cell_of_a_tab_separated_table_keeps_its_line_breaks()
    {
        var text = "TT\tNội dung\tCơ quan phối hợp\tThời gian\n1\tTuyên truyền\t\"- Sở Y tế;\n- Sở Tài chính\"\tHàng năm\n2\tĐào tạo\tSở Nội vụ\t2025";

        var table = SingleTable(text);

        Assert.Equal(["1", "Tuyên truyền", "- Sở Y tế;\n- Sở Tài chính", "Hàng năm"], Texts(table.Rows[1]));
        Assert.Equal("2", table.Rows[2].Cells[0].Text);
    }

    [Fact]
    public void In_a_table_with_a_product_column_an_agency_line_goes_on_with_the_list_and_a_document_is_the_product()
    {
        var text = """
            STT
            Nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Sản phẩm
            Thời gian hoàn thành
            1
            Xây dựng bộ tiêu chí đánh giá doanh nghiệp khoa học
            Sở Khoa học và Công nghệ
            - Sở Tài chính.
            Các hiệp hội doanh nghiệp
            Các sự kiện
            Quý II/2025
            """;

        Assert.Equal(["1", "Xây dựng bộ tiêu chí đánh giá doanh nghiệp khoa học", "Sở Khoa học và Công nghệ", "- Sở Tài chính.\nCác hiệp hội doanh nghiệp", "Các sự kiện", "Quý II/2025"],
            Texts(SingleTable(text).Rows[1]));
    }

    [Fact]
    public void A_list_marker_printed_alone_on_its_line_joins_the_text_after_it()
    {
        var texts = Paragraphs("IV. TỔ CHỨC THỰC HIỆN\n1.\nSở Y tế chủ trì triển khai.\n2.\nSở Tài chính bố trí kinh phí.").Select(p => p.Text);

        Assert.Equal(["IV. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế chủ trì triển khai.", "2. Sở Tài chính bố trí kinh phí."], texts);
    }

    [Fact]
    public void A_coordinating_list_written_in_lower_case_still_starts_its_cell()
    {
        var text = """
            TT Nội dung nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            1
            Điều tra nguồn gen cây dược liệu quý.
            Sở Y tế
            các sở, ngành liên quan
            2025
            """;

        Assert.Equal(["1", "Điều tra nguồn gen cây dược liệu quý.", "Sở Y tế", "các sở, ngành liên quan", "2025"], Texts(SingleTable(text).Rows[1]));
    }
}
