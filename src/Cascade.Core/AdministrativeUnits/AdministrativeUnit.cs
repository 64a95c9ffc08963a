using Cascade.Core.Text;

namespace Cascade.Core.AdministrativeUnits;

/// <summary>
/// A province, district or commune, with the dates it existed between. Units are never deleted:
/// a 2023 plan of Trà Vinh keeps pointing at Trà Vinh, whose successor is Vĩnh Long.
/// </summary>
public sealed class AdministrativeUnit
{
    public const int MaxCodeLength = 10;
    public const int MaxNameLength = 100;

    private readonly List<AdministrativeUnitSuccession> _successions = [];

    private AdministrativeUnit()
    {
        Code = string.Empty;
        Name = string.Empty;
        NameKey = string.Empty;
    }

    public AdministrativeUnit(string code, string name, AdministrativeUnitKind kind, int? parentId = null,
        DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException("A unit cannot end before it begins.", nameof(validTo));
        }

        Code = code.Trim();
        Name = VietnameseText.Clean(name);
        NameKey = VietnameseText.Fold(Name);
        Kind = kind;
        ParentId = parentId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public int Id { get; private set; }

    /// <summary>The official code (2 digits for a province, 5 for a commune).</summary>
    public string Code { get; private set; }

    /// <summary>The proper name ("Trà Vinh"), without "tỉnh".</summary>
    public string Name { get; private set; }

    public string NameKey { get; private set; }

    public AdministrativeUnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    /// <summary>The last day the unit existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public IReadOnlyList<AdministrativeUnitSuccession> Successions => _successions;

    public bool IsProvinceLevel => Kind is AdministrativeUnitKind.Province or AdministrativeUnitKind.Municipality;

    public bool ExistsOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>"tỉnh Trà Vinh", "thành phố Hải Phòng": the name as a document prints it.</summary>
    public string FullName => FullNameOf(Name, Kind);

    public static string FullNameOf(string name, AdministrativeUnitKind kind) => kind switch
    {
        AdministrativeUnitKind.Province => $"tỉnh {name}",
        AdministrativeUnitKind.Municipality => $"thành phố {name}",
        AdministrativeUnitKind.Commune => $"xã {name}",
        AdministrativeUnitKind.Ward => $"phường {name}",
        AdministrativeUnitKind.SpecialZone => $"đặc khu {name}",
        _ => name,
    };

    /// <summary>Closes the unit: from the day after <paramref name="lastDay"/> its successor holds it.</summary>
    public void EndOn(DateOnly lastDay, AdministrativeUnit successor, string legalBasis)
    {
        ValidTo = lastDay;
        _successions.Add(new AdministrativeUnitSuccession(this, successor, lastDay.AddDays(1), legalBasis));
    }
}

/// <summary>One unit taking over another (a merger, a split, the end of the district level).</summary>
public sealed class AdministrativeUnitSuccession
{
    private AdministrativeUnitSuccession()
    {
        LegalBasis = string.Empty;
    }

    internal AdministrativeUnitSuccession(AdministrativeUnit predecessor, AdministrativeUnit successor, DateOnly effectiveOn, string legalBasis)
    {
        Predecessor = predecessor;
        Successor = successor;
        EffectiveOn = effectiveOn;
        LegalBasis = legalBasis;
    }

    public int Id { get; private set; }

    public int PredecessorId { get; private set; }

    public AdministrativeUnit? Predecessor { get; private set; }

    public int SuccessorId { get; private set; }

    public AdministrativeUnit? Successor { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The legal text behind the change ("Nghị quyết 202/2025/QH15").</summary>
    public string LegalBasis { get; private set; }
}
