using System.ComponentModel.DataAnnotations;
using Cascade.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cascade.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<CascadeUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập thư điện tử.")]
    [EmailAddress(ErrorMessage = "Thư điện tử không đúng dạng.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút."
            : "Thư điện tử hoặc mật khẩu không đúng.";
        return Page();
    }
}
