using Cascade.Core.Text;

namespace Cascade.Core.Agencies;

/// <summary>What a recorded change does to the agencies it ends.</summary>
public enum AgencyChangeKind
{
    /// <summary>One agency goes on under a new name (a new agency record succeeds it).</summary>
    Renamed = 0,

    /// <summary>One agency or more handed over to one agency.</summary>
    Merged = 1,

    /// <summary>One agency's duties shared among several, one of them the main successor.</summary>
    Split = 2,
}

/// <summary>Why a change cannot be recorded; the page says it in Vietnamese.</summary>
public enum AgencyChangeError
{
    NoPredecessor,
    NoSuccessor,
    ManyToMany,
    SuccessorIsPredecessor,
    SameSuccessorTwice,
    SuccessorNameMissing,
    SuccessorNameTooLong,
    NoMainSuccessor,
    NoDate,
    FutureDate,
    PredecessorEnded,
    BeforePredecessorBegan,
    NoLegalBasis,
    LegalBasisTooLong,
    FunctionsTooLong,
}

/// <summary>An agency the change ends, with the dates it existed between.</summary>
public sealed record ChangedAgency(int Id, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A successor: an agency already in the catalogue (<see cref="ExistingId"/>) or a new one by name.</summary>
public sealed record ChangeSuccessor(int? ExistingId, string? NewName, bool IsMain, string? Functions = null)
{
    public const int MaxFunctionsLength = 500;
}

/// <summary>
/// A change to the agencies the coordinator records: an agency renamed, agencies merged into one, or
/// one split among several; from a date (the first day the successors hold the duties), on a legal basis.
/// </summary>
public sealed record AgencyChange(IReadOnlyList<ChangedAgency> Predecessors, IReadOnlyList<ChangeSuccessor> Successors, DateOnly? EffectiveOn, string? LegalBasis)
{
    public AgencyChangeKind Kind => Successors.Count > 1 ? AgencyChangeKind.Split
        : Predecessors.Count == 1 && Successors.Count == 1 && Successors[0].ExistingId is null ? AgencyChangeKind.Renamed
        : AgencyChangeKind.Merged;

    /// <summary>What stops the change from being recorded on <paramref name="today"/>; empty when it can be.</summary>
    public IReadOnlyList<AgencyChangeError> Validate(DateOnly today)
    {
        var errors = new List<AgencyChangeError>();
        if (Predecessors.Count == 0)
        {
            errors.Add(AgencyChangeError.NoPredecessor);
        }

        if (Successors.Count == 0)
        {
            errors.Add(AgencyChangeError.NoSuccessor);
        }

        if (Predecessors.Count > 1 && Successors.Count > 1)
        {
            errors.Add(AgencyChangeError.ManyToMany);
        }

        if (Successors.Any(s => s.ExistingId is { } id && Predecessors.Any(p => p.Id == id)))
        {
            errors.Add(AgencyChangeError.SuccessorIsPredecessor);
        }

        var keys = Successors.Select(s => s.ExistingId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? AgencyNames.Key(s.NewName ?? string.Empty)).ToList();
        if (keys.Distinct().Count() != keys.Count)
        {
            errors.Add(AgencyChangeError.SameSuccessorTwice);
        }

        if (Successors.Any(s => s.ExistingId is null && string.IsNullOrWhiteSpace(s.NewName)))
        {
            errors.Add(AgencyChangeError.SuccessorNameMissing);
        }

        if (Successors.Any(s => s.ExistingId is null && VietnameseText.Clean(s.NewName).Length > Agency.MaxNameLength))
        {
            errors.Add(AgencyChangeError.SuccessorNameTooLong);
        }

        if (Successors.Count > 0 && Successors.Count(s => s.IsMain) != 1)
        {
            errors.Add(AgencyChangeError.NoMainSuccessor);
        }

        if (Successors.Any(s => s.Functions?.Length > ChangeSuccessor.MaxFunctionsLength))
        {
            errors.Add(AgencyChangeError.FunctionsTooLong);
        }

        if (EffectiveOn is not { } day)
        {
            errors.Add(AgencyChangeError.NoDate);
        }
        else
        {
            // The assignments move on the day the change is confirmed; a change to come is recorded when it comes.
            if (day > today)
            {
                errors.Add(AgencyChangeError.FutureDate);
            }

            if (Predecessors.Any(p => p.ValidFrom is { } from && from >= day))
            {
                errors.Add(AgencyChangeError.BeforePredecessorBegan);
            }
        }

        if (Predecessors.Any(p => p.ValidTo is not null))
        {
            errors.Add(AgencyChangeError.PredecessorEnded);
        }

        if (string.IsNullOrWhiteSpace(LegalBasis))
        {
            errors.Add(AgencyChangeError.NoLegalBasis);
        }
        else if (VietnameseText.Clean(LegalBasis).Length > AgencySuccession.MaxLegalBasisLength)
        {
            errors.Add(AgencyChangeError.LegalBasisTooLong);
        }

        return errors;
    }
}
