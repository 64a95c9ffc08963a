namespace Cascade.Core.Adjustments;

/// <summary>
/// One version of a plan's register as it stood: the first as imported, each later one as a
/// decision left it. The register is kept as its plan-register text, so any version reads back
/// whatever happened to the plan since.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion()
    {
        Register = string.Empty;
    }

    public PlanVersion(int planId, int number, int? decisionId, string register, DateTimeOffset createdAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(register);
        if (number == 1 && decisionId is not null || number > 1 && decisionId is null)
        {
            throw new ArgumentException("The first version comes from the import, every later one from a decision.", nameof(decisionId));
        }

        PlanId = planId;
        Number = number;
        DecisionId = decisionId;
        Register = register;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>1 for the plan as issued, then 2, 3... one per decision.</summary>
    public int Number { get; private set; }

    /// <summary>The decision the version carries out; null for the first.</summary>
    public int? DecisionId { get; private set; }

    /// <summary>The register in the plan-register format.</summary>
    public string Register { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The number the next version takes.</summary>
    public static int NextNumber(IEnumerable<int> existing) => existing.DefaultIfEmpty(0).Max() + 1;
}
