using Cascade.Web.Infrastructure.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cascade.Web.Tests.Browser;

/// <summary>
/// The national dashboard in a real headless Chromium: the vendored Chart.js loads, the charts are
/// drawn from the page's data, and the data tables stay in the page, folded under their charts.
/// </summary>
public sealed class DashboardInTheBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float StepTimeout = 30_000;

    [Fact(Timeout = 300_000)]
    public async Task TheNationalViewerSeesTheChartsDrawnWithTheirDataTables()
    {
        RequireChromium();
        await using var factory = await CascadeWebFactory.CreateAsync();
        var site = factory.StartKestrel();

        using var playwright = await Playwright.CreateAsync();
        SetDefaultExpectTimeout(StepTimeout);
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
            ],
        });
        // A test out of time closes the browser, so the step waiting on it fails at once.
        using var stop = TestContext.Current.CancellationToken.Register(() => _ = browser.CloseAsync());
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = site.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(StepTimeout);
        context.SetDefaultNavigationTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Thư điện tử", new() { Exact = true }).FillAsync(DemoAccounts.NationalViewer.Email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.Locator("form").GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Tổng quan", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan toàn quốc", Exact = true })).ToBeVisibleAsync();
        var status = page.Locator("canvas#chart-status");
        await Expect(status).ToHaveAttributeAsync("data-rendered", "true");
        Assert.True(await status.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined && c.width > 0 && c.height > 0"), "Chart.js drew the status chart.");
        await Expect(page.Locator("canvas#chart-agencies")).ToHaveAttributeAsync("data-rendered", "true");
        await Expect(page.Locator("canvas#chart-reporting")).ToHaveAttributeAsync("data-rendered", "true");

        await Expect(page.Locator("table#table-status tbody tr")).ToHaveCountAsync(6);
        await Expect(page.Locator("table#table-status")).ToBeVisibleAsync();
        var agencies = page.Locator("details:has(table#table-agencies)");
        await Expect(agencies).Not.ToHaveAttributeAsync("open", "");
        await agencies.Locator("summary").ClickAsync();
        await Expect(page.Locator("table#table-agencies")).ToBeVisibleAsync();

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cascade-browser-screenshots", "national-dashboard.png"), FullPage = true });
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        const string reason = "Chromium is not installed at /usr/bin/chromium: install the Debian package chromium";
        if (Environment.GetEnvironmentVariable("CASCADE_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }
}
