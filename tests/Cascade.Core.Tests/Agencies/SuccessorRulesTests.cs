using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;

namespace Cascade.Core.Tests.Agencies;

/// <summary>Every row of the successor tables of design notes §8, as the rules answer it.</summary>
public sealed class SuccessorRulesTests
{
    private const string Decree45 = "Nghị định số 45/2025/NĐ-CP của Chính phủ";
    private const string Resolution202 = "Nghị quyết số 202/2025/QH15 của Quốc hội";
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly July1 = new(2025, 7, 1);

    private static readonly AdministrativeUnit LangSon = new("20", "Lạng Sơn", AdministrativeUnitKind.Province);
    private static readonly AdministrativeUnit VinhLong = new("86", "Vĩnh Long", AdministrativeUnitKind.Province, validFrom: July1);
    private static readonly AdministrativeUnit TraVinh = Closed("84", "Trà Vinh", AdministrativeUnitKind.Province, VinhLong);
    private static readonly AdministrativeUnit HaiPhong = new("31", "Hải Phòng", AdministrativeUnitKind.Municipality, validFrom: July1);
    private static readonly AdministrativeUnit OldHaiPhong = Closed("31", "Hải Phòng", AdministrativeUnitKind.Municipality, HaiPhong);
    private static readonly AdministrativeUnit HaiDuong = Closed("30", "Hải Dương", AdministrativeUnitKind.Province, HaiPhong);
    private static readonly AdministrativeUnit AnGiang = new("91", "An Giang", AdministrativeUnitKind.Province, validFrom: July1);
    private static readonly AdministrativeUnit KienGiang = Closed("91", "Kiên Giang", AdministrativeUnitKind.Province, AnGiang);

    private static AdministrativeUnit Closed(string code, string name, AdministrativeUnitKind kind, AdministrativeUnit successor)
    {
        var unit = new AdministrativeUnit(code, name, kind);
        unit.EndOn(new DateOnly(2025, 6, 30), successor, Resolution202);
        return unit;
    }

    private static SuccessionStep Next(string name, AdministrativeUnit? unit, bool? ethnic = null) =>
        SuccessorRules.NextStep(name, AgencyNames.GuessKind(name), unit, ethnic) ?? throw new Xunit.Sdk.XunitException($"No rule for {name}.");

    private static IEnumerable<(string, bool, string?)> Shares(SuccessionStep step) => step.Successors.Select(s => (s.Name, s.IsMain, s.Functions));

    [Theory]
    [InlineData("Sở Kế hoạch và Đầu tư", "Sở Tài chính")]
    [InlineData("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường")]
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường")]
    [InlineData("Sở Giao thông vận tải", "Sở Xây dựng")]
    [InlineData("Sở KH&ĐT", "Sở Tài chính")]
    [InlineData("Sở NN&PTNT tỉnh Lạng Sơn", "Sở Nông nghiệp và Môi trường")]
    public void AProvincialDepartmentMergedOnTheFirstOfMarch2025(string old, string successor)
    {
        var step = Next(old, LangSon);

        Assert.Equal((March1, Decree45, SuccessionReason.DepartmentsMerged), (step.EffectiveOn, step.LegalBasis, step.Reason));
        Assert.Same(LangSon, step.Unit);
        Assert.Equal([(successor, true, null)], Shares(step));
    }

    [Fact]
    public void TheInformationDepartmentWentToScienceWithPressAndPublishingToCulture()
    {
        var step = Next("Sở Thông tin và Truyền thông", LangSon);

        Assert.Equal((March1, Decree45), (step.EffectiveOn, step.LegalBasis));
        Assert.True(step.Splits);
        Assert.Equal("Sở Khoa học và Công nghệ", step.Main.Name);
        Assert.Equal(("Sở Văn hóa, Thể thao và Du lịch", false, "báo chí, xuất bản"), Shares(step).Last());
    }

