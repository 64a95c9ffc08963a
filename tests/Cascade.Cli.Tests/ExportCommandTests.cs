using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Cli.Tests;

public sealed class ExportCommandTests
{
    public static TheoryData<string> Seeds => new(RepoPaths.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task AnImportedRegisterExportsEqualToItsGold(string seed)
    {
        using var cli = new CliRun();
        var imported = await cli.RunAsync("import-register", RepoPaths.GoldRegister(seed));
        Assert.Equal(0, imported.ExitCode);

        var exported = await cli.RunAsync("export", "1", "--format", "plan-register");

        Assert.Equal(0, exported.ExitCode);
        var register = PlanRegisterJson.Read(exported.Output);
        Assert.True(register.Succeeded, register.Error);
        var scored = await CompareRegister.RunAsync(RepoPaths.GoldRegister(seed), register.Register!);
        Assert.True(scored.Matches, scored.Output);
    }

    [Fact]
    public async Task ADemoPlanIsFoundByItsNumberAndSymbol()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo-data")).ExitCode);

        var exported = await cli.RunAsync("export", "255/KH-UBND", "--format", "plan-register");

        Assert.Equal(0, exported.ExitCode);
        var register = PlanRegisterJson.Read(exported.Output).Register!;
        Assert.Equal("Ủy ban nhân dân thành phố Hải Phòng", register.Document.Issuer);
        Assert.Equal(19, register.Tasks.Count);
    }

    [Fact]
    public async Task ExportToAFileWritesTheRegisterThere()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo-data");
        var file = Path.Combine(Path.GetTempPath(), $"cascade-export-{Guid.NewGuid():N}.json");
        try
        {
            var exported = await cli.RunAsync("export", "105/KH-UBND", "--out", file);

            Assert.Equal(0, exported.ExitCode);
            Assert.Empty(exported.Output);
            Assert.Equal(16, PlanRegisterJson.Read(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Register!.Tasks.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AnUnknownPlanIsAnErrorThatNamesIt()
    {
        using var cli = new CliRun();

        var exported = await cli.RunAsync("export", "999/KH-UBND");

        Assert.Equal(1, exported.ExitCode);
        Assert.Contains("999/KH-UBND", exported.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormatOtherThanPlanRegisterIsRefused()
    {
        using var cli = new CliRun();

        var exported = await cli.RunAsync("export", "1", "--format", "xml");

        Assert.NotEqual(0, exported.ExitCode);
    }
}
