using System.Diagnostics;

namespace Cascade.Export.Tests.ConsolidatedReport;

/// <summary>LibreOffice run headless to turn a written document into PDF, as a reader's office suite would lay it out.</summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The libreoffice command on the PATH, or the test is skipped (failed when CI requires it).</summary>
    public static string Require()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .SelectMany(dir => new[] { Path.Combine(dir, "libreoffice"), Path.Combine(dir, "soffice") })
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        const string reason = "LibreOffice is not installed (no libreoffice on the PATH): install the Debian package libreoffice-writer-nogui";
        // CI sets CASCADE_REQUIRE_LIBREOFFICE so that a missing LibreOffice fails the run instead of skipping.
        if (Environment.GetEnvironmentVariable("CASCADE_REQUIRE_LIBREOFFICE") == "1")
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>
    /// Converts a file to PDF in <paramref name="outputFolder"/> and returns the PDF's path. Each run
    /// has a profile of its own (-env:UserInstallation), so parallel conversions do not wait on one
    /// another's lock, and is killed if it runs past the timeout.
    /// </summary>
    public static async Task<string> ConvertToPdfAsync(string executable, string file, string outputFolder, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("cascade-lo-profile-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { $"-env:UserInstallation={new Uri(profile.FullName).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, file })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not convert {file} within {Timeout.TotalMinutes} minutes.");
            }

            var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(file) + ".pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf),
                $"LibreOffice exited with {process.ExitCode} and wrote no {pdf}:\n{await output}\n{await error}");
            return pdf;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
