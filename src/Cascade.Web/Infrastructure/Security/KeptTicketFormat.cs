using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>
/// The sign-in cookie and the bearer token are decrypted and read on every request: on a kept
/// dashboard that was most of the request's cost. A ticket read from the same protected text is the
/// same ticket, so it is kept for a minute and handed out as a copy (handlers may change what they
/// get). Expiry is still checked by the handler on every request, from the ticket itself, and the
/// security stamp is still validated on its interval: keeping the reading changes neither.
/// </summary>
public sealed class KeptTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    private const int MaxEntries = 10_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset ReadAt)> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        // Only the plain reading is kept; a purpose makes another key.
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (_read.TryGetValue(protectedText, out var kept) && now - kept.ReadAt < KeptFor)
        {
            return kept.Ticket.Clone();
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
        {
            return null; // not kept: a forged or broken text is read again, and refused again
        }

        if (_read.Count >= MaxEntries)
        {
            _read.Clear();
        }

        _read[protectedText] = (ticket, now);
        return ticket.Clone();
    }

    /// <summary>Wraps the formats the cookie and bearer handlers made for themselves (they make them in their own post-configuration).</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, KeepCookieTickets>();
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, KeepBearerTickets>();
    }

    private sealed class KeepCookieTickets(TimeProvider clock) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is { } format and not KeptTicketFormat)
            {
                options.TicketDataFormat = new KeptTicketFormat(format, clock);
            }
        }
    }

    private sealed class KeepBearerTickets(TimeProvider clock) : IPostConfigureOptions<BearerTokenOptions>
    {
        public void PostConfigure(string? name, BearerTokenOptions options)
        {
            if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is { } format and not KeptTicketFormat)
            {
                options.BearerTokenProtector = new KeptTicketFormat(format, clock);
            }
        }
    }
}
