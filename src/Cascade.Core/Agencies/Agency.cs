using Cascade.Core.Text;

namespace Cascade.Core.Agencies;

/// <summary>
/// A body that leads or coordinates tasks: a department, a Party committee, a newspaper, or a
/// collective name ("Các sở, ban, ngành tỉnh"). Agencies are never deleted; a renamed or merged
/// agency ends on a date and names its successors.
/// </summary>
public sealed class Agency
{
    public const int MaxNameLength = 300;

    private readonly List<AgencyAlias> _aliases = [];
    private readonly List<AgencySuccession> _successions = [];

    private Agency()
    {
        Name = string.Empty;
        NameKey = string.Empty;
        SearchKey = string.Empty;
    }

    public Agency(string name, AgencyKind kind, int? administrativeUnitId, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var clean = VietnameseText.Clean(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(clean, nameof(name));
        if (clean.Length > MaxNameLength)
        {
            throw new ArgumentException($"An agency's name is at most {MaxNameLength} characters.", nameof(name));
        }

        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException("An agency cannot end before it begins.", nameof(validTo));
        }

        Name = clean;
        NameKey = AgencyNames.Key(clean);
        SearchKey = VietnameseText.FoldAccents(clean);
        Kind = kind;
        AdministrativeUnitId = administrativeUnitId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The matching key of the name (<see cref="AgencyNames.Key"/>), unique within a locality.</summary>
    public string NameKey { get; private set; }

    /// <summary>The name folded without accents, for search as people type it.</summary>
    public string SearchKey { get; private set; }

    public AgencyKind Kind { get; private set; }

    /// <summary>The province or commune the agency belongs to; null for central bodies.</summary>
    public int? AdministrativeUnitId { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    /// <summary>The last day the agency existed under this name; null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public IReadOnlyList<AgencyAlias> Aliases => _aliases;

    public IReadOnlyList<AgencySuccession> Successions => _successions;

    public bool ExistsOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>Adds another spelling the agency is printed under ("Sở KH&CN"); a known one is ignored.</summary>
    public void AddAlias(string alias)
    {
        var key = AgencyNames.Key(alias);
        if (key.Length == 0 || key == NameKey || _aliases.Any(a => a.NameKey == key))
        {
            return;
        }

        _aliases.Add(new AgencyAlias(VietnameseText.Clean(alias), key));
    }

    public bool IsKnownAs(string name)
    {
        var key = AgencyNames.Key(name);
        return key == NameKey || _aliases.Any(a => a.NameKey == key);
    }

    /// <summary>
    /// Ends the agency: from the day after <paramref name="lastDay"/>, <paramref name="successor"/>
    /// holds its duties (or the share of them <paramref name="functions"/> names).
    /// </summary>
    public AgencySuccession SucceededBy(Agency successor, DateOnly lastDay, string legalBasis, bool isMain = true, string? functions = null)
    {
        if (ReferenceEquals(successor, this))
        {
            throw new ArgumentException("An agency cannot succeed itself.", nameof(successor));
        }

        ValidTo = ValidTo is { } end && end < lastDay ? end : lastDay;
        var succession = new AgencySuccession(this, successor, lastDay.AddDays(1), legalBasis, isMain, functions);
        _successions.Add(succession);
        return succession;
    }
}

/// <summary>Another spelling of an agency's name.</summary>
public sealed class AgencyAlias
{
    private AgencyAlias()
    {
        Name = string.Empty;
        NameKey = string.Empty;
    }

    internal AgencyAlias(string name, string nameKey)
    {
        Name = name;
        NameKey = nameKey;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string NameKey { get; private set; }
}

/// <summary>
/// One agency taking over the duties of another from a date. Where the functions split, an agency
/// has several successions, one of them the main one proposed by default.
/// </summary>
public sealed class AgencySuccession
{
    public const int MaxLegalBasisLength = 300;

    private AgencySuccession()
    {
        LegalBasis = string.Empty;
    }

    internal AgencySuccession(Agency predecessor, Agency successor, DateOnly effectiveOn, string legalBasis, bool isMain, string? functions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(legalBasis);
        Predecessor = predecessor;
        Successor = successor;
        EffectiveOn = effectiveOn;
        LegalBasis = legalBasis;
        IsMain = isMain;
        Functions = functions;
    }

    public int Id { get; private set; }

    public int PredecessorId { get; private set; }

    public Agency? Predecessor { get; private set; }

    public int SuccessorId { get; private set; }

    public Agency? Successor { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The legal text behind the change ("Nghị định 45/2025/NĐ-CP").</summary>
    public string LegalBasis { get; private set; }

    /// <summary>The successor proposed when the functions split.</summary>
    public bool IsMain { get; private set; }

    /// <summary>The share of functions this successor takes, where they split.</summary>
    public string? Functions { get; private set; }
}
