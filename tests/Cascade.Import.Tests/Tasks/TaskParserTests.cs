using Cascade.Import.Parsing;
using Cascade.Import.Reading;

namespace Cascade.Import.Tests.Tasks;

public class TaskParserTests
{
    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(c)).ToList());

    private static TableRow Heading(params string[] cells) => new(cells.Select(c => new TableCell(c)).ToList(), IsHeader: true);

    private static SourceDocument Document(params Block[] blocks) => new(blocks, []);

    private static readonly TableRow FiveColumns = Heading("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện");

    [Fact]
    public void Group_rows_give_the_group_and_the_first_part_of_the_ref()
    {
        var table = new Table([FiveColumns, Row("II", "Cơ chế, chính sách", "", "", ""), Row("3", "Rà soát chính sách", "Sở Tư pháp", "Các sở, ngành", "2025")]);

        var task = Assert.Single(TaskParser.Parse(Document(table), []));

        Assert.Equal("II.3", task.Ref);
        Assert.Equal("Cơ chế, chính sách", task.Group);
        Assert.Equal(["Sở Tư pháp"], task.Lead);
        Assert.Equal("deadline", task.Timeframe.Kind);
        Assert.Equal("2025-12-31", task.Timeframe.Due);
    }

    [Fact]
    public void A_table_with_no_groups_uses_the_row_number_alone()
    {
        var table = new Table([FiveColumns, Row("7", "Tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "", "Hàng năm")]);

        Assert.Equal("7", Assert.Single(TaskParser.Parse(Document(table), [])).Ref);
    }

    [Fact]
    public void A_second_activity_with_no_number_takes_the_previous_ref_with_a_letter()
    {
        var table = new Table([FiveColumns, Row("III", "Nhóm", "", "", ""), Row("3", "Hoạt động thứ nhất", "Sở Y tế", "", "Hàng năm"),
            Row("", "Hoạt động thứ hai", "Sở Y tế", "", "2026"), Row("", "Hoạt động thứ ba", "Sở Y tế", "", "2027")]);

        Assert.Equal(["III.3", "III.3b", "III.3c"], TaskParser.Parse(Document(table), []).Select(t => t.Ref));
    }

    [Fact]
    public void A_row_that_only_heads_numbered_sub_rows_is_not_a_task()
    {
        var table = new Table([FiveColumns, Row("III", "Nhóm", "", "", ""), Row("1", "Xây dựng các đề án", "-", "-", "-"),
            Row("1.1", "Đề án nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn", "", "2025"), Row("1.2", "Đề án y tế", "Sở Y tế", "", "2025")]);

        Assert.Equal(["III.1.1", "III.1.2"], TaskParser.Parse(Document(table), []).Select(t => t.Ref));
    }

    [Fact]
    public void A_merged_cell_applies_to_each_row_it_spans()
    {
        var merged = new TableRow([new("2"), new("Nội dung hai"), new("Sở Y tế"), new("Các sở, ngành", MergedFromAbove: true), new("Hàng năm", MergedFromAbove: true)]);
        var table = new Table([FiveColumns, Row("1", "Nội dung một", "Sở Tài chính", "Các sở, ngành", "Hàng năm"), merged]);

        var second = TaskParser.Parse(Document(table), [])[1];

        Assert.Equal(["Các sở, ngành"], second.Support);
        Assert.Equal("annual", second.Timeframe.Kind);
    }

    [Fact]
    public void The_product_column_gives_the_product_and_a_dash_gives_none()
    {
        var heading = Heading("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành");
        var table = new Table([heading, Row("1", "Một", "Sở Y tế", "", "Đề án", "2024"), Row("2", "Hai", "Sở Y tế", "", "-", "2024-2030")]);

        var tasks = TaskParser.Parse(Document(table), []);

        Assert.Equal("Đề án", tasks[0].Product);
        Assert.Null(tasks[1].Product);
        Assert.Equal("range", tasks[1].Timeframe.Kind);
    }

    [Fact]
    public void Repeated_heading_rows_are_not_tasks_and_multi_line_cells_are_joined()
    {
        var table = new Table([FiveColumns, Row("1", "Xây dựng kế hoạch\nphát triển", "Sở Khoa học và Công\nnghệ", "", "Thường\nxuyên"),
            Row("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")]);

        var task = Assert.Single(TaskParser.Parse(Document(table), []));

        Assert.Equal("Xây dựng kế hoạch phát triển", task.Title);
        Assert.Equal(["Sở Khoa học và Công nghệ"], task.Lead);
        Assert.Equal("Thường xuyên", task.Timeframe.Text);
        Assert.Equal("ongoing", task.Timeframe.Kind);
    }

    [Fact]
    public void A_row_with_no_lead_or_an_unreadable_timeframe_is_kept_with_a_warning()
    {
        var table = new Table([FiveColumns, Row("1", "Nội dung", "", "", "Theo chỉ đạo")]);
        var warnings = new List<ImportWarning>();

        var task = Assert.Single(TaskParser.Parse(Document(table), warnings));

        Assert.Empty(task.Lead);
        Assert.Equal("unspecified", task.Timeframe.Kind);
        Assert.Contains(warnings, w => w.Code == "task-no-lead");
        Assert.Contains(warnings, w => w.Code == "timeframe-unread");
    }

    [Fact]
    public void A_table_that_names_no_lead_column_is_not_a_task_table()
    {
        var table = new Table([Heading("TT", "Chỉ tiêu", "Năm 2030"), Row("1", "Tỷ lệ", "7%")]);

        Assert.Empty(TaskParser.Parse(Document(table), []));
    }

    [Fact]
    public void Without_an_appendix_the_numbered_items_of_the_implementation_section_are_the_tasks()
    {
        var document = Document(
            new Paragraph("III. NHIỆM VỤ"),
            new Paragraph("1. Sở Y tế tăng cường ứng dụng công nghệ sinh học."),
            new Paragraph("IV. TỔ CHỨC THỰC HIỆN"),
            new Paragraph("1. Ban Dân vận Huyện ủy chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức hội nghị phổ biến Kế hoạch."),
            new Paragraph("2. UBND huyện xây dựng kế hoạch triển khai; xong trong tháng 4/2024."),
            new Paragraph("3. Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện đẩy mạnh tuyên truyền./."),
            new Paragraph("Nơi nhận:"),
            new Paragraph("- Lưu VT."));

        var tasks = TaskParser.Parse(document, []);

        Assert.Equal(["1", "2", "3"], tasks.Select(t => t.Ref));
        Assert.Equal(["Ban Dân vận Huyện ủy"], tasks[0].Lead);
        Assert.Equal(["Các cơ quan, đơn vị có liên quan"], tasks[0].Support);
        Assert.Equal(["Ủy ban nhân dân huyện"], tasks[1].Lead);
        Assert.Equal("2024-04-30", tasks[1].Timeframe.Due);
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc huyện", "Các tổ chức chính trị - xã hội huyện"], tasks[2].Lead);
        Assert.Null(tasks[2].Timeframe.Text);
        Assert.EndsWith("tuyên truyền.", tasks[2].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_the_agency_before_a_colon_assigns_to_that_agency()
    {
        var document = Document(new Paragraph("V. TỔ CHỨC THỰC HIỆN KẾ HOẠCH"), new Paragraph("2. Sở Khoa học và Công nghệ: chủ trì theo dõi việc thực hiện Kế hoạch."));

        Assert.Equal(["Sở Khoa học và Công nghệ"], Assert.Single(TaskParser.Parse(document, [])).Lead);
    }

    [Fact]
    public void An_item_that_names_no_body_is_not_a_task()
    {
        var document = Document(new Paragraph("IV. TỔ CHỨC THỰC HIỆN"), new Paragraph("1. Kinh phí thực hiện từ ngân sách nhà nước."));
        var warnings = new List<ImportWarning>();

        Assert.Empty(TaskParser.Parse(document, warnings));
        Assert.Contains(warnings, w => w.Code == "no-tasks");
    }

    [Fact]
    public void A_group_title_printed_in_the_number_cell_is_the_group()
    {
        var table = new Table([FiveColumns, Row("I. Thông tin, tuyên truyền", "", "", "", ""), Row("1", "Tuyên truyền", "Sở Y tế", "", "Hàng năm")]);

        var task = Assert.Single(TaskParser.Parse(Document(table), []));

        Assert.Equal("I.1", task.Ref);
        Assert.Equal("Thông tin, tuyên truyền", task.Group);
    }

    [Fact]
    public void A_table_without_a_number_column_numbers_its_tasks_in_order()
    {
        var heading = Heading("Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian");
        var table = new Table([heading, Row("Nhóm nhiệm vụ về y tế", "", ""), Row("Một", "Sở Y tế", "2025"), Row("Hai", "Sở Y tế", "2026")]);

        var tasks = TaskParser.Parse(Document(table), []);

        Assert.Equal(["1", "2"], tasks.Select(t => t.Ref));
        Assert.All(tasks, t => Assert.Equal("Nhóm nhiệm vụ về y tế", t.Group));
    }

    [Fact]
    public void Lettered_rows_under_a_numbered_row_are_its_sub_tasks()
    {
        var table = new Table([FiveColumns, Row("2", "Chung", "Sở Y tế", "", "2025"), Row("a", "Việc a", "Sở Y tế", "", "2025"), Row("b", "Việc b", "Sở Y tế", "", "2025")]);

        Assert.Equal(["2", "2.a", "2.b"], TaskParser.Parse(Document(table), []).Select(t => t.Ref));
    }

    [Fact]
    public void An_item_that_only_names_a_body_over_lettered_duties_is_one_task_of_that_body()
    {
        var document = Document(
            new Paragraph("V. TỔ CHỨC THỰC HIỆN"),
            new Paragraph("2. Sở Khoa học và Công nghệ"),
            new Paragraph("a) Chủ trì, phối hợp với các cơ quan có liên quan tổ chức triển khai Kế hoạch."),
            new Paragraph("b) Theo dõi, đôn đốc việc thực hiện."),
            new Paragraph("3. Sở Y tế có trách nhiệm:"),
            new Paragraph("a) Ứng dụng công nghệ sinh học trong y tế."),
            new Paragraph("4. Các tổ chức, doanh nghiệp, hợp tác xã: đăng ký tham gia thực hiện các nhiệm vụ."));

        var tasks = TaskParser.Parse(document, []);

        Assert.Equal(["Sở Khoa học và Công nghệ"], tasks[0].Lead);
        Assert.Contains("Theo dõi, đôn đốc", tasks[0].Title, StringComparison.Ordinal);
        Assert.Equal(["Sở Y tế"], tasks[1].Lead);
        Assert.Equal(["Các tổ chức, doanh nghiệp, hợp tác xã"], tasks[2].Lead);
    }
}
