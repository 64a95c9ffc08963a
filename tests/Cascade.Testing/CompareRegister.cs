using System.Diagnostics;
using Cascade.Import.Registers;

namespace Cascade.Testing;

/// <summary>
/// Runs the shared scoring tool (../shared/tools/compare-register) on a register, the same check
/// the project is measured by. Skips the calling test when python3 is not installed.
/// </summary>
public static class CompareRegister
{
    public sealed record Outcome(int ExitCode, string Output)
    {
        public bool Matches => ExitCode == 0;
    }

    public static async Task<Outcome> RunAsync(string goldPath, PlanRegister actual)
    {
        var python = new[] { "/usr/bin/python3", "/usr/local/bin/python3" }.FirstOrDefault(File.Exists)
            ?? FindOnPath("python3");
        if (python is null)
        {
            Assert.Skip("python3 is not installed, so the shared compare-register tool cannot run.");
        }

        var actualPath = Path.Combine(Path.GetTempPath(), $"cascade-register-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(actualPath, PlanRegisterJson.Write(actual));
        try
        {
            var tool = Path.Combine(RepoPaths.Shared, "tools", "compare-register");
            var info = new ProcessStartInfo(python, [tool, goldPath, actualPath, "--verbose"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new Outcome(process.ExitCode, output);
        }
        finally
        {
            File.Delete(actualPath);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
