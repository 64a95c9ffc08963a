using Cascade.Core.Access;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Data;
using Cascade.Data.Identity;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Accounts;

/// <summary>
/// Accounts are created, never self-registered: an administrator creates any account; a coordinator
/// creates reporter accounts for the agencies of their province.
/// </summary>
public static class AccountAdmin
{
    public sealed record AccountRow(string Email, string DisplayName, string Role, string? Scope, bool LockedOut);

    public sealed record Option(int Id, string Name);

    public sealed record Page(IReadOnlyList<AccountRow> Accounts, IReadOnlyList<Role> Roles, IReadOnlyList<Option> Provinces, IReadOnlyList<Option> Agencies);

    public sealed class NewAccount
    {
        public string Email { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public Role Role { get; set; } = Role.AgencyReporter;

        public int? ProvinceId { get; set; }

        public int? AgencyId { get; set; }

        public string Password { get; set; } = string.Empty;
    }

    public sealed class Handler(CascadeDbContext db, CurrentUser user, UserManager<CascadeUser> users, TimeProvider clock)
    {
        public async Task<Page> LoadAsync(CancellationToken cancellationToken)
        {
            var scope = user.Scope;
            // Accounts are opened for the agencies and provinces of today, not for those the 2025 reorganisation ended.
            var today = clock.Today();
            var agencies = await db.VisibleAgencies(scope).Where(a => a.Kind != AgencyKind.Collective && a.AdministrativeUnitId != null)
                .Where(a => a.ValidTo == null || a.ValidTo >= today)
                .OrderBy(a => a.SearchKey).Select(a => new Option(a.Id, a.Name + " — " + db.AdministrativeUnits.Where(u => u.Id == a.AdministrativeUnitId).Select(u => u.Name).First()))
                .ToListAsync(cancellationToken);
            var provinces = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => scope.Role == Role.Administrator || scope.UnitIds.Contains(u.Id))
                .Where(u => (u.Kind == AdministrativeUnitKind.Province || u.Kind == AdministrativeUnitKind.Municipality) && (u.ValidTo == null || u.ValidTo >= today))
                .OrderBy(u => u.NameKey).Select(u => new Option(u.Id, u.Name)).ToListAsync(cancellationToken);

            var unitIds = scope.UnitIds.ToList();
            var accounts = db.Users.AsNoTracking();
            if (scope.Role != Role.Administrator)
            {
                // A coordinator sees the accounts of their province's agencies and of their province.
                accounts = accounts.Where(u => u.AdministrativeUnitId != null && unitIds.Contains(u.AdministrativeUnitId.Value)
                    || u.AgencyId != null && db.Agencies.Any(a => a.Id == u.AgencyId && a.AdministrativeUnitId != null && unitIds.Contains(a.AdministrativeUnitId.Value)));
            }

            var rows = await accounts.OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Email,
                    u.DisplayName,
                    Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                    Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(),
                    Province = db.AdministrativeUnits.Where(x => x.Id == u.AdministrativeUnitId).Select(x => x.Name).FirstOrDefault(),
                    u.LockoutEnd,
                })
                .ToListAsync(cancellationToken);
            var roles = scope.Role == Role.Administrator ? Enum.GetValues<Role>() : [Role.AgencyReporter];
            return new Page(
                rows.Select(r => new AccountRow(r.Email!, r.DisplayName, r.Role ?? "", r.Agency ?? r.Province, r.LockoutEnd > DateTimeOffset.UtcNow)).ToList(),
                roles, provinces, agencies);
        }

        /// <summary>Creates the account, or says in Vietnamese why not.</summary>
        public async Task<string?> CreateAsync(NewAccount input, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var agency = input.AgencyId is { } agencyId
                ? await db.VisibleAgencies(user.Scope).Where(a => a.Id == agencyId).Select(a => new { a.AdministrativeUnitId, a.ValidTo }).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (agency?.ValidTo is { } ended && ended < today)
            {
                return "Cơ quan này đã chấm dứt hoạt động; hãy chọn cơ quan nhận nhiệm vụ của cơ quan này.";
            }

            int? agencyUnit = agency?.AdministrativeUnitId;
            var unit = input.Role == Role.AgencyReporter ? agencyUnit : input.ProvinceId;
            if (!user.Scope.CanCreateAccountFor(input.Role, unit))
            {
                return "Tài khoản của bạn không được tạo tài khoản này.";
            }

            if (input.Role == Role.AgencyReporter && agencyUnit is null)
            {
                return "Hãy chọn cơ quan của tài khoản báo cáo.";
            }

            if (input.Role is Role.Coordinator or Role.Leader && input.ProvinceId is null)
            {
                return "Hãy chọn tỉnh, thành phố của tài khoản.";
            }

            var account = new CascadeUser
            {
                UserName = input.Email.Trim(),
                Email = input.Email.Trim(),
                DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? input.Email.Trim() : input.DisplayName.Trim(),
                AgencyId = input.Role == Role.AgencyReporter ? input.AgencyId : null,
                AdministrativeUnitId = input.Role is Role.Coordinator or Role.Leader ? input.ProvinceId : null,
                EmailConfirmed = true,
            };
            var created = await users.CreateAsync(account, input.Password);
            if (!created.Succeeded)
            {
                return string.Join(" ", created.Errors.Select(Vietnamese).Distinct());
            }

            await users.AddToRoleAsync(account, input.Role.ToString());
            return null;
        }

        private static string Vietnamese(IdentityError error) => error.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => "Thư điện tử này đã có tài khoản.",
            "InvalidEmail" or "InvalidUserName" => "Thư điện tử không đúng dạng.",
            "PasswordTooShort" => "Mật khẩu cần ít nhất 10 ký tự.",
            "PasswordRequiresDigit" => "Mật khẩu cần có chữ số.",
            "PasswordRequiresLower" => "Mật khẩu cần có chữ thường.",
            "PasswordRequiresUpper" => "Mật khẩu cần có chữ hoa.",
            _ => error.Description,
        };
    }
}
