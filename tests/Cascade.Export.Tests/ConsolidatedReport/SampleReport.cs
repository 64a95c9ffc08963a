using Cascade.Core.Progress;
using Cascade.Core.Targets;
using Cascade.Data.Progress;
using Cascade.Export.ConsolidatedReport;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>A report model built by hand: Trà Vinh's plan 105/KH-UBND in 2025, two groups, one indicator.</summary>
internal static class SampleReport
{
    public static ConsolidatedReportModel Model(DateOnly? date = null, bool withReports = true) => new()
    {
        Issuer = new ReportIssuer("UBND tỉnh Trà Vinh", "Sở Khoa học và Công nghệ", "SKHCN", "Trà Vinh", "Ủy ban nhân dân tỉnh", "UBND tỉnh"),
        Plan = new CitedPlan("Kế hoạch", "105/KH-UBND", new DateOnly(2024, 5, 7), "Ủy ban nhân dân tỉnh Trà Vinh", "Triển khai Nghị quyết số 36-NQ/TW"),
        Year = 2025,
        AsOf = new DateOnly(2025, 12, 10),
        Date = date,
        Groups =
        [
            new TaskGroup("Thống nhất nhận thức", [
                Task("I.1", "Quán triệt, phổ biến Nghị quyết số 36-NQ/TW", "Sở Khoa học và Công nghệ", null, ProgressStatus.DoneOnTime, 100, "Đã tổ chức 3 hội nghị."),
                Task("I.2", "Tuyên truyền trên báo, đài", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", ProgressStatus.InProgress, 60, "Đã đăng 12 tin bài.\nĐang xây dựng chuyên mục."),
            ]),
            new TaskGroup("Phát triển nguồn nhân lực", [
                Task("IV.1", "Đào tạo nguồn nhân lực", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", ProgressStatus.Overdue, 30, null, daysOverdue: 10),
                Task("IV.2", "Đầu tư cơ sở vật chất", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", ProgressStatus.NotStarted, null, null),
                Task("IV.3", "Xây dựng đề án đã xong năm trước", "Sở Khoa học và Công nghệ", null, ProgressStatus.NotApplicable, 100, "Đã ban hành đề án."),
            ]),
        ],
        Indicators =
        [
            new IndicatorLine("đóng góp 7% vào tăng trưởng GRDP của tỉnh", 2030, 7, null, "%", null, IndicatorMeasure.Level,
                new IndicatorReading(2023, 2m, "Niên giám thống kê", new DateOnly(2024, 6, 1), 1, Guid.Empty, DateTimeOffset.UnixEpoch),
                new IndicatorReading(2025, 4.5m, "Cục Thống kê", new DateOnly(2025, 11, 1), 2, Guid.Empty, DateTimeOffset.UnixEpoch),
                IndicatorProgress.Evaluate(IndicatorMeasure.Level, 2030, 7, new Measurement(2023, 2m), new Measurement(2025, 4.5m))),
            new IndicatorLine("Tăng ít nhất 20% số lượng doanh nghiệp công nghệ sinh học so với năm 2030", 2045, 20, null, "%", 2030, IndicatorMeasure.Growth,
                null, null, IndicatorProgress.Evaluate(IndicatorMeasure.Growth, 2045, 20, null, null)),
        ],
        Reporting = withReports
            ? new ReportingSummary(1, [new AgencyReporting("Sở Khoa học và Công nghệ", 2, 2, 0, 0), new AgencyReporting("Sở Nội vụ", 1, 0, 1, 0), new AgencyReporting("Sở Tài chính", 1, 0, 0, 1)])
            : new ReportingSummary(1, [new AgencyReporting("Sở Khoa học và Công nghệ", 2, 0, 0, 2)]),
        Remarks = withReports
            ? [new AgencyRemarks("Sở Nội vụ", [new Remark("Chậm do phải chờ hướng dẫn và kinh phí.", ["IV.1"])], [new Remark("Đề nghị bố trí kinh phí sớm.", ["IV.1"])])]
            : [],
        Recipients = ["UBND tỉnh (b/c)", "Bộ Khoa học và Công nghệ (b/c)", "Các cơ quan chủ trì nhiệm vụ"],
    };

    private static TaskLine Task(string taskRef, string title, string holder, string? printed, ProgressStatus status, int? percent, string? results, int? daysOverdue = null) =>
        new(taskRef, title, holder, printed ?? holder, "Hằng năm", new DateOnly(2025, 11, 30), status, daysOverdue, percent, results);
}
