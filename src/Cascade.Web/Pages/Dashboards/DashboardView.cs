using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cascade.Core.Progress;
using Cascade.Core.Targets;
using Cascade.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>A table cell as shown and as exported: its text, and a link or a right-aligned number on the page.</summary>
public sealed record Cell(string Text, string? Href = null, bool IsNumber = false);

/// <summary>A dashboard table: what the page shows beside a chart and what the CSV download holds, cell for cell.</summary>
/// <summary>A table of figures; <see cref="Total"/> is the number of rows in full where the page shows the first ones.</summary>
public sealed record DataTable(string Key, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows, int? Total = null);

/// <summary>An indicator's chart and its table; no chart while the indicator has no values.</summary>
public sealed record IndicatorPanel(Dashboard.Indicator Indicator, DataTable? Table);

/// <summary>
/// A dashboard as the page shows it, in the reader's language: every chart's table, and the charts'
/// data drawn from the same figures for the page's script.
/// </summary>
public sealed class DashboardView
{
    /// <summary>Bars a chart shows at most; its table always has every row.</summary>
    public const int ChartRows = 25;

    /// <summary>Indicator charts a page shows at most, those behind their trajectory first.</summary>
    public const int IndicatorCharts = 24;

    /// <summary>Rows a page or an API answer lists at most (agencies, overdue tasks); the CSV has them all.</summary>
    public const int PageRows = 100;

    /// <summary>Indicators a page or an API answer lists at most, those off track first; the CSV has them all.</summary>
    public const int IndicatorRows = 50;

    private static readonly ConditionalWeakTable<Dashboard.Result, ConcurrentDictionary<string, DashboardView>> Views = new();

    private static readonly Dictionary<ProgressStatus, string> StatusColours = new()
    {
        [ProgressStatus.DoneOnTime] = "#198754",
        [ProgressStatus.DoneLate] = "#7fb77e",
        [ProgressStatus.InProgress] = "#0d6efd",
        [ProgressStatus.Overdue] = "#dc3545",
        [ProgressStatus.NotStarted] = "#adb5bd",
        [ProgressStatus.AwaitingEvent] = "#ffc107",
    };

