using Cascade.Core.Agencies;

namespace Cascade.Core.Tests.Agencies;

public sealed class AgencyNamesTests
{
    [Theory]
    [InlineData("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    [InlineData("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn")]
    [InlineData("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh")]
    [InlineData("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố")]
    [InlineData("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh")]
    [InlineData("Trung tâm Phát triển KH-CN và Đổi mới sáng tạo", "Trung tâm Phát triển Khoa học và Công nghệ và Đổi mới sáng tạo")]
    public void AbbreviationsAreExpandedAsTheRegisterFormatSays(string printed, string expanded) =>
        Assert.Equal(expanded, AgencyNames.Expand(printed));

    [Fact]
    public void AnAbbreviationInsideAWordIsLeftAlone() =>
        Assert.Equal("Công ty UBNDX", AgencyNames.Expand("Công ty UBNDX"));

    [Theory]
    [InlineData("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    [InlineData("sở  y tế.", "Sở Y tế")]
    [InlineData("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội")]
    public void TwoSpellingsOfOneAgencyShareAKey(string a, string b) => Assert.Equal(AgencyNames.Key(a), AgencyNames.Key(b));

    [Fact]
    public void DifferentAgenciesHaveDifferentKeys() =>
        Assert.NotEqual(AgencyNames.Key("Sở Y tế"), AgencyNames.Key("Sở Tư pháp"));

    [Fact]
    public void TheLocalitySuffixIsIgnoredOnlyForThePlansLocality()
    {
        Assert.Equal(AgencyNames.Key("Sở Y tế"), AgencyNames.KeyWithoutLocality("Sở Y tế tỉnh Trà Vinh", "Trà Vinh"));
        Assert.NotEqual(AgencyNames.Key("Sở Y tế"), AgencyNames.KeyWithoutLocality("Sở Y tế tỉnh Vĩnh Long", "Trà Vinh"));
        Assert.Equal(AgencyNames.Key("Báo Trà Vinh"), AgencyNames.KeyWithoutLocality("Báo Trà Vinh", "Trà Vinh"));
    }

    [Theory]
    [InlineData("Các sở, ban, ngành tỉnh", AgencyKind.Collective)]
    [InlineData("Sở Y tế", AgencyKind.Department)]
    [InlineData("Ban Tuyên giáo Tỉnh ủy", AgencyKind.PartyBody)]
    [InlineData("Báo Trà Vinh", AgencyKind.Press)]
    [InlineData("Ủy ban nhân dân tỉnh", AgencyKind.PeoplesCommittee)]
    [InlineData("Trường Đại học Trà Vinh", AgencyKind.ResearchAndEducation)]
    [InlineData("Bộ Chỉ huy Quân sự tỉnh", AgencyKind.PoliceAndMilitary)]
    [InlineData("Mặt trận Tổ quốc", AgencyKind.MassOrganisation)]
    public void AnUnknownAgencysKindIsGuessedFromItsName(string name, AgencyKind kind) =>
        Assert.Equal(kind, AgencyNames.GuessKind(name));
}
