using System.Net;
using AngleSharp.Html.Parser;
using Cascade.Core.Access;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Tests;

/// <summary>Accounts are created by an administrator, or by a coordinator for their province's agencies.</summary>
public sealed class AccountAdminTests
{
    private static async Task<int> AgencyIdAsync(CascadeWebFactory factory, string name, string province)
    {
        await using var db = factory.Database.CreateContext();
        // The agency of today: Hải Phòng's departments before the 2025 merger have ended.
        return await db.Agencies.Where(a => a.Name == name && a.ValidTo == null && db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId && u.Name == province))
            .Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string?> CreateAsync(HttpClient client, string email, Role role, int? agency = null, int? province = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Cán bộ mới",
            ["Input.Password"] = "Mat-khau-2026",
            ["Input.Role"] = role.ToString(),
            ["Input.AgencyId"] = agency?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Input.ProvinceId"] = province?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        using var response = await client.PostFormAsync("/Accounts", fields);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return page.QuerySelector("#account-error")?.Text();
    }

    [Fact]
    public async Task ACoordinatorCreatesAReporterForTheirProvinceWhoCanThenSignIn()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var health = await AgencyIdAsync(factory, "Sở Y tế", "Vĩnh Long");

        Assert.Null(await CreateAsync(coordinator, "baocao.syt.travinh@cascade.local", Role.AgencyReporter, agency: health));

        var reporter = factory.CreateClient();
        await reporter.SignInAsync(new DemoAccounts.Account("baocao.syt.travinh@cascade.local", "x", Role.AgencyReporter), "Mat-khau-2026");
        var agencies = await reporter.GetJsonAsync("/api/agencies");
        Assert.Equal(health, Assert.Single(agencies.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ACoordinatorCannotCreateAccountsForAnotherProvinceOrOtherRoles()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        var haiPhongHealth = await AgencyIdAsync(factory, "Sở Y tế", "Hải Phòng");

        Assert.NotNull(await CreateAsync(coordinator, "x1@cascade.local", Role.AgencyReporter, agency: haiPhongHealth));
        Assert.NotNull(await CreateAsync(coordinator, "x2@cascade.local", Role.Administrator));
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email!.StartsWith("x"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AReporterCannotOpenTheAccountsPageAndADuplicateEmailIsRefused()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();

        await factory.SignedInClient(DemoAccounts.ReporterHealthHaiPhong).GetPageAsync("/Accounts", HttpStatusCode.Forbidden);
        var error = await CreateAsync(factory.SignedInClient(), DemoAccounts.LeaderTraVinh.Email, Role.NationalViewer);

        Assert.Equal("Thư điện tử này đã có tài khoản.", error);
    }

    [Fact]
    public async Task AnAgencyTheReorganisationEndedIsNeitherOfferedNorAccepted()
    {
        await using var factory = await CascadeWebFactory.CreateAsync();
        var coordinator = factory.SignedInClient(DemoAccounts.CoordinatorTraVinh);
        await using var db = factory.Database.CreateContext();
        var planning = await db.Agencies.Where(a => a.Name == "Sở Kế hoạch và Đầu tư" && a.ValidTo != null
                && db.AdministrativeUnits.Any(u => u.Id == a.AdministrativeUnitId && u.Name == "Trà Vinh"))
            .Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);

        var page = await coordinator.GetPageAsync("/Accounts");
        var error = await CreateAsync(coordinator, "baocao.skhdt.travinh@cascade.local", Role.AgencyReporter, agency: planning);

        Assert.Null(page.QuerySelector($"option[value='{planning}']"));
        Assert.Equal("Cơ quan này đã chấm dứt hoạt động; hãy chọn cơ quan nhận nhiệm vụ của cơ quan này.", error);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "baocao.skhdt.travinh@cascade.local", TestContext.Current.CancellationToken));
    }
}