    private static readonly JsonSerializerOptions ChartJson = new(JsonSerializerDefaults.Web)
    {
        // Escapes <, > and & whatever the range, so the data cannot close the script element it sits in.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private DashboardView(Dashboard.Result result, IStringLocalizer l)
    {
        Result = result;
        var statusNames = Dashboard.CountedStatuses.Select(s => l.Of(s)).ToList();

        Statuses = new DataTable("status", l["Nhiệm vụ theo tình trạng thực hiện năm {0}", result.Year],
            [l["Tình trạng"], l["Số nhiệm vụ"], l["Tỷ lệ"]],
            result.Statuses.Select(s => Row(new Cell(l.Of(s.Status)), Number(s.Count), new Cell(Percent(s.Count, result.TaskCount), IsNumber: true))).ToList());

        ByLeadAgency = new DataTable("agencies", l["Nhiệm vụ theo cơ quan chủ trì"],
            [l["Cơ quan chủ trì"], .. statusNames, l["Tổng"]],
            result.ByLeadAgency.Select(a => Row([new Cell(a.Agency ?? l["(chưa xác định)"], a.CanOpen ? $"/Dashboards/Agency/{a.AgencyId}" : null), .. a.Statuses.Select(s => Number(s.Count)), Number(a.Total)])).ToList(),
            result.Totals.Agencies);

        var r = result.ReportingOfYear;
        Reporting = new DataTable("reporting", l["Tình hình nộp báo cáo năm {0}", result.Year],
            [l["Cơ quan"], l["Phải nộp"], l["Đúng hạn"], l["Muộn"], l["Chưa nộp"]],
            r.Agencies.Count == 0
                ? []
                : r.Agencies.Select(a => Row(new Cell(a.Agency), Number(a.Expected), Number(a.OnTime), Number(a.Late), Number(a.Missing)))
                    .Append(Row(new Cell(l["Tổng cộng"]), Number(r.Expected), Number(r.OnTime), Number(r.Late), Number(r.Missing)))
                    .ToList(),
            r.Agencies.Count == 0 ? null : result.Totals.ReportingAgencies + 1);

        IndicatorSummary = new DataTable("indicators", l["Chỉ tiêu so với mục tiêu"],
            [l["Kế hoạch"], l["Chỉ tiêu"], l["Mục tiêu"], l["Năm đạt"], l["Giá trị gốc"], l["Giá trị mới nhất"], l["Đánh giá"]],
            result.Indicators.Select(i => Row(
                new Cell(i.Plan, $"/Plans/{i.PlanId}"),
                new Cell(i.Text),
                new Cell(TargetText(i), IsNumber: true),
                Number(i.Horizon),
                new Cell(i.Baseline is { } b ? $"{Display.Number(b.Value)} ({b.Year})" : "—", IsNumber: true),
                new Cell(i.Values.LastOrDefault() is { } v ? $"{Display.Number(v.Value)} ({v.Year})" : "—", IsNumber: true),
                new Cell(l.StateOf(i.State)))).ToList(),
            result.Totals.Indicators);

        // Off track first, as the dashboard lists them.
        Indicators = result.Indicators
            .Select(i => new IndicatorPanel(i, i.Baseline is null && i.Values.Count == 0 ? null : IndicatorTable(i, l)))
            .ToList();

        Overdue = new DataTable("overdue", l["Nhiệm vụ quá hạn"],
            [l["Kế hoạch"], l["TT"], l["Nội dung nhiệm vụ"], l["Cơ quan chủ trì"], l["Hạn"], l["Số ngày quá hạn"]],
            result.Overdue.Select(t => Row(
                new Cell(t.Plan, $"/Plans/{t.PlanId}"),
                new Cell(t.Ref),
                new Cell(t.Title, t.PeriodId is { } period ? $"/Reports/{period}/{t.TaskId}" : $"/Plans/{t.PlanId}"),
                new Cell(t.Lead ?? "—"),
                new Cell(Display.Date(t.DueOn)),
                Number(t.DaysOverdue))).ToList(),
            result.Totals.Overdue);

        ChartData = JsonSerializer.Serialize(Charts(l, statusNames), ChartJson);
    }

    public Dashboard.Result Result { get; }

    public DataTable Statuses { get; }

    public DataTable ByLeadAgency { get; }

    public DataTable Reporting { get; }

    public DataTable IndicatorSummary { get; }

    public IReadOnlyList<IndicatorPanel> Indicators { get; }

    public DataTable Overdue { get; }

    /// <summary>The charts' data as JSON, for the page's data island.</summary>
    public string ChartData { get; }

    public IEnumerable<IndicatorPanel> Charted => Indicators.Where(i => i.Table is not null).Take(IndicatorCharts);

    /// <summary>Every row of the dashboard: what the CSV downloads are cut from.</summary>
    public static DashboardView Of(Dashboard.Result result, IStringLocalizer l) => new(result, l);

    /// <summary>
    /// The page's view of a kept dashboard (its first rows), built once per result and language: the
    /// tables and the charts' JSON are the same for every reader served that result.
    /// </summary>
    public static DashboardView Shown(Dashboard.Result result, IStringLocalizer l) =>
        Views.GetValue(result, _ => new ConcurrentDictionary<string, DashboardView>())
            .GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new DashboardView(result.Shown(PageRows, IndicatorRows), l));

    /// <summary>The table a CSV download asks for by its key ("status", "overdue", "indicator-12"...).</summary>
    public DataTable? Table(string? key) =>
        new[] { Statuses, ByLeadAgency, Reporting, IndicatorSummary, Overdue }
            .Concat(Indicators.Select(i => i.Table).OfType<DataTable>())
            .FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    /// <summary>Height of a horizontal bar chart: a bar a row, room for the legend and axis.</summary>
    public static int BarChartHeight(int rows) => 90 + 30 * Math.Min(rows, ChartRows);

