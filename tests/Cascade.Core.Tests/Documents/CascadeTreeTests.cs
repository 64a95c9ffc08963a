using Cascade.Core.Documents;

namespace Cascade.Core.Tests.Documents;

public sealed class CascadeTreeTests
{
    private static CascadeDocument Doc(int id, string? number, GovernmentLevel level, string issuer, params string[] implements) =>
        new(id, number is null ? null : DocumentNumber.Parse(number), level, issuer, implements.Select(DocumentNumber.Parse).ToList());

    [Fact]
    public void AProvincePlanSitsUnderItsPartyCommitteesProgramWhichSitsUnderThePolitburo()
    {
        var tree = CascadeTree.Build([Doc(1, "105/KH-UBND", GovernmentLevel.Province, "Ủy ban nhân dân tỉnh Trà Vinh", "138-KH/TU", "36-NQ/TW")]);

        var root = Assert.Single(tree);
        Assert.Equal("36-NQ/TW", root.Number!.Text);
        Assert.True(root.IsReferenced);
        var program = Assert.Single(root.Children);
        Assert.Equal("138-KH/TU", program.Number!.Text);
        var plan = Assert.Single(program.Children);
        Assert.Equal(1, plan.PlanId);
    }

    [Fact]
    public void APartyProgramIsNeverPlacedUnderTheGovernmentsResolution()
    {
        // The plan names the Party program, the Politburo resolution and the Government's program.
        var tree = CascadeTree.Build([Doc(1, "457/KH-UBND", GovernmentLevel.Province, "Ủy ban nhân dân tỉnh An Giang", "24-CTr/TU", "36-NQ/TW", "189/NQ-CP")]);

        var root = Assert.Single(tree);
        Assert.Equal("36-NQ/TW", root.Number!.Text);
        Assert.Equal(["189/NQ-CP", "24-CTr/TU"], root.Children.Select(c => c.Number!.Text).Order(StringComparer.Ordinal));
        var partyProgram = root.Children.Single(c => c.Number!.Text == "24-CTr/TU");
        Assert.Equal(1, Assert.Single(partyProgram.Children).PlanId);
    }

    [Fact]
    public void ADistrictPartyPlanWithoutNumberSitsUnderTheProvincesPartyPlan()
    {
        var tree = CascadeTree.Build([Doc(7, null, GovernmentLevel.District, "Ban Thường vụ Huyện ủy", "114-KH/TU", "36-NQ/TW", "189/NQ-CP")]);

        var provincePlan = Assert.Single(tree).Children.Single(c => c.Number?.Text == "114-KH/TU");
        Assert.Equal(7, Assert.Single(provincePlan.Children).PlanId);
    }

    [Fact]
    public void ALoadedParentIsOneNodeWithItsChildren()
    {
        var tree = CascadeTree.Build(
        [
            Doc(1, "24-CTr/TU", GovernmentLevel.Province, "Ban Chấp hành Đảng bộ tỉnh An Giang", "36-NQ/TW"),
            Doc(2, "457/KH-UBND", GovernmentLevel.Province, "Ủy ban nhân dân tỉnh An Giang", "24-CTr/TU", "36-NQ/TW"),
        ]);

        var program = Assert.Single(Assert.Single(tree).Children);
        Assert.Equal(1, program.PlanId);
        Assert.Equal(2, Assert.Single(program.Children).PlanId);
    }

    [Fact]
    public void ADocumentThatImplementsNothingKnownIsARoot()
    {
        var tree = CascadeTree.Build([Doc(3, "12/KH-UBND", GovernmentLevel.Province, "Ủy ban nhân dân tỉnh X")]);

        Assert.Equal(3, Assert.Single(tree).PlanId);
    }
}
