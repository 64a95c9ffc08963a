using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Indicators;

public sealed class DetailsModel(IndicatorPage.Handler page, IndicatorCommands.Handler commands) : PageModel
{
    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    [BindProperty]
    public int? ResponsibleAgencyId { get; set; }

    [BindProperty]
    public bool Publish { get; set; }

    public IndicatorPage.View View { get; private set; } = null!;

    public string? Done { get; private set; }

    public Message? Error { get; private set; }

    public IReadOnlyDictionary<string, Message> Errors { get; private set; } = new Dictionary<string, Message>();

    /// <summary>The figure the typed one would replace, shown for the user to confirm.</summary>
    public IndicatorCommands.CurrentValue? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int targetId, CancellationToken ct) =>
        await Show(targetId, null, resetForms: true, ct);

    public async Task<IActionResult> OnPostRecordAsync(int targetId, CancellationToken ct)
    {
        var result = await commands.RecordAsync(targetId, Form, ct);
        return await Answer(targetId, result, "Đã lưu số liệu.", ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(int targetId, CancellationToken ct)
    {
        var result = await commands.SetUpAsync(targetId, ResponsibleAgencyId, Publish, ct);
        return await Answer(targetId, result, "Đã lưu cơ quan nhập số liệu và chế độ công khai.", ct);
    }

    private async Task<IActionResult> Answer(int targetId, IndicatorCommands.Result result, string success, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case IndicatorCommands.Outcome.NotFound:
                return NotFound();
            case IndicatorCommands.Outcome.Forbidden:
                return Forbid();
            case IndicatorCommands.Outcome.Done:
                return await Show(targetId, success, resetForms: true, ct);
        }

        Error = result.Error;
        Errors = result.Errors ?? Errors;
        Current = result.Current;

        // The user confirms against the figure they are now shown; what they typed stays in the form.
        Form.Replaces = Current?.Id;
        return await Show(targetId, null, resetForms: false, ct);
    }

    private async Task<IActionResult> Show(int targetId, string? done, bool resetForms, CancellationToken ct)
    {
        if (await page.LoadAsync(targetId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Done = done;
        if (resetForms)
        {
            Form = new IndicatorForm { Year = view.Indicator.RelativeTo?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            ResponsibleAgencyId = view.Indicator.ResponsibleAgencyId;
            Publish = view.Indicator.IsPublished;
        }

        ModelState.Clear();
        return Page();
    }
}
