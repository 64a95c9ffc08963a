using System.Globalization;
using System.Reflection;
using Cascade.Data;
using Cascade.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;

namespace Cascade.Web.Infrastructure;

/// <summary>How the web app is put together: services, pipeline, start-up.</summary>
public static class CascadeWebSetup
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static WebApplicationBuilder AddCascade(this WebApplicationBuilder builder)
    {
        var dataFolder = builder.Configuration["Cascade:DataFolder"] is { Length: > 0 } folder
            ? Path.GetFullPath(folder, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        builder.Services.AddCascadeDatabase(DatabaseSettings.FromConfiguration(builder.Configuration, dataFolder));
        builder.Services.AddSingleton(new EvidenceStore(Path.Combine(dataFolder, "evidence")));
        builder.Services.AddSingleton(TimeProvider.System);

        // Resources/SharedResource.resx (Vietnamese, the keys themselves) and Resources/SharedResource.en.resx.
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        builder.Services.AddCascadeSecurity();
        builder.Services.AddRazorPages(options =>
        {
            // Every page needs an account, except signing in and the error page.
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AuthorizeFolder("/Import", Security.SecuritySetup.ManagePlans);
            options.Conventions.AuthorizeFolder("/Review", Security.SecuritySetup.ManagePlans);
            options.Conventions.AuthorizeFolder("/Accounts", Security.SecuritySetup.ManagePlans);
            options.Conventions.AuthorizeFolder("/Periods", Security.SecuritySetup.ManagePlans);
        }).AddViewLocalization();

        // Vietnamese letters go out as letters, not as &#x1EBF; entities: pages a third smaller.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => JsonSetup.Configure(options.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddResponseCompression(options =>
        {
            // Provincial networks are slow; pages are text and compress well.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.AddScoped<Cascade.Data.Registers.RegisterStore>();
        builder.Services.AddScoped<Cascade.Data.Reporting.ReportingQueries>();
        builder.Services.AddScoped<Cascade.Data.Progress.TaskProgressQuery>();
        builder.Services.AddScoped<Cascade.Data.Progress.IndicatorQuery>();
        builder.Services.AddSingleton(typeof(SavedDataCache<>));
        builder.Services.AddFeatureHandlers();
        builder.Services.AddScoped<Pages.Dashboards.Dashboard.Answers>();
        Pages.Public.PublicSetup.AddPublicPages(builder.Services, builder.Configuration);
        Pages.Notifications.NotificationSetup.AddCascadeNotifications(builder.Services, builder.Configuration);
        return builder;
    }

    public static WebApplication UseCascade(this WebApplication app)
    {
        // First, so that an error or not-found page re-executed below keeps the reader's language.
        app.UseRequestLocalization();
        app.Use(RememberChosenCulture);
        app.Use(SecurityHeaders.AddAsync);

        // Users see a plain Vietnamese page, API clients a problem+json; never a stack trace.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // The health answer ("ok") would only grow compressed.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(HealthPath), compressed => compressed.UseResponseCompression());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<KeptPages>();
        app.MapRazorPages();
        app.MapOpenApi();

        // For load balancers and the benchmark's ceiling: the cheapest answer the app can give.
        app.MapGet(HealthPath, () => "ok").AllowAnonymous().ExcludeFromDescription();
        app.MapFeatureEndpoints();
        return app;
    }

    /// <summary>
    /// A language chosen by the switch (?culture=...&amp;ui-culture=...) is kept in the culture cookie,
    /// so the next pages stay in that language.
    /// </summary>
    private static Task RememberChosenCulture(HttpContext context, Func<Task> next)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } chosen)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
        }

        return next();
    }

    private const string HealthPath = "/health";

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Applies migrations and, unless Cascade:SeedDemoData is false, loads the demo data into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        var seed = app.Configuration.GetValue("Cascade:SeedDemoData", true);
        var loaded = await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seed);
        if (loaded > 0)
        {
            app.Logger.LogInformation("Loaded {Count} demo plans.", loaded);
        }

        await Security.DemoAccounts.SeedAsync(scope.ServiceProvider, withDemoAccounts: seed);
    }

    public static void PrintStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var settings = app.Services.GetRequiredService<DatabaseSettings>();
            var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(see the listening addresses above)";
            Console.WriteLine();
            Console.WriteLine($"Cascade is running at {urls}");
            Console.WriteLine($"Database: {settings.Provider} ({Redact(settings)})");
            if (app.Configuration.GetValue("Cascade:SeedDemoData", true))
            {
                Console.WriteLine($"Demo logins (password {Security.DemoAccounts.Password}):");
                foreach (var account in Security.DemoAccounts.All)
                {
                    Console.WriteLine($"  {account.Role,-15} {account.Email,-40} {account.DisplayName}");
                }
            }

            Console.WriteLine("Press Ctrl+C to stop.");
            Console.WriteLine();
        });
    }

    private static string Redact(DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.Sqlite
            ? settings.ConnectionString
            : string.Join(';', settings.ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every feature's handler (a nested class named Handler) is registered per request.</summary>
    private static void AddFeatureHandlers(this IServiceCollection services)
    {
        foreach (var type in Assembly.GetExecutingAssembly().GetTypes().Where(t => t is { Name: "Handler", IsClass: true, IsAbstract: false, IsNested: true }))
        {
            services.AddScoped(type);
        }
    }

    /// <summary>Every feature's API (a static class with <c>MapEndpoints(IEndpointRouteBuilder)</c>) is mapped under /api.</summary>
    private static void MapFeatureEndpoints(this WebApplication app)
    {
        // Every operation needs an account; the login itself says AllowAnonymous.
        var api = app.MapGroup("/api").RequireAuthorization();
        foreach (var type in Assembly.GetExecutingAssembly().GetTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Api", StringComparison.Ordinal)))
        {
            type.GetMethod("MapEndpoints", BindingFlags.Public | BindingFlags.Static)?.Invoke(null, [api]);
        }
    }
}