    private static DataTable IndicatorTable(Dashboard.Indicator i, IStringLocalizer l)
    {
        var rows = ChartYears(i).Select(year =>
        {
            var actual = ActualIn(i, year);
            var line = i.Trajectory.FirstOrDefault(p => p.Year == year);
            var label = i.Baseline?.Year == year ? l["{0} (năm gốc)", year].Value : year.ToString(CultureInfo.InvariantCulture);
            return Row(
                new Cell(label),
                new Cell(actual is { } a ? Display.Number(a) : "—", IsNumber: true),
                new Cell(line is null ? "—" : Display.Number(line.Value), IsNumber: true),
                new Cell(year == i.Horizon && i.Goal is { } g ? Display.Number(g) : "—", IsNumber: true));
        }).ToList();
        return new DataTable($"indicator-{i.TargetId}", i.Text, [l["Năm"], l["Thực tế"], l["Lộ trình"], l["Mục tiêu"]], rows);
    }

    private object Charts(IStringLocalizer l, IReadOnlyList<string> statusNames)
    {
        var colours = Dashboard.CountedStatuses.Select(s => StatusColours[s]).ToList();
        var agencies = Result.ByLeadAgency.Take(ChartRows).ToList();
        var reporting = Result.ReportingOfYear.Agencies.Take(ChartRows).ToList();
        return new
        {
            Status = new { Labels = statusNames, Values = Result.Statuses.Select(s => s.Count), Colours = colours },
            Agencies = new
            {
                Labels = agencies.Select(a => a.Agency ?? l["(chưa xác định)"].Value),
                Series = Dashboard.CountedStatuses.Select((s, n) => new { Label = statusNames[n], Colour = colours[n], Values = agencies.Select(a => a.Statuses[n].Count) }),
            },
            Reporting = new
            {
                Labels = reporting.Select(a => a.Agency),
                Series = new[]
                {
                    new { Label = l["Đúng hạn"].Value, Colour = "#198754", Values = reporting.Select(a => a.OnTime) },
                    new { Label = l["Muộn"].Value, Colour = "#ffc107", Values = reporting.Select(a => a.Late) },
                    new { Label = l["Chưa nộp"].Value, Colour = "#dc3545", Values = reporting.Select(a => a.Missing) },
                },
            },
            Indicators = Charted.Select(p =>
            {
                var i = p.Indicator;
                var years = ChartYears(i);
                return new
                {
                    Canvas = $"chart-indicator-{i.TargetId}",
                    // A growth target's values are counts (enterprises), not the percentage the plan states.
                    Unit = i.Measure == IndicatorMeasure.Level ? i.Unit : string.Empty,
                    Labels = years,
                    Actual = new { Label = l["Thực tế"].Value, Values = years.Select(y => ActualIn(i, y)) },
                    Trajectory = new { Label = l["Lộ trình"].Value, Values = years.Select(y => i.Trajectory.FirstOrDefault(t => t.Year == y)?.Value) },
                    Target = new { Label = l["Mục tiêu {0}", i.Horizon].Value, Values = years.Select(y => y == i.Horizon ? i.Goal : null) },
                };
            }),
        };
    }

    /// <summary>From the baseline (or the first value) to the horizon, or to the last value if later.</summary>
    private static List<int> ChartYears(Dashboard.Indicator i)
    {
        var known = i.Values.Select(v => v.Year).Concat(i.Baseline is { } b ? [b.Year] : []).ToList();
        var from = known.Count == 0 ? i.Horizon : known.Min();
        var to = Math.Max(i.Horizon, known.Count == 0 ? i.Horizon : known.Max());
        return Enumerable.Range(from, to - from + 1).ToList();
    }

    private static decimal? ActualIn(Dashboard.Indicator i, int year) =>
        i.Values.FirstOrDefault(v => v.Year == year)?.Value ?? (i.Baseline?.Year == year ? i.Baseline.Value : null);

    private static string TargetText(Dashboard.Indicator i) =>
        $"{Display.Number(i.Value)}{(i.Max is { } max ? " – " + Display.Number(max) : "")} {i.Unit}".Trim();

    private static Cell Number(int value) => new(value.ToString(CultureInfo.InvariantCulture), IsNumber: true);

    private static string Percent(int count, int total) =>
        total == 0 ? "—" : Display.Number(Math.Round(100m * count / total, 1)) + "%";

    private static IReadOnlyList<Cell> Row(params Cell[] cells) => cells;
}
