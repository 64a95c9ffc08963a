using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages;

/// <summary>The error and not-found page; also answers /api paths with problem+json.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public bool IsNotFound { get; private set; }

    public bool IsTooLarge { get; private set; }

    public IActionResult OnGet(int? code) => Respond(code);

    public IActionResult OnPost(int? code) => Respond(code);

    private IActionResult Respond(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        IsNotFound = status == StatusCodes.Status404NotFound;
        IsTooLarge = status == StatusCodes.Status413PayloadTooLarge;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = status;
        return Page();
    }
}
