using Cascade.Import.Parsing.Tasks;

namespace Cascade.Import.Tests.Tasks;

public class AgencyListParserTests
{
    [Fact]
    public void A_semicolon_separates_agencies_and_abbreviations_are_expanded() =>
        Assert.Equal(["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
            AgencyListParser.Parse("Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố"));

    [Fact]
    public void Each_new_line_dash_starts_an_agency_and_wrapped_lines_join_the_one_above() =>
        Assert.Equal(["Các Sở, ngành liên quan", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Đài Phát thanh và Truyền hình", "Báo An Giang"],
            AgencyListParser.Parse("- Các Sở, ngành liên quan;\n- UBND các huyện, thị xã,\nthành phố;\n- Đài PT-TH; Báo An Giang;"));

    [Fact]
    public void A_name_broken_over_two_lines_is_joined() =>
        Assert.Equal(["Sở Nông nghiệp và Phát triển nông thôn"], AgencyListParser.Parse("Sở Nông nghiệp và Phát\ntriển nông thôn"));

    [Theory]
    [InlineData("Các sở : Nông nghiệp và Phát triển nông thôn; Y tế; Lao động - Thương binh và Xã hội")]
    [InlineData("Các Sở: Nông nghiệp và Phát triển nông thôn, Y tế, Lao động - Thương binh và Xã hội.")]
    public void A_list_under_a_collective_heading_names_each_department(string cell) =>
        Assert.Equal(["Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội"], AgencyListParser.Parse(cell));

    [Theory]
    [InlineData("Đài Phát thanh và Truyền hình, Báo Trà Vinh", new[] { "Đài Phát thanh và Truyền hình", "Báo Trà Vinh" })]
    [InlineData("Sở Khoa học và Công nghệ, các Sở, ngành liên quan", new[] { "Sở Khoa học và Công nghệ", "Các Sở, ngành liên quan" })]
    [InlineData("Vườn Quốc gia Cát Bà, Ban Quản lý các khu bảo tồn biển", new[] { "Vườn Quốc gia Cát Bà", "Ban Quản lý các khu bảo tồn biển" })]
    public void A_comma_between_two_named_bodies_separates_them(string cell, string[] expected) =>
        Assert.Equal(expected, AgencyListParser.Parse(cell));

    [Theory]
    [InlineData("Các sở, ban, ngành tỉnh")]
    [InlineData("Các doanh nghiệp, tổ chức, cá nhân có liên quan")]
    [InlineData("Tổ chức chính trị, xã hội")]
    [InlineData("Viện, Trường")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở Kế hoạch và Đầu tư")]
    [InlineData("Các cơ sở giáo dục nghề nghiệp và doanh nghiệp")]
    public void A_collective_or_a_name_with_a_comma_or_and_inside_stays_whole(string cell) =>
        Assert.Equal([cell], AgencyListParser.Parse(cell));

    [Fact]
    public void And_between_two_bodies_separates_them_and_a_shared_locality_goes_to_both() =>
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc huyện", "Các tổ chức chính trị - xã hội huyện"],
            AgencyListParser.Parse("Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện"));

    [Fact]
    public void A_locality_list_at_the_end_is_not_a_shared_locality() =>
        Assert.Equal(["Sở Nội vụ", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
            AgencyListParser.Parse("Sở Nội vụ và UBND các huyện, thị xã, thành phố"));

    [Fact]
    public void A_lowercase_collective_at_the_start_is_capitalised() =>
        Assert.Equal(["Sở Ngoại vụ", "Các đơn vị liên quan"], AgencyListParser.Parse("Sở Ngoại vụ; các đơn vị liên quan"));

    [Theory]
    [InlineData("Trung tâm Phát triển KH-CN và Đổi mới sáng tạo", "Trung tâm Phát triển Khoa học và Công nghệ và Đổi mới sáng tạo")]
    [InlineData("Thường trực HĐND huyện", "Thường trực Hội đồng nhân dân huyện")]
    [InlineData("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    [InlineData("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn")]
    [InlineData("Sở LĐ-TBXH", "Sở Lao động - Thương binh và Xã hội")]
    [InlineData("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh")]
    [InlineData("Liên minh HTX tỉnh", "Liên minh Hợp tác xã tỉnh")]
    [InlineData("Liên hiệp các Hội KHKT tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")]
    public void Abbreviations_are_expanded(string cell, string expected) =>
        Assert.Equal([expected], AgencyListParser.Parse(cell));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(" ; ;\n- ")]
    public void An_empty_cell_gives_no_agency(string? cell) =>
        Assert.Empty(AgencyListParser.Parse(cell));
}
