using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Reports;

/// <summary>Downloads an evidence file for those who may read its task.</summary>
public sealed class EvidenceModel(ReportCommands.Handler commands) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await commands.OpenEvidenceAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        return File(found.Content, found.File.ContentType, found.File.FileName);
    }
}
