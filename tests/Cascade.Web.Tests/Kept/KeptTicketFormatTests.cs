using System.Security.Claims;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Cascade.Web.Tests.Kept;

/// <summary>A sign-in ticket read once is kept a minute; a text that does not read is never kept.</summary>
public sealed class KeptTicketFormatTests
{
    private readonly CountingFormat _inner = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheSameTextIsReadOnceAndEachReaderGetsItsOwnCopy()
    {
        var format = new KeptTicketFormat(_inner, _clock);

        var first = format.Unprotect("ticket-of-an")!;
        var second = format.Unprotect("ticket-of-an")!;
        first.Principal.Identities.Single().AddClaim(new Claim("changed", "by the first request"));

        Assert.Equal(1, _inner.Reads);
        Assert.NotSame(first, second);
        Assert.Equal("an", second.Principal.Identity!.Name);
        Assert.Null(second.Principal.FindFirst("changed"));
    }

    [Fact]
    public void ATicketIsReadAgainAfterAMinute()
    {
        var format = new KeptTicketFormat(_inner, _clock);

        format.Unprotect("ticket-of-an");
        _clock.Advance(TimeSpan.FromSeconds(61));
        format.Unprotect("ticket-of-an");

        Assert.Equal(2, _inner.Reads);
    }

    [Fact]
    public void AForgedTextIsRefusedEveryTimeAndNeverKept()
    {
        var format = new KeptTicketFormat(_inner, _clock);

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));
        Assert.Equal(2, _inner.Reads);
    }

    /// <summary>Reads "ticket-of-NAME" as a ticket for NAME and anything else as nothing, counting the reads.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => "ticket-of-" + data.Principal.Identity!.Name;

        public string Protect(AuthenticationTicket data, string? purpose) => Protect(data);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText?.StartsWith("ticket-of-", StringComparison.Ordinal) == true
                ? new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, protectedText["ticket-of-".Length..])], "test")), "test")
                : null;
        }
    }
}
