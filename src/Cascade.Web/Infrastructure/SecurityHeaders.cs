using Microsoft.Net.Http.Headers;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// What every answer says about itself: not to be framed by another site, not to be sniffed as
/// another type, and (a signed-in reader's page) not to be stored by a browser or a proxy, unless the
/// page chose its own caching (the public pages do).
/// </summary>
public static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.User.Identity?.IsAuthenticated == true && !http.Response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                http.Response.Headers.CacheControl = "no-cache, no-store";
                http.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        }, context);
        return next();
    }
}
