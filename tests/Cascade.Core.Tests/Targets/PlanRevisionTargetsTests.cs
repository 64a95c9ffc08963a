using Cascade.Core.Documents;
using Cascade.Core.Targets;

namespace Cascade.Core.Tests.Targets;

/// <summary>
/// A newer version of a plan keeps the indicators it still has, with their values; a clause it
/// drops is removed, or withdrawn (still readable) when values were measured against it.
/// </summary>
public sealed class PlanRevisionTargetsTests
{
    private static readonly DateTimeOffset Revised = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);

    private static Plan PlanWith(params Target[] targets)
    {
        var plan = new Plan(DocumentKind.Plan, DocumentNumber.Parse("105/KH-UBND"), new DateOnly(2023, 11, 3), "UBND tỉnh Trà Vinh",
            GovernmentLevel.Province, "Trà Vinh", null, "Kế hoạch thực hiện Nghị quyết 36");
        foreach (var target in targets)
        {
            plan.AddTarget(target);
        }

        return plan;
    }

    private static Plan Newer(params Target[] targets)
    {
        var plan = PlanWith(targets);
        plan.ImportedAt = Revised;
        return plan;
    }

    private static Target Grdp() => new(2030, "đóng góp 7% vào tăng trưởng GRDP của tỉnh", 7m, null, "%", null);

    private static Target Enterprises() => new(2045, "Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", 20m, null, "%", 2030);

    private static void Measure(Target target, int year, decimal value) =>
        target.Record(year, value, isBaseline: false, "Niên giám thống kê", new DateOnly(year + 1, 2, 1), Guid.Empty, Revised.AddYears(-1));

    [Fact]
    public void AClauseTheNewerVersionKeepsWordForWordKeepsItsValues()
    {
        var grdp = Grdp();
        Measure(grdp, 2024, 3.1m);
        var plan = PlanWith(grdp, Enterprises());
        plan.ImportedAt = Revised;

        plan.Revise(Newer(Grdp(), Enterprises()));

        Assert.Same(grdp, plan.Targets[0]);
        Assert.Equal(3.1m, Assert.Single(plan.Targets[0].Values).Value);
    }

    [Fact]
    public void ARewordedClauseWithTheSameNumberKeepsItsValuesAndTakesTheNewWords()
    {
        var grdp = Grdp();
        Measure(grdp, 2024, 3.1m);
        var plan = PlanWith(grdp);

        plan.Revise(Newer(new Target(2030, "công nghệ sinh học đóng góp 7% vào tăng trưởng GRDP toàn tỉnh", 7m, null, "%", null)));

        var kept = Assert.Single(plan.Targets);
        Assert.Same(grdp, kept);
        Assert.Equal("công nghệ sinh học đóng góp 7% vào tăng trưởng GRDP toàn tỉnh", kept.Text);
        Assert.Single(kept.Values);
    }

    [Fact]
    public void ARewordedClauseDoesNotTakeTheValuesOfAnotherClauseTheNewerVersionKeeps()
    {
        // Two clauses of An Giang share 2030, 50 and %; the newer version rewords the second and lists it first.
        var investment = new Target(2030, "các tổ chức công nghiệp sinh học tăng 50% về quy mô đầu tư", 50m, null, "%", null);
        var products = new Target(2030, "sản xuất ít nhất 50% sản phẩm công nghệ sinh học hiện có", 50m, null, "%", null);
        Measure(investment, 2025, 20m);
        Measure(products, 2025, 35m);
        var plan = PlanWith(investment, products);

        plan.Revise(Newer(
            new Target(2030, "sản xuất được ít nhất 50% sản phẩm công nghệ sinh học hiện có trên thị trường", 50m, null, "%", null),
            new Target(2030, "các tổ chức công nghiệp sinh học tăng 50% về quy mô đầu tư", 50m, null, "%", null)));

        Assert.Same(products, plan.Targets[0]);
        Assert.Equal(35m, plan.Targets[0].Values.Single().Value);
        Assert.Same(investment, plan.Targets[1]);
        Assert.Equal(20m, plan.Targets[1].Values.Single().Value);
    }

    [Fact]
    public void ADroppedClauseWithoutValuesIsRemoved()
    {
        var plan = PlanWith(Grdp(), Enterprises());

        plan.Revise(Newer(Grdp()));

        Assert.Equal(["đóng góp 7% vào tăng trưởng GRDP của tỉnh"], plan.Targets.Select(t => t.Text));
    }

    [Fact]
    public void ADroppedClauseWithValuesIsWithdrawnAndKeepsThem()
    {
        var enterprises = Enterprises();
        Measure(enterprises, 2030, 120m);
        var plan = PlanWith(Grdp(), enterprises);
        plan.ImportedAt = Revised;

        plan.Revise(Newer(Grdp()));

        Assert.Same(enterprises, plan.Targets[1]);
        Assert.Equal(Revised, enterprises.WithdrawnAt);
        Assert.Single(enterprises.Values);
        Assert.Null(plan.Targets[0].WithdrawnAt);
    }

    [Fact]
    public void AWithdrawnClauseThatComesBackIsInForceAgainWithItsValues()
    {
        var enterprises = Enterprises();
        Measure(enterprises, 2030, 120m);
        var plan = PlanWith(Grdp(), enterprises);
        plan.ImportedAt = Revised;
        plan.Revise(Newer(Grdp()));

        plan.Revise(Newer(Grdp(), Enterprises()));

        Assert.Equal(2, plan.Targets.Count);
        Assert.Same(enterprises, plan.Targets[1]);
        Assert.Null(enterprises.WithdrawnAt);
        Assert.Single(enterprises.Values);
    }

    [Fact]
    public void TheClausesTakeTheNewerVersionsOrderAndNewOnesAreAdded()
    {
        var grdp = Grdp();
        var plan = PlanWith(grdp);

        plan.Revise(Newer(Enterprises(), Grdp()));

        Assert.Equal([0, 1], plan.Targets.Select(t => t.Order));
        Assert.Same(grdp, plan.Targets[1]);
        Assert.Equal(2030, plan.Targets[0].RelativeTo);
    }
}
