using Cascade.Core.BiotechBase;
using Cascade.Core.Tasks;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>The UI names of the base's kinds, sectors and statuses; the Vietnamese text is the resource key.</summary>
public static class BiotechLabelsUi
{
    public static string OfKind(this IStringLocalizer l, BiotechEntryKind kind) => l[kind switch
    {
        BiotechEntryKind.Enterprise => "Doanh nghiệp",
        BiotechEntryKind.Product => "Sản phẩm công nghệ sinh học",
        BiotechEntryKind.Laboratory => "Phòng thí nghiệm",
        _ => "Đề tài, dự án",
    }];

    public static string OfSector(this IStringLocalizer l, Sector sector) => l[sector switch
    {
        Sector.Agriculture => "Nông nghiệp",
        Sector.Health => "Y tế",
        Sector.Industry => "Công nghiệp",
        Sector.Environment => "Môi trường",
        Sector.DefenceAndSecurity => "Quốc phòng, an ninh",
        _ => "Chung",
    }];

    public static string OfEntryStatus(this IStringLocalizer l, BiotechEntryStatus status) => l[status switch
    {
        BiotechEntryStatus.Active => "Đang hoạt động",
        BiotechEntryStatus.Completed => "Đã hoàn thành",
        _ => "Ngừng hoạt động",
    }];
}
