using Cascade.Core.Access;
using Cascade.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Generation;

/// <summary>
/// The accounts a generated dataset is used with (password <see cref="Password"/>): an administrator,
/// a national viewer, the first province's coordinator, its department of science and technology
/// as reporter, and the first commune's people's committee as reporter. Roles are created when missing,
/// as the web app would at start.
/// </summary>
public static class GeneratedAccounts
{
    public const string Password = "Cascade@2026";

    public const string Administrator = "admin@cascade.local";
    public const string NationalViewer = "trunguong@cascade.local";
    public const string Coordinator = "dieuphoi.tinh@cascade.local";
    public const string ProvinceReporter = "baocao.skhcn@cascade.local";
    public const string CommuneReporter = "baocao.xa@cascade.local";

    internal static async Task<int> CreateAsync(CascadeDbContext db, SyntheticCountry country, CancellationToken cancellationToken)
    {
        var roles = new Dictionary<Role, Guid>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var name = role.ToString();
            var existing = await db.Roles.FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
            if (existing is null)
            {
                existing = new IdentityRole<Guid>(name) { Id = Guid.NewGuid(), NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() };
                db.Roles.Add(existing);
            }

            roles[role] = existing.Id;
        }

        var province = country.Units[0];
        var commune = country.Units.FirstOrDefault(u => u.ParentId is not null);
        var accounts = new List<(string Email, string Name, Role Role, int? Unit, int? Agency)>
        {
            (Administrator, "Quản trị hệ thống", Role.Administrator, null, null),
            (NationalViewer, "Theo dõi toàn quốc", Role.NationalViewer, null, null),
            (Coordinator, $"Sở KH&CN {province.Unit.Name} (điều phối)", Role.Coordinator, province.Id, null),
            (ProvinceReporter, $"Sở KH&CN {province.Unit.Name} (báo cáo)", Role.AgencyReporter, null, country.AgenciesOfUnit[0][0].Id),
        };
        if (commune is not null)
        {
            accounts.Add((CommuneReporter, $"UBND {commune.Unit.FullName}", Role.AgencyReporter, null, country.AgenciesOfUnit[country.Units.IndexOf(commune)][0].Id));
        }

        var hasher = new PasswordHasher<CascadeUser>();
        foreach (var (email, name, role, unit, agency) in accounts)
        {
            var user = new CascadeUser
            {
                Id = Guid.NewGuid(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name,
                AdministrativeUnitId = unit,
                AgencyId = agency,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
        }

        await db.SaveChangesAsync(cancellationToken);
        return accounts.Count;
    }
}
