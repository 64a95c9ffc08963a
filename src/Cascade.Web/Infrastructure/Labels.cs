using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Progress;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Tasks;
using Cascade.Core.Timeframes;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Infrastructure;

/// <summary>The UI names of the domain's kinds; the Vietnamese text is the resource key.</summary>
public static class Labels
{
    public static string Of(this IStringLocalizer l, DocumentKind kind) => l[kind switch
    {
        DocumentKind.Plan => "Kế hoạch",
        DocumentKind.ActionProgram => "Chương trình hành động",
        DocumentKind.Resolution => "Nghị quyết",
        DocumentKind.Decision => "Quyết định",
        _ => "Văn bản khác",
    }];

    public static string Of(this IStringLocalizer l, GovernmentLevel level) => l[level switch
    {
        GovernmentLevel.Central => "Trung ương",
        GovernmentLevel.Ministry => "Bộ, ngành",
        GovernmentLevel.Province => "Tỉnh, thành phố",
        GovernmentLevel.District => "Huyện",
        _ => "Xã, phường",
    }];

    public static string Of(this IStringLocalizer l, TimeframeKind kind) => l[kind switch
    {
        TimeframeKind.Annual => "Hằng năm",
        TimeframeKind.Ongoing => "Thường xuyên",
        TimeframeKind.Deadline => "Có thời hạn",
        TimeframeKind.Range => "Giai đoạn",
        TimeframeKind.Conditional => "Có điều kiện",
        _ => "Chưa xác định",
    }];

    public static string Of(this IStringLocalizer l, ReportingFrequency frequency) => l[frequency switch
    {
        ReportingFrequency.Annual => "Hằng năm",
        ReportingFrequency.Semiannual => "6 tháng",
        ReportingFrequency.Quarterly => "Hằng quý",
        ReportingFrequency.Monthly => "Hằng tháng",
        ReportingFrequency.OnRequest => "Khi có yêu cầu",
        _ => "Định kỳ",
    }];

    public static string Of(this IStringLocalizer l, AgencyKind kind) => l[kind switch
    {
        AgencyKind.PartyBody => "Cơ quan Đảng",
        AgencyKind.PeoplesCommittee => "Ủy ban nhân dân",
        AgencyKind.Department => "Sở, ban, ngành",
        AgencyKind.PeoplesCouncil => "Hội đồng nhân dân",
        AgencyKind.MassOrganisation => "Mặt trận, đoàn thể",
        AgencyKind.Press => "Báo chí",
        AgencyKind.ResearchAndEducation => "Viện, trường, trung tâm",
        AgencyKind.PoliceAndMilitary => "Công an, quân sự",
        AgencyKind.Statistics => "Thống kê",
        AgencyKind.Enterprise => "Doanh nghiệp",
        AgencyKind.Ministry => "Bộ, cơ quan trung ương",
        AgencyKind.Collective => "Tên chung (nhiều cơ quan)",
        _ => "Khác",
    }];

    /// <summary>Where a report stands; no report at all reads "not reported".</summary>
    public static string Of(this IStringLocalizer l, ReportStatus? status) => l[status switch
    {
        ReportStatus.Draft => "Bản nháp",
        ReportStatus.Submitted => "Đã gửi, chờ duyệt",
        ReportStatus.Returned => "Bị trả lại, cần sửa",
        ReportStatus.Accepted => "Đã được chấp nhận",
        _ => "Chưa báo cáo",
    }];

    /// <summary>A task's standing in a year, in the words of Vietnamese task-tracking reports (design notes §4).</summary>
    public static string Of(this IStringLocalizer l, ProgressStatus status) => l[status switch
    {
        ProgressStatus.DoneOnTime => "Hoàn thành đúng hạn",
        ProgressStatus.DoneLate => "Hoàn thành quá hạn",
        ProgressStatus.InProgress => "Đang thực hiện trong hạn",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.NotStarted => "Chưa đến hạn, chưa triển khai",
        ProgressStatus.AwaitingEvent => "Chờ văn bản của cấp trên",
        _ => "Không áp dụng trong năm",
    }];

    public static string Of(this IStringLocalizer l, SolutionGroup group) => l[group switch
    {
        SolutionGroup.Awareness => "Nâng cao nhận thức",
        SolutionGroup.LawsAndPolicies => "Thể chế, cơ chế, chính sách, pháp luật",
        SolutionGroup.DevelopmentAndApplication => "Phát triển, ứng dụng công nghệ sinh học",
        SolutionGroup.HumanResourcesAndFacilities => "Nguồn nhân lực, cơ sở vật chất",
        SolutionGroup.InternationalCooperation => "Hợp tác quốc tế",
        _ => "Nhiệm vụ khác",
    }];

    public static string Of(this IStringLocalizer l, Sector sector) => l[sector switch
    {
        Sector.Agriculture => "Nông nghiệp, thủy sản, lâm nghiệp",
        Sector.Health => "Y tế",
        Sector.Industry => "Công nghiệp",
        Sector.Environment => "Môi trường",
        Sector.DefenceAndSecurity => "Quốc phòng, an ninh",
        _ => "Chung, nhiều lĩnh vực",
    }];
}
