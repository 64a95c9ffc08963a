using Cascade.Import.Registers;
using Cascade.Testing;

namespace Cascade.Cli.Tests;

public sealed class ImportCommandTests
{
    public static TheoryData<string> Seeds => new(RepoPaths.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ASeedPlanImportedAsJsonEqualsItsGold(string seed)
    {
        using var cli = new CliRun();

        var imported = await cli.RunAsync("import", RepoPaths.SeedText(seed), "--json");

        Assert.Equal(0, imported.ExitCode);
        var scored = await CompareRegister.RunAsync(RepoPaths.GoldRegister(seed), PlanRegisterJson.Read(imported.Output).Register!);
        Assert.True(scored.Matches, scored.Output);
    }

    [Fact]
    public async Task AFolderIsImportedAndSavedWithASummary()
    {
        using var cli = new CliRun();
        var folder = Directory.CreateTempSubdirectory("cascade-import-");
        try
        {
            foreach (var seed in RepoPaths.SeedNames)
            {
                File.Copy(RepoPaths.SeedText(seed), Path.Combine(folder.FullName, seed + ".txt"));
            }

            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "junk.pdf"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01], TestContext.Current.CancellationToken);

            var imported = await cli.RunAsync("import", folder.FullName, "--save");
            var exported = await cli.RunAsync("export", "457/KH-UBND");

            Assert.Equal(1, imported.ExitCode); // the junk file fails, the plans are saved
            Assert.Contains("6 documents: 5 imported, 1 failed.", imported.Output, StringComparison.Ordinal);
            Assert.Equal(0, exported.ExitCode);
            Assert.Equal(31, PlanRegisterJson.Read(exported.Output).Register!.Tasks.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnEmptyFileGivesAClearErrorAndNoRegister()
    {
        using var cli = new CliRun();
        var file = Path.Combine(Path.GetTempPath(), $"cascade-empty-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, string.Empty, TestContext.Current.CancellationToken);
        try
        {
            var imported = await cli.RunAsync("import", file, "--json");

            Assert.Equal(1, imported.ExitCode);
            Assert.Empty(imported.Output);
            Assert.Contains(file, imported.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task APathThatDoesNotExistIsNamed()
    {
        using var cli = new CliRun();

        var imported = await cli.RunAsync("import", "/nonexistent/plan.docx", "--json");

        Assert.Equal(1, imported.ExitCode);
        Assert.Contains("/nonexistent/plan.docx", imported.Error, StringComparison.Ordinal);
    }
}
