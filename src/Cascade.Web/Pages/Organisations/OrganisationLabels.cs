using Cascade.Core.Organisations;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Organisations;

/// <summary>The UI names of organisations' kinds and of an application's state; the Vietnamese text is the resource key.</summary>
public static class OrganisationLabels
{
    public static string OfOrganisation(this IStringLocalizer l, OrganisationKind kind) => l[kind switch
    {
        OrganisationKind.Enterprise => "Doanh nghiệp",
        OrganisationKind.Institute => "Viện, trung tâm nghiên cứu",
        OrganisationKind.School => "Trường đại học, cao đẳng, phổ thông",
        OrganisationKind.Cooperative => "Hợp tác xã",
        _ => "Hội, hiệp hội, tổ chức khác",
    }];

    public static string OfParticipation(this IStringLocalizer l, ParticipationStatus status) => l[status switch
    {
        ParticipationStatus.Applied => "Chờ xem xét",
        ParticipationStatus.Accepted => "Đã chấp nhận",
        _ => "Không chấp nhận",
    }];
}
