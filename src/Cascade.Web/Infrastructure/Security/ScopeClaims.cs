using System.Globalization;
using System.Security.Claims;
using Cascade.Core.Access;
using Cascade.Core.AdministrativeUnits;
using Cascade.Data;
using Cascade.Data.Identity;
using Cascade.Data.Reorganisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>The claims that carry a user's scope: their agency and their province, beside their role.</summary>
public static class ScopeClaims
{
    public const string Agency = "cascade:agency";
    public const string Unit = "cascade:unit";

    /// <summary>The scope a signed-in user works in; an unknown or missing role sees nothing.</summary>
    public static UserScope ScopeOf(ClaimsPrincipal user)
    {
        var units = user.FindAll(Unit).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToHashSet();
        var agencies = user.FindAll(Agency).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToHashSet();
        Role? role = Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => user.IsInRole(r!.Value.ToString()));
        return role switch
        {
            Role.Administrator => UserScope.Administrator,
            Role.NationalViewer => UserScope.NationalViewer,
            Role.Coordinator => new UserScope(Role.Coordinator, units, new HashSet<int>()),
            Role.Leader => new UserScope(Role.Leader, units, new HashSet<int>()),
            Role.AgencyReporter => new UserScope(Role.AgencyReporter, new HashSet<int>(), agencies),
            _ => new UserScope(Role.AgencyReporter, new HashSet<int>(), new HashSet<int>()),
        };
    }
}

/// <summary>
/// Adds the agency and province of an account to the claims written into its cookie or token. A
/// province's scope takes in the old provinces merged into it in 2025, so the coordinator of Vĩnh Long
/// manages the plans Trà Vinh issued.
/// </summary>
public sealed class ScopeClaimsFactory(UserManager<CascadeUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, CascadeDbContext db)
    : UserClaimsPrincipalFactory<CascadeUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CascadeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(ScopeClaims.Agency, agency.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.AdministrativeUnitId is { } unit)
        {
            foreach (var id in await db.WithPredecessorsAsync(unit))
            {
                identity.AddClaim(new Claim(ScopeClaims.Unit, id.ToString(CultureInfo.InvariantCulture)));
            }
        }

        identity.AddClaim(new Claim("name", user.DisplayName));
        return identity;
    }
}
