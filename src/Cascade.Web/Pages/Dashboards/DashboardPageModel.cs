using Cascade.Core.Tasks;
using Cascade.Export.Csv;
using Cascade.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Dashboards;

/// <summary>
/// The four dashboard pages differ only in what they are about; the filters, the bad-input
/// messages and the CSV download of each table are the same.
/// The page is kept as sent until a save (<see cref="KeptPageAttribute"/>): it shows saved data only.
/// </summary>
[KeptPage]
public abstract class DashboardPageModel(Dashboard.Handler handler, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sector? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public SolutionGroup? Group { get; set; }

    public DashboardView View { get; private set; } = null!;

    /// <summary>What was wrong with the filters asked for; the page shows the dashboard without them.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    protected abstract DashboardKind Kind { get; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        View = DashboardView.Shown(result, l);
        return Page();
    }

    /// <summary>One table of the dashboard as CSV, the rows the page shows (all of them, where the page shows the first ones).</summary>
    public async Task<IActionResult> OnGetCsvAsync(int? id, string? table, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (DashboardView.Of(result, l).Table(table) is not { } data)
        {
            return BadRequest(l["Không có bảng số liệu {0} trên trang tổng quan này.", table ?? string.Empty].Value);
        }

        var csv = CsvTable.Write(data.Header, data.Rows.Select(r => r.Select(c => (string?)c.Text).ToList()));
        var name = FormattableString.Invariant($"tong-quan-{Kind.ToString().ToLowerInvariant()}{(id is { } n ? "-" + n : "")}-{result.Year}-{data.Key}.csv");
        return File(csv, "text/csv; charset=utf-8", name);
    }

    /// <summary>The query string of the current filters, for the links that keep them (the CSV downloads).</summary>
    public string FilterQuery(string table) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["handler"] = "Csv",
            ["table"] = table,
            ["year"] = View.Result.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sector"] = View.Result.Sector?.ToString(),
            ["group"] = View.Result.Group?.ToString(),
        }.Where(p => p.Value is not null)).ToUriComponent();

    private Task<Dashboard.Result?> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (Invalid(nameof(Year)) || Year is < Dashboard.FirstYear or > Dashboard.LastYear)
        {
            errors.Add(l["Năm phải là một số từ {0} đến {1}; trang đang hiển thị năm hiện tại.", Dashboard.FirstYear, Dashboard.LastYear]);
            Year = null;
        }

        if (Invalid(nameof(Sector)) || Invalid(nameof(Group)))
        {
            errors.Add(l["Lĩnh vực hoặc nhóm giải pháp không có trong danh sách; trang hiển thị tất cả."]);
        }

        Errors = errors;
        return handler.HandleAsync(new Dashboard.Query(Kind, id, Year, Sector, Group), cancellationToken);
    }

    private bool Invalid(string key) => ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid;
}
