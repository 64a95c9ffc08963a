using System.Globalization;
using Cascade.Core.Tasks;
using Cascade.Export.Csv;
using Cascade.Web.Pages.Public;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Coverage;

/// <summary>The coverage matrix as CSV: a province a line, the tasks by solution group, the plans and the targets with their horizons.</summary>
public static class CoverageCsv
{
    public static byte[] Write(CoverageQuery.Result result, IStringLocalizer l)
    {
        string[] header =
        [
            l["Mã"], l["Tỉnh, thành phố"], l["Kế hoạch"],
            .. SolutionGroups.All.Select(g => (string)l.OfGroup(g)),
            l["Tổng số nhiệm vụ"], l["Chỉ tiêu (giá trị, năm)"],
        ];
        var rows = result.Rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Code, r.Name, r.HasPlan ? string.Join("; ", r.Plans.Select(p => p.Name)) : l["Chưa có kế hoạch"],
            .. r.Groups.Select(g => g.Tasks.ToString(CultureInfo.InvariantCulture)),
            r.Total.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", r.Targets.Select(t => $"{Value(t)} ({t.Horizon.ToString(CultureInfo.InvariantCulture)}): {t.Text}")),
        ]);
        return CsvTable.Write(header, rows);
    }

    public static string Value(CoverageQuery.TargetRow t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Value:0.##}{(t.Max is { } max ? $" - {max:0.##}" : "")} {t.Unit}");

    public static string FileName(CoverageQuery.Result result) =>
        $"bao-phu-{result.Document.Replace('/', '-').ToLowerInvariant()}-{result.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv";
}
