using System.Text.Json.Serialization;

namespace Cascade.Import.Registers;

/// <summary>
/// One plan in the interchange format "plan-register/1" (shared/spec/plan-register.md): what the
/// importer produces, what export writes, and what the gold files hold. Property names and
/// spellings are the contract; nothing here may change without a new format version.
/// </summary>
public sealed record PlanRegister
{
    public const string FormatName = "plan-register/1";

    [JsonPropertyOrder(0)]
    public string Format { get; init; } = FormatName;

    [JsonPropertyOrder(1)]
    public RegisterDocument Document { get; init; } = new();

    [JsonPropertyOrder(2)]
    public IReadOnlyList<RegisterTarget> Targets { get; init; } = [];

    [JsonPropertyOrder(3)]
    public IReadOnlyList<RegisterReporting> Reporting { get; init; } = [];

    [JsonPropertyOrder(4)]
    public IReadOnlyList<RegisterTask> Tasks { get; init; } = [];
}

public sealed record RegisterDocument
{
    /// <summary>plan | action-program | resolution | decision | other.</summary>
    public string Kind { get; init; } = "plan";

    public string? Number { get; init; }

    /// <summary>ISO date of issue (yyyy-MM-dd).</summary>
    public string? Date { get; init; }

    public string? Issuer { get; init; }

    /// <summary>central | ministry | province | district | commune.</summary>
    public string? Level { get; init; }

    public string? Locality { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Implements { get; init; } = [];
}

public sealed record RegisterTarget
{
    public int Year { get; init; }

    public string? Text { get; init; }

    public decimal? Value { get; init; }

    public decimal? Max { get; init; }

    public string? Unit { get; init; }

    public int? RelativeTo { get; init; }
}

public sealed record RegisterReporting
{
    /// <summary>annual | semiannual | quarterly | monthly | on-request | periodic.</summary>
    public string Frequency { get; init; } = "periodic";

    /// <summary>MM-DD, or null.</summary>
    public string? Due { get; init; }

    public string? To { get; init; }
}

public sealed record RegisterTask
{
    public string Ref { get; init; } = string.Empty;

    public string? Group { get; init; }

    public string Title { get; init; } = string.Empty;

    public IReadOnlyList<string> Lead { get; init; } = [];

    public IReadOnlyList<string> Support { get; init; } = [];

    public RegisterTimeframe Timeframe { get; init; } = new();

    public string? Product { get; init; }
}

public sealed record RegisterTimeframe
{
    public string? Text { get; init; }

    /// <summary>annual | ongoing | deadline | range | conditional | unspecified.</summary>
    public string Kind { get; init; } = "unspecified";

    public int? From { get; init; }

    public int? To { get; init; }

    /// <summary>ISO date (yyyy-MM-dd), or null.</summary>
    public string? Due { get; init; }
}
