using Cascade.Core.Adjustments;

namespace Cascade.Web.Pages.Adjustments;

/// <summary>The proposal form as posted: agencies one per line; empty fields of a change stay as they are.</summary>
public sealed class ProposalForm
{
    public AdjustmentKind Kind { get; set; } = AdjustmentKind.Change;

    public int? TaskId { get; set; }

    public string? TaskRef { get; set; }

    public string? Title { get; set; }

    public string? Lead { get; set; }

    public string? Support { get; set; }

    public string? Timeframe { get; set; }

    public string? Product { get; set; }

    public string? Group { get; set; }

    public string? Reason { get; set; }

    public ProposedTask ToProposed() => new(Title, Names(Lead), Names(Support), Timeframe, Product, Group);

    /// <summary>One agency a line (or separated by semicolons, as registers print them).</summary>
    private static List<string>? Names(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
