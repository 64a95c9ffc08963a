using Cascade.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Cascade.Web.Pages.Account;

/// <summary>
/// Signing out, from the form every page's menu carries. That form has no antiforgery token, so that
/// a page is the same on every visit and can be kept (the dashboards); a post from another site is
/// refused here by its Origin (or Referer), and the sign-in cookie is SameSite=Lax, so such a post
/// would not carry it anyway.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class LogoutModel(SignInManager<CascadeUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!FromThisSite(Request))
        {
            return BadRequest();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }

    /// <summary>Browsers name the page a post comes from; one that names another site's is refused.</summary>
    public static bool FromThisSite(HttpRequest request)
    {
        var named = request.Headers[HeaderNames.Origin].FirstOrDefault() is { Length: > 0 } origin
            ? origin
            : request.Headers.Referer.FirstOrDefault();
        if (string.IsNullOrEmpty(named))
        {
            return true; // not a browser's cross-site post: those always name their origin
        }

        return Uri.TryCreate(named, UriKind.Absolute, out var from)
            && string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
