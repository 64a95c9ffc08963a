using System.Collections.Concurrent;
using System.Globalization;
using Cascade.Data;
using Cascade.Data.Notifications;
using Microsoft.Net.Http.Headers;

namespace Cascade.Web.Infrastructure;

/// <summary>A page whose HTML is kept (<see cref="KeptPages"/>): it shows only saved data and takes no form posts.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeptPageAttribute : Attribute;

/// <summary>
/// Keeps the HTML of <see cref="KeptPageAttribute"/> pages (the dashboards) as it was sent, compressed,
/// and sends it again to the same reader until anything is saved or the day turns. The result under
/// the page is kept already (<see cref="SavedDataCache{TResult}"/>); rendering the country's tables
/// for every request was what still made a dashboard page slow.
/// A page is kept per reader (the layout shows the reader's name and menus), language, address and
/// query, and only when it was a plain 200 answer that set no cookie and holds no form token. The
/// layout's only form, signing out, carries none: it is checked by its origin (see the Logout page).
/// Runs after authorization, so a kept page is only ever sent to a reader the page itself let in;
/// like every signed-in page it goes out marked not to be stored (<see cref="SecurityHeaders"/>).
/// </summary>
public sealed class KeptPages(RequestDelegate next, DataStamp stamp, TimeProvider clock, ILogger<KeptPages> logger)
{
    /// <summary>The most the kept pages may hold together; past it they are all let go.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, KeptResponse> _pages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string _saves = string.Empty;
    private long _bytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsKeepable(context))
        {
            await next(context);
            return;
        }

        var saves = await stamp.SavesAsync(context.RequestAborted);
        lock (_gate)
        {
            if (_saves != saves || Interlocked.Read(ref _bytes) > MaxBytes)
            {
                _pages.Clear();
                Interlocked.Exchange(ref _bytes, 0);
                _saves = saves;
            }
        }

        var key = KeyOf(context, saves);
        if (_pages.TryGetValue(key, out var kept))
        {
            await kept.ExecuteAsync(context);
            return;
        }

        if (await RenderAsync(context) is { } rendered && _pages.TryAdd(key, rendered))
        {
            Interlocked.Add(ref _bytes, rendered.Size);
            logger.LogDebug("Kept {Path} ({Bytes} bytes).", context.Request.Path, rendered.Body.Length);
        }
    }

    /// <summary>Runs the page into memory, sends what it wrote, and returns it when it may be sent again.</summary>
    private async Task<KeptResponse?> RenderAsync(HttpContext context)
    {
        var response = context.Response;
        var sent = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        var stale = StaleResults.Watch();
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = sent;
        }

        var body = buffer.ToArray();
        var keep = response.StatusCode == StatusCodes.Status200OK
            && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding)
            // Drawn from a result kept from before another program's save, while the new one is built.
            && !stale.Value
            // A form's antiforgery token belongs to this visit: such a page is never sent again.
            && body.AsSpan().IndexOf("__RequestVerificationToken"u8) < 0;
        if (!keep)
        {
            // Nothing written leaves the response unstarted, for the error pages to fill.
            if (body.Length > 0)
            {
                await sent.WriteAsync(body, context.RequestAborted);
            }

            return null;
        }

        var page = new KeptResponse(body, response.ContentType!);
        await page.ExecuteAsync(context);
        return page;
    }

    private static bool IsKeepable(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<KeptPageAttribute>() is not null
        // A message waiting to be shown once (after a save) makes the page different this one time.
        && !context.Request.Cookies.ContainsKey(".AspNetCore.Mvc.CookieTempDataProvider");

    /// <summary>The reader (every claim: name, roles, provinces, agencies), the language, the day and the address asked.</summary>
    private string KeyOf(HttpContext context, string saves)
    {
        var reader = string.Join('\u001f', context.User.Claims.Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal));
        return string.Join('\u001e', saves, clock.Today().DayNumber.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentUICulture.Name,
            context.Request.Path.Value, context.Request.QueryString.Value, reader);
    }
}
