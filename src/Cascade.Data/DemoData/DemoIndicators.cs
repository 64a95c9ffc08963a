using Cascade.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.DemoData;

/// <summary>
/// Baselines and yearly values for the demo plans' indicators, so that the indicator pages show each
/// state: on and off track, a target measured against 2030 still waiting for its baseline, a
/// baseline with no yearly value yet. The figures are made up for the demo and their source says so.
/// </summary>
internal static class DemoIndicators
{
    private const string Demo = "Dữ liệu mẫu: ";

    /// <summary>A value of a demo plan's target: the plan by number or locality, the target by its order.</summary>
    private sealed record Figure(string Plan, int Target, int Year, decimal Value, bool IsBaseline, string Source);

    /// <summary>The agency entering each plan's values: its Department of Science and Technology.</summary>
    private const string Responsible = "Sở Khoa học và Công nghệ";

    private static readonly Figure[] Figures =
    [
        // Trà Vinh: GRDP growth share off track; enterprises against 2030 without a baseline yet; the 2045 range on track.
        new("105/KH-UBND", 0, 2023, 2.1m, true, "Niên giám thống kê tỉnh Trà Vinh 2023"),
        new("105/KH-UBND", 0, 2024, 2.6m, false, "Niên giám thống kê tỉnh Trà Vinh 2024"),
        new("105/KH-UBND", 0, 2025, 3.0m, false, "Báo cáo kinh tế - xã hội năm 2025 của UBND tỉnh"),
        new("105/KH-UBND", 1, 2024, 18m, false, "Báo cáo của Sở Khoa học và Công nghệ"),
        new("105/KH-UBND", 1, 2025, 21m, false, "Báo cáo của Sở Khoa học và Công nghệ"),
        new("105/KH-UBND", 2, 2023, 2.1m, true, "Niên giám thống kê tỉnh Trà Vinh 2023"),
        new("105/KH-UBND", 2, 2025, 3.0m, false, "Báo cáo kinh tế - xã hội năm 2025 của UBND tỉnh"),

        // An Giang: growth of investment on track, locally made products off track, GRDP on track, the 2045 share with a baseline only.
        new("457/KH-UBND", 0, 2023, 1250m, true, "Báo cáo của Sở Kế hoạch và Đầu tư (tỷ đồng)"),
        new("457/KH-UBND", 0, 2025, 1480m, false, "Báo cáo của Sở Tài chính (tỷ đồng)"),
        new("457/KH-UBND", 1, 2023, 22m, true, "Điều tra của Sở Khoa học và Công nghệ"),
        new("457/KH-UBND", 1, 2025, 27m, false, "Điều tra của Sở Khoa học và Công nghệ"),
        new("457/KH-UBND", 2, 2023, 3.2m, true, "Niên giám thống kê tỉnh An Giang 2023"),
        new("457/KH-UBND", 2, 2024, 3.9m, false, "Niên giám thống kê tỉnh An Giang 2024"),
        new("457/KH-UBND", 2, 2025, 4.6m, false, "Báo cáo kinh tế - xã hội năm 2025 của UBND tỉnh"),
        new("457/KH-UBND", 3, 2023, 64m, true, "Báo cáo của Sở Kế hoạch và Đầu tư"),
        new("457/KH-UBND", 3, 2025, 71m, false, "Báo cáo của Sở Tài chính"),
        new("457/KH-UBND", 4, 2023, 3.2m, true, "Niên giám thống kê tỉnh An Giang 2023"),

        // Lạng Sơn: enterprises and cooperatives on track.
        new("Lạng Sơn", 0, 2023, 36m, true, "Báo cáo của Sở Kế hoạch và Đầu tư"),
        new("Lạng Sơn", 0, 2024, 40m, false, "Báo cáo của Sở Kế hoạch và Đầu tư"),
        new("Lạng Sơn", 0, 2025, 45m, false, "Báo cáo của Sở Tài chính"),
    ];

    public static async Task SeedAsync(CascadeDbContext db, CancellationToken cancellationToken)
    {
        var responsibleKey = AgencyNames.Key(Responsible);
        foreach (var byPlan in Figures.GroupBy(f => f.Plan))
        {
            var plan = await db.Plans.Include(p => p.Targets).ThenInclude(t => t.Values).AsSplitQuery()
                .FirstOrDefaultAsync(p => p.NumberKey == byPlan.Key.ToUpperInvariant() || (p.Number == null && p.Locality == byPlan.Key), cancellationToken);
            if (plan is null)
            {
                continue;
            }

            var responsible = await db.Tasks.Where(t => t.PlanId == plan.Id).SelectMany(t => t.Assignments)
                .Where(a => a.CurrentAgency!.NameKey == responsibleKey)
                .Select(a => (int?)a.CurrentAgencyId).FirstOrDefaultAsync(cancellationToken);
            var targets = plan.Targets.OrderBy(t => t.Order).ToList();
            foreach (var figure in byPlan.Where(f => f.Target < targets.Count))
            {
                var target = targets[figure.Target];
                var measuredOn = new DateOnly(figure.Year + 1, 3, 15);
                var enteredAt = new DateTimeOffset(measuredOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
                target.Record(figure.Year, figure.Value, figure.IsBaseline, Demo + figure.Source, measuredOn, Guid.Empty, enteredAt);
                target.AssignResponsibility(responsible);
                target.Publish(figure.Target == 0);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
