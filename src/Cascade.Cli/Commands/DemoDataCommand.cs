using System.CommandLine;
using System.Globalization;
using Cascade.Data;
using Cascade.Data.Generation;
using Spectre.Console;

namespace Cascade.Cli.Commands;

/// <summary>
/// <c>cascade demo-data</c>: loads the demo plans into an empty database; with <c>--scale national</c>
/// a synthetic country (34 provinces, 3,321 communes, reports 2024–2030) for load tests.
/// </summary>
internal static class DemoDataCommand
{
    public static Command Create()
    {
        var scale = new Option<string>("--scale")
        {
            Description = "demo (default): the five seed plans; national: a synthetic country, one plan per province and per commune.",
            DefaultValueFactory = _ => "demo",
        };
        scale.AcceptOnlyFromAmong("demo", "national");
        var provinces = new Option<int?>("--provinces") { Description = $"With --scale national: how many provinces (1–{GenerationScale.ProvincesInForce}, default all)." };
        var communes = new Option<int?>("--communes") { Description = $"With --scale national: how many communes in all (default {GenerationScale.CommunesInForce:N0})." };
        var seed = new Option<int?>("--seed") { Description = "With --scale national: the random seed (the same seed gives the same data)." };

        var command = new Command("demo-data", "Load the demo data (the five seed plans and their agencies), or a synthetic national dataset, into an empty database.");
        command.Options.Add(scale);
        command.Options.Add(provinces);
        command.Options.Add(communes);
        command.Options.Add(seed);
        command.Validators.Add(result =>
        {
            var national = result.GetValue(scale) == "national";
            if (!national && (result.GetValue(provinces) is not null || result.GetValue(communes) is not null || result.GetValue(seed) is not null))
            {
                result.AddError("--provinces, --communes and --seed go with --scale national.");
            }

            if (result.GetValue(provinces) is { } p && p is < 1 or > GenerationScale.ProvincesInForce)
            {
                result.AddError($"--provinces must be between 1 and {GenerationScale.ProvincesInForce}.");
            }

            if (result.GetValue(communes) is { } c && c is < 0 or > 99_999)
            {
                result.AddError("--communes must be between 0 and 99999.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(scale) != "national")
            {
                await using var db = DatabaseOptions.Resolve(parse).CreateContext();
                var loaded = await DatabaseInitializer.MigrateAndSeedAsync(db, TimeProvider.System, seedDemoData: true, ct);
                await output.WriteLineAsync(loaded > 0
                    ? $"Loaded {loaded} demo plans."
                    : "The database already holds plans; nothing was loaded.");
                return 0;
            }

            var size = GenerationScale.National with
            {
                Provinces = parse.GetValue(provinces) ?? GenerationScale.ProvincesInForce,
                Communes = parse.GetValue(communes) ?? GenerationScale.CommunesInForce,
                Seed = parse.GetValue(seed) ?? GenerationScale.National.Seed,
            };
            return await GenerateAsync(parse, size, output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static async Task<int> GenerateAsync(ParseResult parse, GenerationScale size, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await using var db = await DatabaseOptions.OpenAsync(parse, ct);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        GenerationSummary? summary = null;
        try
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    var reporter = new Reporter(step =>
                    {
                        if (!bars.TryGetValue(step.Table, out var bar))
                        {
                            bar = bars[step.Table] = progress.AddTask(Markup.Escape(step.Table), maxValue: Math.Max(1, step.Total));
                        }

                        bar.MaxValue = Math.Max(1, step.Total);
                        bar.Value = step.Done;
                    });
                    summary = await new NationalDatasetGenerator(db, size, reporter).GenerateAsync(ct);
                    foreach (var bar in bars.Values)
                    {
                        bar.Value = bar.MaxValue;
                    }
                });
        }
        catch (GenerationRefusedException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        var s = summary!;
        var table = new Table().AddColumns("Table", "Rows");
        foreach (var (name, count) in new (string, int)[]
                 {
                     ("Provinces", s.Provinces), ("Communes", s.Communes), ("Agencies", s.Agencies), ("Plans", s.Plans), ("Tasks", s.Tasks),
                     ("Assignments", s.Assignments), ("Targets", s.Targets), ("Indicator values", s.IndicatorValues), ("Periods", s.Periods),
                     ("Reports", s.Reports), ("Report events", s.ReportEvents), ("Accounts", s.Accounts),
                 })
        {
            table.AddRow(name, count.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated in {s.Elapsed.TotalSeconds:F1} s (seed {size.Seed}). Accounts (password {GeneratedAccounts.Password}): {GeneratedAccounts.Administrator}, {GeneratedAccounts.NationalViewer}, {GeneratedAccounts.Coordinator}, {GeneratedAccounts.ProvinceReporter}, {GeneratedAccounts.CommuneReporter}."));
        return 0;
    }

    /// <summary>Reports progress on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Reporter(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