    [Fact]
    public void TheLabourDepartmentSplitBetweenHomeAffairsHealthAndEducation()
    {
        var step = Next("Sở Lao động – Thương binh và Xã hội", LangSon);

        Assert.Equal(
            [("Sở Nội vụ", true, "lao động, việc làm, người có công"), ("Sở Y tế", false, "bảo trợ xã hội, trẻ em"), ("Sở Giáo dục và Đào tạo", false, "giáo dục nghề nghiệp")],
            Shares(step));
        Assert.Equal(March1, step.EffectiveOn);
    }

    [Theory]
    [InlineData(true, "Sở Dân tộc và Tôn giáo")]
    [InlineData(false, "Sở Nội vụ")]
    public void TheEthnicAffairsBoardWentToTheEthnicAndReligiousDepartmentWhereTheProvinceHasOneElseHomeAffairs(bool hasDepartment, string successor)
    {
        var step = Next("Ban Dân tộc tỉnh", LangSon, hasDepartment);

        Assert.Equal([(successor, true, null)], Shares(step));
        Assert.Equal((March1, Decree45), (step.EffectiveOn, step.LegalBasis));
    }

    [Fact]
    public void WhereItIsNotKnownWhetherTheProvinceHasTheDepartmentBothAreNamed()
    {
        var step = Next("Ban Dân tộc", LangSon);

        Assert.Equal(["Sở Dân tộc và Tôn giáo", "Sở Nội vụ"], step.Successors.Select(s => s.Name));
        Assert.Equal("Sở Dân tộc và Tôn giáo", step.Main.Name);
    }

