namespace Cascade.Cli.Tests;

public sealed class SuccessorCommandTests
{
    [Fact]
    public async Task ThePlanningDepartmentOfTraVinhIsTheFinanceDepartmentOfVinhLongIn2026()
    {
        using var cli = new CliRun();

        var answer = await cli.RunAsync("successor", "Sở Kế hoạch và Đầu tư", "--province", "Trà Vinh", "--on", "2026-01-01");

        Assert.Equal(0, answer.ExitCode);
        var lines = answer.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "Sở Kế hoạch và Đầu tư tỉnh Trà Vinh, on 01/01/2026:",
                "01/03/2025  Sở Kế hoạch và Đầu tư tỉnh Trà Vinh, by Nghị định số 45/2025/NĐ-CP của Chính phủ:",
                "→ Sở Tài chính tỉnh Trà Vinh",
                "01/07/2025  Sở Tài chính tỉnh Trà Vinh, by Nghị quyết số 202/2025/QH15 của Quốc hội:",
                "→ Sở Tài chính tỉnh Vĩnh Long",
                "Holder: Sở Tài chính tỉnh Vĩnh Long",
            ],
            lines);
    }

    [Fact]
    public async Task ThePeoplesCommitteeOfKienGiangIsThatOfTheNewAnGiang()
    {
        using var cli = new CliRun();

        var answer = await cli.RunAsync("successor", "Ủy ban nhân dân tỉnh Kiên Giang", "--on", "2025-08-01");

        Assert.Equal(0, answer.ExitCode);
        Assert.Contains("Nghị quyết số 202/2025/QH15", answer.Output, StringComparison.Ordinal);
        Assert.EndsWith("Holder: Ủy ban nhân dân tỉnh An Giang", answer.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASplitNamesEverySuccessorAndMarksTheMainOne()
    {
        using var cli = new CliRun();

        var answer = await cli.RunAsync("successor", "Sở LĐ-TB&XH", "--province", "An Giang", "--on", "2025-05-01");

        Assert.Equal(0, answer.ExitCode);
        Assert.Contains("→ Sở Nội vụ tỉnh An Giang (đến 30/06/2025) [main; lao động, việc làm, người có công]", answer.Output, StringComparison.Ordinal);
        Assert.Contains("→ Sở Y tế tỉnh An Giang (đến 30/06/2025) [bảo trợ xã hội, trẻ em]", answer.Output, StringComparison.Ordinal);
        Assert.Contains("→ Sở Giáo dục và Đào tạo tỉnh An Giang (đến 30/06/2025) [giáo dục nghề nghiệp]", answer.Output, StringComparison.Ordinal);
        Assert.EndsWith("Holder: Sở Nội vụ tỉnh An Giang (đến 30/06/2025)", answer.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheChangeTheAgencyHoldsItsOwnDuties()
    {
        using var cli = new CliRun();

        var answer = await cli.RunAsync("successor", "Sở Kế hoạch và Đầu tư", "--province", "Trà Vinh", "--on", "28/02/2025");

        Assert.Contains("no change known", answer.Output, StringComparison.Ordinal);
        Assert.EndsWith("Holder: Sở Kế hoạch và Đầu tư tỉnh Trà Vinh", answer.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDemoDatabaseAnswersFromItsStoredSuccessions()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo-data")).ExitCode);

        var answer = await cli.RunAsync("successor", "Sở Thông tin và Truyền thông", "--province", "Hải Phòng", "--on", "2026-11-25");

        Assert.Equal(0, answer.ExitCode);
        Assert.Contains("→ Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng (đến 30/06/2025) [báo chí, xuất bản]", answer.Output, StringComparison.Ordinal);
        Assert.EndsWith("Holder: Sở Khoa học và Công nghệ thành phố Hải Phòng", answer.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownProvinceOrDayIsAnError()
    {
        using var cli = new CliRun();

        var province = await cli.RunAsync("successor", "Sở Y tế", "--province", "Không Có");
        var day = await cli.RunAsync("successor", "Sở Y tế", "--province", "Trà Vinh", "--on", "31/02/2025");

        Assert.Equal(1, province.ExitCode);
        Assert.Contains("Không Có", province.Error, StringComparison.Ordinal);
        Assert.Equal(1, day.ExitCode);
        Assert.Contains("31/02/2025", day.Error, StringComparison.Ordinal);
    }
}
