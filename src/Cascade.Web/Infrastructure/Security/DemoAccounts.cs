using Cascade.Core.Access;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Text;
using Cascade.Data;
using Cascade.Data.Identity;
using Cascade.Data.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>
/// The demo accounts, one or more of each role, created with the demo data and printed at start.
/// They exist only where the demo data is loaded (Cascade:SeedDemoData).
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Cascade@2026";

    public sealed record Account(string Email, string DisplayName, Role Role, string? Province = null, string? Agency = null);

    public static readonly Account Administrator = new("admin@cascade.local", "Quản trị hệ thống", Role.Administrator);

    // Today is late 2026: Trà Vinh is part of Vĩnh Long, whose Sở KH&CN coordinates the plans Trà Vinh issued.
    public static readonly Account CoordinatorTraVinh = new("dieuphoi.travinh@cascade.local", "Sở KH&CN Vĩnh Long (điều phối, địa bàn Trà Vinh cũ)", Role.Coordinator, "Vĩnh Long");
    public static readonly Account CoordinatorVinhLong = new("dieuphoi.vinhlong@cascade.local", "Sở KH&CN Vĩnh Long (điều phối)", Role.Coordinator, "Vĩnh Long");
    public static readonly Account CoordinatorHaiPhong = new("dieuphoi.haiphong@cascade.local", "Sở KH&CN Hải Phòng (điều phối)", Role.Coordinator, "Hải Phòng");
    public static readonly Account ReporterHealthHaiPhong = new("baocao.syt.haiphong@cascade.local", "Sở Y tế Hải Phòng", Role.AgencyReporter, "Hải Phòng", "Sở Y tế");
    public static readonly Account ReporterScienceHaiPhong = new("baocao.skhcn.haiphong@cascade.local", "Sở KH&CN Hải Phòng (báo cáo)", Role.AgencyReporter, "Hải Phòng", "Sở Khoa học và Công nghệ");
    public static readonly Account ReporterScienceTraVinh = new("baocao.skhcn.travinh@cascade.local", "Sở KH&CN Vĩnh Long (báo cáo, địa bàn Trà Vinh cũ)", Role.AgencyReporter, "Vĩnh Long", "Sở Khoa học và Công nghệ");
    public static readonly Account ReporterFinanceVinhLong = new("baocao.stc.vinhlong@cascade.local", "Sở Tài chính Vĩnh Long (báo cáo)", Role.AgencyReporter, "Vĩnh Long", "Sở Tài chính");
    public static readonly Account LeaderTraVinh = new("lanhdao.travinh@cascade.local", "Lãnh đạo UBND tỉnh Vĩnh Long", Role.Leader, "Vĩnh Long");
    public static readonly Account NationalViewer = new("trunguong@cascade.local", "Theo dõi toàn quốc", Role.NationalViewer);

    public static IReadOnlyList<Account> All { get; } =
    [
        Administrator, CoordinatorTraVinh, CoordinatorVinhLong, CoordinatorHaiPhong, ReporterHealthHaiPhong, ReporterScienceHaiPhong,
        ReporterScienceTraVinh, ReporterFinanceVinhLong, LeaderTraVinh, NationalViewer,
    ];

    /// <summary>Creates the roles (always) and the demo accounts (when demo data is on) that do not exist yet.</summary>
    public static async Task SeedAsync(IServiceProvider services, bool withDemoAccounts, CancellationToken cancellationToken = default)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Enum.GetNames<Role>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        if (!withDemoAccounts)
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<CascadeUser>>();
        var db = services.GetRequiredService<CascadeDbContext>();
        var today = services.GetRequiredService<TimeProvider>().Today();
        foreach (var account in All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            int? unitId = null, agencyId = null;
            if (account.Province is { } province)
            {
                // The province as it is today (the new Hải Phòng, not the city before the merger).
                var key = VietnameseText.Fold(province);
                var units = await db.AdministrativeUnits.AsNoTracking().Where(u => u.NameKey == key).ToListAsync(cancellationToken);
                unitId = UnitTimeline.ExistingOn(units, today)?.Id;
            }

            if (account.Agency is { } agency && unitId is not null)
            {
                var key = Core.Agencies.AgencyNames.Key(agency);
                agencyId = await db.Agencies.Where(a => a.AdministrativeUnitId == unitId && a.NameKey == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            }

            var user = new CascadeUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                AdministrativeUnitId = account.Role is Role.Coordinator or Role.Leader ? unitId : null,
                AgencyId = account.Role == Role.AgencyReporter ? agencyId : null,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, account.Role.ToString());
        }
    }
}
