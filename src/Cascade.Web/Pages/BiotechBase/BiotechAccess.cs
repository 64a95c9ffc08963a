using Cascade.Core.Access;
using Cascade.Web.Pages.Coverage;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>
/// Who reads and who keeps a province's base: the province's coordinator keeps it; its leaders read
/// it; administrators and national viewers read every province's, administrators keep any.
/// Provinces are those of today: an account of old Trà Vinh works on Vĩnh Long's base.
/// </summary>
public static class BiotechAccess
{
    public static IReadOnlyList<ProvinceRow> Readable(UserScope scope, ProvinceMap map) => scope.Role switch
    {
        Role.Administrator or Role.NationalViewer => map.Current,
        Role.Coordinator or Role.Leader => map.Current.Where(p => scope.UnitIds.Any(u => map.ProvinceOf(u) == p.Id)).ToList(),
        _ => [],
    };

    public static bool MayKeep(UserScope scope, ProvinceMap map, int provinceId) => scope.Role switch
    {
        Role.Administrator => true,
        Role.Coordinator => scope.UnitIds.Any(u => map.ProvinceOf(u) == provinceId),
        _ => false,
    };
}
