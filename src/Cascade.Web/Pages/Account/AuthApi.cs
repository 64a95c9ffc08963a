using Cascade.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Cascade.Web.Pages.Account;

/// <summary>
/// Signing in for API clients: the same accounts as the pages, answered with a bearer token
/// (ASP.NET Core Identity's token scheme). There is no self-registration endpoint.
/// </summary>
public static class AuthApi
{
    public sealed record LoginRequest(string Email, string Password);

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Accounts");
        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest request, SignInManager<CascadeUser> signIn) =>
            {
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(request.Email?.Trim() ?? string.Empty, request.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
                return result.Succeeded
                    ? TypedResults.Empty // the bearer handler has written the token response
                    : TypedResults.Problem(result.IsLockedOut ? "Tài khoản tạm khóa." : "Thư điện tử hoặc mật khẩu không đúng.", statusCode: StatusCodes.Status401Unauthorized);
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Signs in and returns a bearer token (accessToken, expiresIn, refreshToken).")
            .Produces<AccessTokenResponse>();
    }
}
