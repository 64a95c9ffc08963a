using Microsoft.AspNetCore.Identity;

namespace Cascade.Data.Identity;

/// <summary>An account. Scoped to one agency or one province where its role says so.</summary>
public sealed class CascadeUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The agency an agency reporter reports for.</summary>
    public int? AgencyId { get; set; }

    /// <summary>The province a coordinator or leader works in.</summary>
    public int? AdministrativeUnitId { get; set; }
}
