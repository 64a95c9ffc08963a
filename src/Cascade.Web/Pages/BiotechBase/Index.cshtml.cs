using Cascade.Core.BiotechBase;
using Cascade.Core.Tasks;
using Cascade.Data.BiotechBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.BiotechBase;

/// <summary>The form of one entry as posted: the same words as the workbook's cells.</summary>
public sealed class EntryForm
{
    public string? Kind { get; set; }

    public string? Sector { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }

    public string? Organisation { get; set; }

    public string? Year { get; set; }

    public string? Description { get; set; }

    public string? Status { get; set; }

    public BiotechEntryInput ToInput() => new(Kind, Sector, Name, Code, Organisation, Year, Description, Status);

    public static EntryForm From(BiotechBaseView.Entry e) => new()
    {
        Kind = BiotechLabels.LabelOf(e.Kind),
        Sector = BiotechLabels.LabelOf(e.Sector),
        Name = e.Name,
        Code = e.Code,
        Organisation = e.Organisation,
        Year = e.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Description = e.Description,
        Status = BiotechLabels.LabelOf(e.Status),
    };
}

[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class IndexModel(BiotechBaseView.Handler view, BiotechBaseCommands.Handler commands) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public BiotechEntryKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sector? Sector { get; set; }

    /// <summary>The entry being corrected, from the list's "Sửa" link.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public BiotechBaseView.Result? Base { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public ImportOutcome? Import { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Base is not null && Edit is { } id && Base.Entries.FirstOrDefault(e => e.Id == id) is { } entry)
        {
            Form = EntryForm.From(entry);
        }

        return Page();
    }

    public IActionResult OnGetTemplate() =>
        File(BiotechWorkbook.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-co-so-du-lieu-cnsh.xlsx");

    public Task<IActionResult> OnPostSaveAsync(int province, CancellationToken ct) =>
        Run(commands.SaveAsync(province, Edit, Form.ToInput(), ct), Edit is null ? "Đã thêm vào cơ sở dữ liệu." : "Đã lưu thay đổi.", ct, keepForm: true);

    public Task<IActionResult> OnPostDeleteAsync(int province, int id, CancellationToken ct) =>
        Run(commands.DeleteAsync(province, id, ct), "Đã xóa khỏi cơ sở dữ liệu.", ct);

    public Task<IActionResult> OnPostRecordAsync(int province, int target, CancellationToken ct) =>
        Run(commands.RecordCountAsync(province, target, ct), "Đã ghi nhận số liệu vào chỉ tiêu.", ct);

    public async Task<IActionResult> OnPostImportAsync(int province, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await Show(BiotechBaseCommands.Result.Refused(BiotechErrors.NoFile), null, ct);
        }

        await using var stream = file.OpenReadStream();
        var (result, import) = await commands.ImportAsync(province, stream, ct);
        Import = import;
        return await Show(result, result.Outcome == BiotechBaseCommands.Outcome.Done ? "Đã nhập tệp vào cơ sở dữ liệu." : null, ct);
    }

    private async Task<IActionResult> Run(Task<BiotechBaseCommands.Result> command, string success, CancellationToken ct, bool keepForm = false)
    {
        var result = await command;
        if (result.Outcome == BiotechBaseCommands.Outcome.Done || !keepForm)
        {
            Form = new EntryForm();
            Edit = result.Outcome == BiotechBaseCommands.Outcome.Done ? null : Edit;
        }

        return await Show(result, success, ct);
    }

    private async Task<IActionResult> Show(BiotechBaseCommands.Result result, string? success, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case BiotechBaseCommands.Outcome.NotFound:
                return NotFound();
            case BiotechBaseCommands.Outcome.Forbidden:
                return Forbid();
            case BiotechBaseCommands.Outcome.Done:
                Message = success;
                break;
            default:
                Errors = result.Errors;
                break;
        }

        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Base = await view.HandleAsync(new BiotechBaseView.Query(Province, Kind, Sector), ct);
}