    [Theory]
    [InlineData("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy")]
    [InlineData("Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy")]
    [InlineData("Ban Tuyên giáo Tỉnh uỷ Lạng Sơn", "Ban Tuyên giáo và Dân vận Tỉnh ủy")]
    public void TheProvincialPartyBoardsOfPropagandaAndMassMobilisationMerged(string old, string successor)
    {
        var step = Next(old, LangSon);

        Assert.Equal([(successor, true, null)], Shares(step));
        Assert.Equal(SuccessionReason.PartyBoardsMerged, step.Reason);
        Assert.Contains("121-KL/TW", step.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void ACityPartyCommitteesBoardsMergedIntoTheCitysBoard()
    {
        var step = Next("Ban Tuyên giáo Thành ủy", OldHaiPhong);

        Assert.Equal("Ban Tuyên giáo và Dân vận Thành ủy", step.Main.Name);
        Assert.Same(OldHaiPhong, step.Unit);
    }

    [Theory]
    [InlineData("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính")]
    [InlineData("Bộ Giao thông vận tải", "Bộ Xây dựng")]
    [InlineData("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")]
    [InlineData("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ")]
    [InlineData("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo")]
    public void AMinistryMergedOnTheFirstOfMarch2025(string old, string successor)
    {
        var step = Next(old, null);

        Assert.Equal([(successor, true, null)], Shares(step));
        Assert.Equal((March1, "Nghị quyết số 176/2025/QH15 của Quốc hội", SuccessionReason.MinistriesMerged), (step.EffectiveOn, step.LegalBasis, step.Reason));
        Assert.Null(step.Unit);
    }

    [Theory]
    [InlineData("Ban Tuyên giáo Trung ương")]
    [InlineData("Ban Dân vận Trung ương")]
    public void TheCentralPartyBoardsMerged(string old)
    {
        var step = Next(old, null);

        Assert.Equal("Ban Tuyên giáo và Dân vận Trung ương", step.Main.Name);
        Assert.Equal(new DateOnly(2025, 2, 3), step.EffectiveOn);
    }

    [Theory]
    [InlineData("Ủy ban nhân dân các huyện, thị xã, thành phố")]
    [InlineData("UBND các huyện, thị xã, thành phố")]
    [InlineData("Ủy ban nhân dân huyện Càng Long")]
    public void TheDistrictCommitteesDutiesWentToTheCommunesOfTheNewProvince(string old)
    {
        var step = Next(old, TraVinh);

        Assert.Equal([(SuccessorRules.Communes, true, null)], Shares(step));
        Assert.Equal((July1, SuccessionReason.DistrictLevelEnded), (step.EffectiveOn, step.Reason));
        Assert.Same(VinhLong, step.Unit);
        Assert.Equal("Luật Tổ chức chính quyền địa phương 2025; " + Resolution202, step.LegalBasis);
        Assert.Equal(AgencyKind.Collective, step.Main.Kind);
    }

    [Fact]
    public void InAProvinceNotMergedTheDistrictCommitteesGoToItsOwnCommunes()
    {
        var step = Next("Ủy ban nhân dân các quận, huyện", LangSon);

        Assert.Same(LangSon, step.Unit);
        Assert.Equal("Luật Tổ chức chính quyền địa phương 2025", step.LegalBasis);
    }

    [Theory]
    [InlineData("Sở Y tế", "Sở Y tế")]
    [InlineData("Sở Tài chính", "Sở Tài chính")]
    [InlineData("Sở Y tế tỉnh Trà Vinh", "Sở Y tế")]
    [InlineData("Tỉnh ủy Trà Vinh", "Tỉnh ủy Vĩnh Long")]
    [InlineData("Công an tỉnh", "Công an tỉnh")]
    [InlineData("Các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh")]
    public void ADepartmentOfAMergedProvinceGoesToTheSameDepartmentOfTheNewProvince(string old, string successor)
    {
        var step = Next(old, TraVinh);

        Assert.Equal([(successor, true, null)], Shares(step));
        Assert.Equal((July1, Resolution202, SuccessionReason.ProvincesMerged), (step.EffectiveOn, step.LegalBasis, step.Reason));
        Assert.Same(VinhLong, step.Unit);
    }

    [Fact]
    public void AProvincesBodiesTakeTheCitysWordsWhenTheProvinceMergedIntoACity()
    {
        Assert.Equal("Công an thành phố", Next("Công an tỉnh", HaiDuong).Main.Name);
        Assert.Equal("Văn phòng Ủy ban nhân dân thành phố", Next("Văn phòng Ủy ban nhân dân tỉnh", HaiDuong).Main.Name);
        Assert.Same(HaiPhong, Next("Sở Y tế", OldHaiPhong).Unit);
    }

    [Theory]
    [InlineData("Báo Trà Vinh")]
    [InlineData("Trường Đại học Trà Vinh")]
    [InlineData("Ban Tuyên giáo Huyện ủy")]
    public void APressOrUniversityOrDistrictPartyBodyIsLeftToTheCoordinator(string name) =>
        Assert.Null(SuccessorRules.NextStep(name, AgencyNames.GuessKind(name), TraVinh));

    [Theory]
    [InlineData("Sở Y tế")]
    [InlineData("Sở Tài chính")]
    [InlineData("Sở Nông nghiệp và Môi trường")]
    public void ADepartmentOfAProvinceNotMergedUnderItsNewNameCarriesOn(string name)
    {
        Assert.Null(SuccessorRules.NextStep(name, AgencyKind.Department, LangSon));
        Assert.Null(SuccessorRules.NextStep(name, AgencyKind.Department, VinhLong));
    }

    [Fact]
    public void TheNewProvinceHasNoOldDepartmentsToRename() =>
        Assert.Null(SuccessorRules.NextStep("Sở Kế hoạch và Đầu tư", AgencyKind.Department, VinhLong));

    [Fact]
    public void ThePlanningDepartmentOfTraVinhIsTheFinanceDepartmentOfVinhLongIn2026()
    {
        var chain = SuccessorRules.ChainOn("Sở Kế hoạch và Đầu tư", AgencyKind.Department, TraVinh, new DateOnly(2026, 1, 1));

        Assert.Equal(
            [("Sở Kế hoạch và Đầu tư", "Trà Vinh", "Sở Tài chính", "Trà Vinh", March1, Decree45), ("Sở Tài chính", "Trà Vinh", "Sở Tài chính", "Vĩnh Long", July1, Resolution202)],
            chain.Select(s => (s.FromName, s.FromUnit!.Name, s.Main.Name, s.Unit!.Name, s.EffectiveOn, s.LegalBasis)));
        Assert.Single(SuccessorRules.ChainOn("Sở Kế hoạch và Đầu tư", AgencyKind.Department, TraVinh, new DateOnly(2025, 4, 1)));
        Assert.Empty(SuccessorRules.ChainOn("Sở Kế hoạch và Đầu tư", AgencyKind.Department, TraVinh, new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public void ThePeoplesCommitteeOfKienGiangIsThatOfTheNewAnGiang()
    {
        var chain = SuccessorRules.ChainOn("Ủy ban nhân dân tỉnh Kiên Giang", AgencyKind.PeoplesCommittee, KienGiang, new DateOnly(2025, 8, 1));

        var step = Assert.Single(chain);
        Assert.Same(AnGiang, step.Unit);
        Assert.Equal("Ủy ban nhân dân tỉnh An Giang", LocalNames.WithLocality(step.Main.Name, step.Unit));
    }

    [Fact]
    public void TheInformationDepartmentOfOldHaiPhongEndsUpWithTheScienceDepartmentOfTheNewCity()
    {
        var chain = SuccessorRules.ChainOn("Sở Thông tin và Truyền thông", AgencyKind.Department, OldHaiPhong, new DateOnly(2026, 11, 25));

        Assert.Equal(["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"], chain.Select(s => s.Main.Name));
        Assert.Same(HaiPhong, chain[^1].Unit);
        Assert.True(chain[0].Splits);
    }

    [Fact]
    public void TheTableListsEveryPredecessorOfDesignNotesSection8()
    {
        var names = SuccessorRules.Table.Select(r => r.Predecessor).ToList();

        // Six departments, two Party boards of a province and two of a city, nine central bodies.
        Assert.Equal(19, names.Count);
        Assert.Equal(19, names.Distinct().Count());
        Assert.Contains("Sở Lao động - Thương binh và Xã hội", names);
        Assert.Contains("Ủy ban Dân tộc", names);
        Assert.All(SuccessorRules.Table, r => Assert.Single(r.Successors, s => s.IsMain));
    }
}

public sealed class StandardDepartmentsTests
{
    [Fact]
    public void EveryProvinceHasTwelveDepartmentsACityNamesItsOwnInspectorateAndOffice()
    {
        var city = StandardDepartments.Of(AdministrativeUnitKind.Municipality);

        Assert.Equal(12, StandardDepartments.Every.Count);
        Assert.Contains("Thanh tra thành phố", city);
        Assert.Contains("Văn phòng Ủy ban nhân dân thành phố", city);
        Assert.True(StandardDepartments.IsStandard("Sở KH&CN"));
        Assert.True(StandardDepartments.IsStandard("Sở Dân tộc và Tôn giáo"));
        Assert.False(StandardDepartments.IsStandard("Sở Kế hoạch và Đầu tư"));
    }

    [Theory]
    [InlineData("Sở Tài chính", "Sở Tài chính tỉnh Vĩnh Long")]
    [InlineData("Thanh tra tỉnh", "Thanh tra tỉnh Vĩnh Long")]
    [InlineData("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long")]
    [InlineData("Tỉnh ủy Vĩnh Long", "Tỉnh ủy Vĩnh Long")]
    public void ANameWithItsLocalityReadsAsADocumentPrintsIt(string name, string expected) =>
        Assert.Equal(expected, LocalNames.WithLocality(name, new AdministrativeUnit("86", "Vĩnh Long", AdministrativeUnitKind.Province)));
}
