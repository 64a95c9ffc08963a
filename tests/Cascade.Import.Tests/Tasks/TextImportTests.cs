using Cascade.Import.Parsing;
using Cascade.Import.Reading.Text;

namespace Cascade.Import.Tests.Tasks;

/// <summary>Whole texts, from reading to tasks, in layouts other than the seed plans'.</summary>
public class TextImportTests
{
    [Fact]
    public void A_government_programme_from_the_official_gazette_gives_its_tasks_without_running_headers()
    {
        var text = """
            CÔNG BÁO/Số 1301 + 1302/Ngày 30-11-2023                  23


            Phụ lục
            NHIỆM VỤ CỤ THỂ THỰC HIỆN NGHỊ QUYẾT
            (Kèm theo Nghị quyết số 189/NQ-CP ngày 16 tháng 11 năm 2023 của Chính phủ)

            STT
            Nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Sản phẩm
            Thời gian hoàn thành
            I
            HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH
            1
            Xây dựng Nghị định quy định cơ chế, chính sách
            khuyến khích đầu tư vào công nghiệp sinh học
            Bộ Khoa học và
            Công nghệ
            Các bộ, cơ quan
            ngang bộ, Ủy ban
            nhân dân các tỉnh
            Nghị định của
            Chính phủ
            Quý IV/2024
            2
            Rà soát, sửa đổi Luật Dược
            Bộ Y tế
            Bộ Tư pháp
            Luật
            2025
            24                  CÔNG BÁO/Số 1301 + 1302/Ngày 30-11-2023

            STT
            Nhiệm vụ
            Cơ quan chủ trì
            Cơ quan phối hợp
            Sản phẩm
            Thời gian hoàn thành
            II
            PHÁT TRIỂN NGUỒN NHÂN LỰC
            1
            Đề án đào tạo nhân lực công nghệ sinh học
            Bộ Giáo dục và
            Đào tạo
            Bộ Khoa học và
            Công nghệ
            Đề án
            2024 - 2030
            """;

        var tasks = TaskParser.Parse(TextSourceReader.Read(text), []);

        Assert.Equal(["I.1", "I.2", "II.1"], tasks.Select(t => t.Ref));
        Assert.Equal(["Bộ Khoa học và Công nghệ"], tasks[0].Lead);
        Assert.Equal(["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"], tasks[0].Support);
        Assert.Equal("Nghị định của Chính phủ", tasks[0].Product);
        Assert.Equal("2024-12-31", tasks[0].Timeframe.Due);
        Assert.Equal("2025", tasks[1].Timeframe.Text);
        Assert.Equal("range", tasks[2].Timeframe.Kind);
        Assert.Equal("PHÁT TRIỂN NGUỒN NHÂN LỰC", tasks[2].Group);
    }

    [Fact]
    public void A_markdown_plan_without_an_appendix_gives_the_assignments_of_its_implementation_section()
    {
        var text = """
            # KẾ HOẠCH

            ## III. TỔ CHỨC THỰC HIỆN

            **1. Sở Khoa học và Công nghệ:** chủ trì, phối hợp với các sở, ngành theo dõi việc thực hiện Kế hoạch; hoàn thành trước ngày 30/6/2025.

            **2. Sở Tài chính và Sở Kế hoạch và Đầu tư:** bố trí kinh phí thực hiện.

            **Nơi nhận:**
            - Như trên;
            """;

        var tasks = TaskParser.Parse(TextSourceReader.Read(text), []);

        Assert.Equal(["1", "2"], tasks.Select(t => t.Ref));
        Assert.Equal(["Các sở, ngành"], tasks[0].Support);
        Assert.Equal("2025-06-30", tasks[0].Timeframe.Due);
        Assert.Equal(["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], tasks[1].Lead);
    }
}
