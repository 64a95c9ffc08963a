using System.Security.Claims;
using Cascade.Core.Access;
using Cascade.Data.Auditing;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>The signed-in user of the request: their id and name for the audit trail, their scope for every query.</summary>
public sealed class CurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : "system";

    public string DisplayName => Principal?.FindFirstValue("name") ?? Principal?.Identity?.Name ?? string.Empty;

    public UserScope Scope => Principal is { Identity.IsAuthenticated: true } user
        ? ScopeClaims.ScopeOf(user)
        : new UserScope(Role.AgencyReporter, new HashSet<int>(), new HashSet<int>());
}
