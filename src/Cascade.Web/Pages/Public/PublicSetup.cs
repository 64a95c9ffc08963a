using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cascade.Web.Pages.Public;

/// <summary>
/// What the public pages need from the host: a limit on the applications one address can send (the
/// form has no account behind it), and how long a public page may be kept by browsers and proxies.
/// </summary>
public static class PublicSetup
{
    public const string ApplicationPolicy = "organisation-applications";

    /// <summary>Figures change when agencies report, a few times a day at most: five minutes is fresh enough.</summary>
    public const int CacheSeconds = 300;

    public static IServiceCollection AddPublicPages(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Cascade:Applications:PerWindow", 5);
        var window = configuration.GetValue("Cascade:Applications:Window", TimeSpan.FromMinutes(10));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApplicationPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>429</title><p id=\"too-many\">{WebUtility.HtmlEncode(l["Địa chỉ của bạn đã gửi nhiều đăng ký trong thời gian ngắn. Vui lòng thử lại sau ít phút."])}</p></html>",
                    cancellationToken);
            };
        });
        return services;
    }
}
