using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cascade.Import;

// Import time per document, warm: each document is imported a few times to warm the JIT and
// regex caches, then timed over many runs. Usage:
//   dotnet run -c Release --project bench/Cascade.Bench -- import [--runs N]
// Writes bench/results/import-YYYY-MM-DD.md and prints the same table.
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(200);
var root = FindRoot();
var documents = Directory.GetFiles(Path.Combine(root, "..", "shared", "seeds"), "*.txt")
    .Concat(Directory.Exists(Path.Combine(root, "tests", "Cascade.Import.Tests", "Fixtures"))
        ? Directory.GetFiles(Path.Combine(root, "tests", "Cascade.Import.Tests", "Fixtures")).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
        : [])
    .Order(StringComparer.Ordinal)
    .ToList();

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Import benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} warm runs per document after 20 warm-up runs. Target: each seed ≤ 20 ms warm.");
report.AppendLine();
report.AppendLine("| document | bytes | tasks | median ms | p95 ms | max ms | within 20 ms |");
report.AppendLine("|---|---:|---:|---:|---:|---:|---|");
foreach (var path in documents)
{
    var bytes = File.ReadAllBytes(path);
    ImportResult result = null!;
    for (var i = 0; i < 20; i++)
    {
        result = Import(bytes, path);
    }

    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        result = Import(bytes, path);
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    var median = times[runs / 2];
    var p95 = times[(int)Math.Min(runs - 1, Math.Ceiling(runs * 0.95) - 1)];
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {Path.GetFileName(path)} | {bytes.Length} | {result.Register?.Tasks.Count.ToString(CultureInfo.InvariantCulture) ?? result.Failure?.Code} | {median:0.00} | {p95:0.00} | {times[^1]:0.00} | {(p95 <= 20 ? "yes" : "no")} |");
}

Console.Write(report);
var output = Path.Combine(root, "bench", "results", $"import-{DateTime.UtcNow:yyyy-MM-dd}.md");
File.WriteAllText(output, report.ToString());
Console.WriteLine();
Console.WriteLine($"Written to {output}");
return 0;

static ImportResult Import(byte[] bytes, string path)
{
    using var stream = new MemoryStream(bytes, writable: false);
    return PlanImporter.Import(stream, Path.GetFileName(path));
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cascade.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
