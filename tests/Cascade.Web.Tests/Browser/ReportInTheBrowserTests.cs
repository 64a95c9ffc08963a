using System.Text.RegularExpressions;
using Cascade.Web.Infrastructure.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cascade.Web.Tests.Browser;

/// <summary>
/// The reporting workflow in a real headless Chromium against the app on a real port: what the
/// HttpClient tests cannot see (the forms as the browser posts them, the file picker, the layout,
/// script errors) is exercised here once, end to end.
/// </summary>
public sealed partial class ReportInTheBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>One step (a click and the page it loads, a text to appear) may take this long on a busy machine, no longer.</summary>
    private const float StepTimeout = 30_000;

    private const string FirstResults = "Đã tổ chức hội thảo chuyên đề về chuyển đổi số.";
    private const string CorrectedResults = "Đã tổ chức hội thảo chuyên đề về chuyển đổi số với 120 người tham dự.";
    private const string ReturnComment = "Bổ sung số lượng người tham dự.";

    [Fact(Timeout = 300_000)]
    public async Task TheAgencyReportsTheCoordinatorReturnsItThenAcceptsItAndTheFormIsLocked()
    {
        RequireChromium();
        await using var factory = await CascadeWebFactory.CreateAsync();
        var site = factory.StartKestrel();
        var scratch = Directory.CreateTempSubdirectory("cascade-browser-");
        var evidence = Path.Combine(scratch.FullName, "bien-ban-hoi-thao.pdf");
        await File.WriteAllBytesAsync(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray(), TestContext.Current.CancellationToken);

        using var playwright = await Playwright.CreateAsync();
        SetDefaultExpectTimeout(StepTimeout);
        // Playwright gives each launch a new empty profile of its own (it refuses --user-data-dir here).
        var browser = await playwright.Chromium.LaunchAsync(new()
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
        try
        {
            // Two people, two browser contexts: their own cookies, as on two computers.
            var reporter = await Person.OpenAsync(browser, site, DemoAccounts.ReporterScienceTraVinh);
            var coordinator = await Person.OpenAsync(browser, site, DemoAccounts.CoordinatorTraVinh);
            try
            {
                await RunWorkflowAsync(reporter, coordinator, evidence);
            }
            catch
            {
                await reporter.TryScreenshotAsync("failed-reporter");
                await coordinator.TryScreenshotAsync("failed-coordinator");
                throw;
            }

            await reporter.ScreenshotAsync("accepted-reporter");
            await coordinator.ScreenshotAsync("accepted-coordinator");
            reporter.AssertNothingWentWrong();
            coordinator.AssertNothingWentWrong();
        }
        finally
        {
            // Closing the browser closes both contexts; the file and the browser profile are temporary.
            try
            {
                await browser.DisposeAsync();
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
    }

    private static async Task RunWorkflowAsync(Person reporter, Person coordinator, string evidence)
    {
        // The agency finds its task among what it owes and writes its report.
        await reporter.SignInAsync();
        await reporter.OpenFromInboxAsync("3", expectedStatus: "Chưa báo cáo");
        var page = reporter.Page;
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Chưa báo cáo");
        await page.GetByLabel("Tình trạng thực hiện", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await page.GetByLabel("Tỷ lệ hoàn thành (%)", new() { Exact = true }).FillAsync("60");
        await page.GetByLabel("Kết quả thực hiện", new() { Exact = true }).FillAsync(FirstResults);
        // Attaching a file sends its own form: what was typed is saved first, as a person learns to do.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp", Exact = true }).ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Đã lưu bản nháp.");
        await page.GetByLabel("Tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 10 MB)", new() { Exact = true }).SetInputFilesAsync(evidence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true }).ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Đã đính kèm tệp minh chứng.");
        await Expect(page.Locator("#evidence")).ToContainTextAsync("bien-ban-hoi-thao.pdf");
        await Expect(page.GetByLabel("Kết quả thực hiện", new() { Exact = true })).ToHaveValueAsync(FirstResults);
        await Expect(page.GetByLabel("Tỷ lệ hoàn thành (%)", new() { Exact = true })).ToHaveValueAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo", Exact = true }).ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Đã gửi báo cáo đến Sở Khoa học và Công nghệ.");
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã gửi, chờ duyệt");
        var report = ReportPath().Match(new Uri(page.Url).AbsolutePath);
        Assert.True(report.Success, $"The report opened at {page.Url}, not at /Reports/{{period}}/{{task}}.");

        // The coordinator finds it in the summary, reads it with its evidence and returns it.
        await coordinator.SignInAsync();
        await coordinator.OpenFromReviewAsync(report.Groups["period"].Value, report.Value, expectedStatus: "Đã gửi, chờ duyệt");
        var review = coordinator.Page;
        await Expect(review.Locator("#report-content")).ToContainTextAsync(FirstResults);
        await Expect(review.Locator("#report-content")).ToContainTextAsync("Đang thực hiện, 60%");
        var file = review.Locator("#evidence").GetByRole(AriaRole.Link, new() { Name = "bien-ban-hoi-thao.pdf", Exact = true });
        var download = await review.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? throw new Xunit.Sdk.XunitException("The evidence has no link."));
        Assert.Equal(200, download.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.BodyAsync()), StringComparison.Ordinal);
        await review.GetByLabel("Ý kiến (bắt buộc khi trả lại)", new() { Exact = true }).FillAsync(ReturnComment);
        await review.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync();
        await Expect(review.Locator("#message")).ToHaveTextAsync("Đã trả lại báo cáo kèm ý kiến.");
        await Expect(review.Locator("#report-status")).ToHaveTextAsync("Bị trả lại, cần sửa");

        // The agency sees it came back and why, corrects it and sends it again.
        await reporter.OpenFromInboxAsync("3", expectedStatus: "Bị trả lại, cần sửa");
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Bị trả lại, cần sửa");
        await Expect(page.Locator("#events")).ToContainTextAsync("Trả lại · " + DemoAccounts.CoordinatorTraVinh.DisplayName + ": " + ReturnComment);
        await page.GetByLabel("Kết quả thực hiện", new() { Exact = true }).FillAsync(CorrectedResults);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo", Exact = true }).ClickAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Đã gửi báo cáo đến Sở Khoa học và Công nghệ.");
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã gửi, chờ duyệt");

        // The coordinator reads the correction and accepts it.
        await coordinator.OpenFromReviewAsync(report.Groups["period"].Value, report.Value, expectedStatus: "Đã gửi, chờ duyệt");
        await Expect(review.Locator("#report-content")).ToContainTextAsync(CorrectedResults);
        await review.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
        await Expect(review.Locator("#message")).ToHaveTextAsync("Đã chấp nhận báo cáo.");
        await Expect(review.Locator("#report-status")).ToHaveTextAsync("Đã được chấp nhận");
        await Expect(review.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true })).ToHaveCountAsync(0);

        // The agency sees it accepted and can no longer change it.
        await reporter.OpenFromInboxAsync("3", expectedStatus: "Đã được chấp nhận");
        await Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã được chấp nhận");
        await Expect(page.GetByLabel("Kết quả thực hiện", new() { Exact = true })).ToHaveValueAsync(CorrectedResults);
        await Expect(page.GetByLabel("Kết quả thực hiện", new() { Exact = true })).ToBeDisabledAsync();
        await Expect(page.GetByLabel("Tình trạng thực hiện", new() { Exact = true })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo", Exact = true })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm", Exact = true })).ToHaveCountAsync(0);
    }

    private static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        const string reason = "Chromium is not installed at /usr/bin/chromium: install the Debian package chromium";
        // CI sets CASCADE_REQUIRE_BROWSER so that a missing browser fails the run instead of skipping.
        if (Environment.GetEnvironmentVariable("CASCADE_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    [GeneratedRegex(@"^/Reports/(?<period>\d+)/(?<task>\d+)$")]
    private static partial Regex ReportPath();

    /// <summary>One person at one computer: a browser context with its own cookies and one tab.</summary>
    private sealed class Person
    {
        private readonly DemoAccounts.Account _account;
        private readonly List<string> _problems = [];

        private Person(DemoAccounts.Account account, IPage page)
        {
            _account = account;
            Page = page;
            // A script error, a console error or a failed request (a missing stylesheet) is something a person would suffer.
            page.PageError += (_, error) => _problems.Add($"script error: {error}");
            page.Console += (_, message) =>
            {
                // Chromium asks for /favicon.ico on its own and the site declares no icon: not a page's fault.
                if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                {
                    _problems.Add($"console error: {message.Text} at {message.Location}");
                }
            };
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    _problems.Add($"{response.Status} for {response.Url}");
                }
            };
        }

        public IPage Page { get; }

        public static async Task<Person> OpenAsync(IBrowser browser, Uri site, DemoAccounts.Account account)
        {
            var context = await browser.NewContextAsync(new()
            {
                BaseURL = site.ToString(),
                Locale = "vi-VN",
                TimezoneId = "Asia/Ho_Chi_Minh",
                ViewportSize = new() { Width = 1280, Height = 900 },
            });
            context.SetDefaultTimeout(StepTimeout);
            context.SetDefaultNavigationTimeout(StepTimeout);
            return new Person(account, await context.NewPageAsync());
        }

        public async Task SignInAsync()
        {
            await Page.GotoAsync("/Account/Login");
            await Page.GetByLabel("Thư điện tử", new() { Exact = true }).FillAsync(_account.Email);
            await Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoAccounts.Password);
            await Page.Locator("form").GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
            await Expect(Page.Locator("#signed-in-as")).ToHaveTextAsync(_account.DisplayName);
        }

        /// <summary>From the menu to "Việc cần báo cáo", then the task's row, where its status is read first.</summary>
        public async Task OpenFromInboxAsync(string taskRef, string expectedStatus)
        {
            await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Việc cần báo cáo", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Việc cần báo cáo", Exact = true })).ToBeVisibleAsync();
            var row = Page.Locator($"#inbox tr[data-task-ref='{taskRef}']");
            await Expect(row.Locator(".status")).ToHaveTextAsync(expectedStatus);
            await row.Locator("a[href^='/Reports/']").ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Nhiệm vụ {taskRef}", Exact = true })).ToBeVisibleAsync();
        }

        /// <summary>From the menu to "Tổng hợp báo cáo", the period chosen, then the task's row.</summary>
        public async Task OpenFromReviewAsync(string periodId, string reportPath, string expectedStatus)
        {
            await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Tổng hợp báo cáo", Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tổng hợp báo cáo", Exact = true })).ToBeVisibleAsync();
            await Page.GetByLabel("Kỳ báo cáo", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = periodId });
            await Page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
            await Expect(Page).ToHaveURLAsync(new Regex($@"/Review\?period={periodId}$"));
            var row = Page.Locator("#review tbody tr").Filter(new() { Has = Page.Locator($"a[href='{reportPath}']") });
            await Expect(row.Locator(".status")).ToHaveTextAsync(expectedStatus);
            await row.Locator($"a[href='{reportPath}']").ClickAsync();
            await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(reportPath) + "$"));
            await Expect(Page.Locator("#report-status")).ToHaveTextAsync(expectedStatus);
        }

        /// <summary>A full-page picture in the temp folder (never in the repository) to look the page over.</summary>
        public async Task ScreenshotAsync(string name)
        {
            var path = Path.Combine(Path.GetTempPath(), "cascade-browser-screenshots", name + ".png");
            await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        }

        /// <summary>After a failure: a picture if the browser can still take one, without hiding the failure.</summary>
        public async Task TryScreenshotAsync(string name)
        {
            try
            {
                await ScreenshotAsync(name);
            }
            catch (PlaywrightException)
            {
                // The browser is gone; the original failure says more.
            }
        }

        public void AssertNothingWentWrong() =>
            Assert.True(_problems.Count == 0, $"The browser of {_account.Email} met: {string.Join("; ", _problems)}");
    }
}
