namespace Cascade.Data.Generation;

/// <summary>
/// How big a synthetic dataset is. <see cref="National"/> is the whole country after the 2025
/// reorganisation: 34 provinces and 3,321 communes, each with one plan, reports 2024–2030.
/// </summary>
public sealed record GenerationScale(int Provinces, int Communes, int ProvinceTasks = 50, int CommuneTasks = 15,
    int FirstYear = 2024, int LastYear = 2030, int Seed = 36)
{
    public const int ProvincesInForce = 34;
    public const int CommunesInForce = 3321;

    public static GenerationScale National { get; } = new(ProvincesInForce, CommunesInForce);

    /// <summary>Throws with a plain message when the numbers cannot make a dataset.</summary>
    public void Validate()
    {
        if (Provinces is < 1 or > ProvincesInForce)
        {
            throw new ArgumentOutOfRangeException(nameof(Provinces), Provinces, $"Provinces must be between 1 and {ProvincesInForce}.");
        }

        if (Communes < 0 || Communes > 99_999)
        {
            throw new ArgumentOutOfRangeException(nameof(Communes), Communes, "Communes must be between 0 and 99,999 (5-digit codes).");
        }

        if (ProvinceTasks < 1 || CommuneTasks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ProvinceTasks), "A plan needs at least one task.");
        }

        if (FirstYear < 2000 || LastYear > 2100 || LastYear < FirstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(LastYear), "The reporting years must run forwards within 2000–2100.");
        }
    }
}

/// <summary>What a generation wrote, table by table.</summary>
public sealed record GenerationSummary(
    int Provinces,
    int Communes,
    int Agencies,
    int Plans,
    int Tasks,
    int Assignments,
    int Targets,
    int IndicatorValues,
    int Periods,
    int Reports,
    int ReportEvents,
    int Accounts,
    TimeSpan Elapsed);

/// <summary>Where the load stands: the table being written and how far along it is.</summary>
public sealed record GenerationProgress(string Table, long Done, long Total);

/// <summary>The generator will not load into a database that already holds data.</summary>
public sealed class GenerationRefusedException(string message) : InvalidOperationException(message);
