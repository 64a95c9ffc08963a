using Cascade.Core.Progress;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Progress;
using Cascade.Export.Tables;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Export.Registers;

/// <summary>A task of the register with its standing in the year, as the exports give it.</summary>
public sealed record RegisterTask(
    string Ref,
    string? Group,
    string Title,
    string? Lead,
    string? LeadPrinted,
    IReadOnlyList<string> Coordinating,
    string? Timeframe,
    DateOnly? DueOn,
    string? Product,
    ProgressStatus Status,
    string StatusText,
    int? Percent,
    string? Results);

/// <summary>A plan's task register with the statuses of a year, as of a day (the JSON export's shape).</summary>
public sealed record TaskRegister(int PlanId, string? Plan, string Issuer, int Year, DateOnly AsOf, IReadOnlyList<RegisterTask> Tasks)
{
    /// <summary>
    /// The register as a table: today's lead agency with the name the plan printed beside it, the
    /// coordinating agencies as printed, the year's due day as a date, the status and the latest report.
    /// </summary>
    public ExportTable ToTable() => new(
        "Danh mục nhiệm vụ",
        [
            new ExportColumn("TT", 8),
            new ExportColumn("Nhóm nhiệm vụ, giải pháp", 30),
            new ExportColumn("Nội dung nhiệm vụ", 60),
            new ExportColumn("Cơ quan chủ trì", 28),
            new ExportColumn("Tên trong kế hoạch", 28),
            new ExportColumn("Cơ quan phối hợp", 36),
            new ExportColumn("Thời hạn", 18),
            new ExportColumn($"Hạn năm {Year}", 13, ColumnKind.Date),
            new ExportColumn("Sản phẩm", 24),
            new ExportColumn($"Tình trạng năm {Year}", 22),
            new ExportColumn("% hoàn thành", 12, ColumnKind.Number),
            new ExportColumn("Kết quả", 60),
        ],
        Tasks.Select(t => (IReadOnlyList<object?>)
        [
            t.Ref, t.Group, t.Title, t.Lead, t.LeadPrinted, string.Join("; ", t.Coordinating), t.Timeframe, t.DueOn, t.Product, t.StatusText, t.Percent, t.Results,
        ]).ToList());

    public byte[] ToJson() => ExportJson.Write(this);

    /// <summary>The register of a plan for a year: the tasks given (already narrowed to the reader's), classified by <see cref="TaskProgressQuery"/>.</summary>
    /// <returns>Null when there is no such plan.</returns>
    public static async Task<TaskRegister?> ReadAsync(CascadeDbContext db, int planId, IQueryable<PlanTask> tasks, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Number, p.Issuer }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var progress = await new TaskProgressQuery(db).ForYearAsync(tasks.Where(t => t.PlanId == planId), year, asOf, cancellationToken);
        return new TaskRegister(planId, plan.Number?.Text, plan.Issuer, year, asOf, progress.Select(p => new RegisterTask(
            p.Ref, p.Group, p.Title, p.LeadName, p.LeadPrintedName, p.Coordinating, p.Timeframe.Text ?? DocumentWords.Of(p.Timeframe.Kind), p.DueOn, p.Product,
            p.Status, DocumentWords.Of(p.Status), p.LatestPercent, p.LatestResults)).ToList());
    }
}
