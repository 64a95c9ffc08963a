using Cascade.Core.Agencies;

namespace Cascade.Core.Tests.Agencies;

public sealed class AgencyTests
{
    [Fact]
    public void ASuccessionEndsThePredecessorOnTheDayBeforeItTakesEffect()
    {
        var planning = new Agency("Sở Kế hoạch và Đầu tư", AgencyKind.Department, 1);
        var finance = new Agency("Sở Tài chính", AgencyKind.Department, 1);

        var succession = planning.SucceededBy(finance, new DateOnly(2025, 2, 28), "Nghị định 45/2025/NĐ-CP");

        Assert.Equal(new DateOnly(2025, 3, 1), succession.EffectiveOn);
        Assert.True(planning.ExistsOn(new DateOnly(2025, 2, 28)));
        Assert.False(planning.ExistsOn(new DateOnly(2025, 3, 1)));
        Assert.True(finance.ExistsOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void AnAgencyIsKnownByItsAliases()
    {
        var science = new Agency("Sở Khoa học và Công nghệ", AgencyKind.Department, 1);
        science.AddAlias("Sở KH-CN");
        science.AddAlias("Sở KH&CN");

        Assert.True(science.IsKnownAs("sở khoa học và công nghệ"));
        Assert.Empty(science.Aliases); // both aliases expand to the name itself
        science.AddAlias("Sở Khoa học - Công nghệ");
        Assert.Single(science.Aliases);
        Assert.True(science.IsKnownAs("SỞ KHOA HỌC - CÔNG NGHỆ"));
    }

    [Fact]
    public void AnAgencyCannotSucceedItself()
    {
        var health = new Agency("Sở Y tế", AgencyKind.Department, 1);

        Assert.Throws<ArgumentException>(() => health.SucceededBy(health, new DateOnly(2025, 6, 30), "x"));
    }

    [Fact]
    public void AnAgencyNeedsAName() =>
        Assert.Throws<ArgumentException>(() => new Agency("  ", AgencyKind.Other, null));
}
