using System.Net;
using Cascade.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Time.Testing;
using Cascade.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Cascade.Web.Infrastructure.Security;
using Cascade.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests;

/// <summary>
/// The real app over a fresh database of its own (SQLite or PostgreSQL). The app migrates the
/// database and loads the demo data at start, as it does in production.
/// </summary>
public sealed class CascadeWebFactory : WebApplicationFactory<Program>
{
    private readonly bool _seedDemoData;
    private readonly Action<IWebHostBuilder>? _configure;

    private CascadeWebFactory(TestDatabase database, bool seedDemoData, Action<IWebHostBuilder>? configure)
    {
        Database = database;
        _seedDemoData = seedDemoData;
        _configure = configure;
    }

    public TestDatabase Database { get; }

    /// <summary>
    /// The app's clock: 25/11/2026 09:00 in Vietnam, five days before Trà Vinh's 2026 reports are due,
    /// whatever day the tests run. Move it before signing in (a jump ages the sign-in cookie too).
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    /// <summary>A site over a new database; skips the test when the provider is PostgreSQL and none is available.</summary>
    /// <param name="configure">More settings or services for one test (a fake clock, an SMTP server).</param>
    public static async Task<CascadeWebFactory> CreateAsync(string provider = "sqlite", bool seedDemoData = true, Action<IWebHostBuilder>? configure = null) =>
        new(await TestDatabase.CreateAsync(provider, migrate: false), seedDemoData, configure);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite");
        builder.UseSetting("ConnectionStrings:Cascade", Database.Settings.ConnectionString);
        builder.UseSetting("Cascade:SeedDemoData", _seedDemoData ? "true" : "false");
        // Quiet test output: warnings only, and not the failed look-up EF makes on a database it has yet to migrate.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");

        // The hourly reminder job stays off unless a test turns it on: tests run it by hand.
        builder.UseSetting("Cascade:Reminders:Enabled", "false");
        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Serves the site on a free loopback port through Kestrel and returns its address, for a real
    /// browser: the in-memory test server answers only the factory's own clients. Call it instead of
    /// touching <see cref="WebApplicationFactory{TEntryPoint}.Server"/>, before any client is made.
    /// </summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A browser signed in through the login page (administrator unless told otherwise).</summary>
    public HttpClient SignedInClient(DemoAccounts.Account? account = null)
    {
        account ??= DemoAccounts.Administrator;
        EnsureAccountAsync(account).GetAwaiter().GetResult();
        var client = CreateClient();
        client.SignInAsync(account).GetAwaiter().GetResult();
        return client;
    }

    /// <summary>A site without demo data has no demo accounts: the one a test signs in with is made here.</summary>
    private async Task EnsureAccountAsync(DemoAccounts.Account account)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CascadeUser>>();
        if (await users.FindByEmailAsync(account.Email) is not null)
        {
            return;
        }

        var user = new CascadeUser { UserName = account.Email, Email = account.Email, DisplayName = account.DisplayName };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, account.Role.ToString());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One seeded SQLite site shared by the read-only tests of a class.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    private CascadeWebFactory? _factory;

    public CascadeWebFactory Factory => _factory ?? throw new InvalidOperationException("The site has not started.");

    /// <summary>A new browser signed in as the administrator: its own cookies, so a language chosen in one test stays in that test.</summary>
    public HttpClient NewClient(DemoAccounts.Account? account = null) => Factory.SignedInClient(account);

    public async ValueTask InitializeAsync()
    {
        _factory = await CascadeWebFactory.CreateAsync();
        _ = _factory.Server; // start now: migrate and seed before the first test
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
