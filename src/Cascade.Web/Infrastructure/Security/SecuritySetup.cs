using Cascade.Core.Access;
using Cascade.Data;
using Cascade.Data.Auditing;
using Cascade.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>
/// Accounts and access: ASP.NET Core Identity with hashed passwords and lockout, a cookie for the
/// pages and a bearer token for API clients (the same accounts), and policies per role. Which
/// records a user may see is decided on the record (<see cref="UserScope"/>), not here.
/// </summary>
public static class SecuritySetup
{
    public const string ManagePlans = "ManagePlans";
    public const string Administer = "Administer";
    private const string CookieOrBearer = "CookieOrBearer";

    public static void AddCascadeSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Shared: it reads the request's user each time it is asked (the audit of every save asks it).
        services.AddSingleton<CurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddIdentityApiEndpoints<CascadeUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CascadeDbContext>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>();
        KeptTicketFormat.AddTo(services);

        // Pages sign in with the cookie; an API client with "Authorization: Bearer" uses the token.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultAuthenticateScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, CookieOrBearer, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "cascade.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;

            // Secure whenever the request is (always behind HTTPS in production; plain http on a laptop).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;

            options.Events.OnValidatePrincipal = ValidateStampWhenDue;

            // API clients get a status code, not the login page.
            options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(ManagePlans, policy => policy.RequireRole(RoleNames.Administrator, RoleNames.Coordinator))
            .AddPolicy(Administer, policy => policy.RequireRole(RoleNames.Administrator));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cascade.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    /// <summary>
    /// Identity checks the account's security stamp once every <see cref="SecurityStampValidatorOptions.ValidationInterval"/>,
    /// but its validator is made on every request, and with it a user manager and a database context.
    /// It is made here only when the check is due, by the same rule it applies itself.
    /// </summary>
    private static Task ValidateStampWhenDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
