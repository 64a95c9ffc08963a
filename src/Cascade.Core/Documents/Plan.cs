using Cascade.Core.Reporting;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;

namespace Cascade.Core.Documents;

/// <summary>
/// A policy document loaded into Cascade with its register: a province's plan, a Party
/// committee's action program, the Government's resolution. Documents it implements but that are
/// not loaded are kept as references by number.
/// </summary>
public sealed class Plan
{
    public const int MaxTitleLength = 2000;
    public const int MaxIssuerLength = 300;
    public const int MaxLocalityLength = 100;

    private readonly List<DocumentReference> _implements = [];
    private readonly List<Target> _targets = [];
    private readonly List<ReportingDuty> _reportingDuties = [];
    private readonly List<PlanTask> _tasks = [];

    private Plan()
    {
        Issuer = string.Empty;
        Title = string.Empty;
    }

    public Plan(DocumentKind kind, DocumentNumber? number, DateOnly? date, string issuer, GovernmentLevel level,
        string? locality, int? administrativeUnitId, string title)
    {
        issuer = VietnameseText.Clean(issuer);
        title = VietnameseText.Clean(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer, nameof(issuer));
        if (issuer.Length > MaxIssuerLength)
        {
            throw new ArgumentException($"An issuer's name is at most {MaxIssuerLength} characters.", nameof(issuer));
        }

        if (title.Length > MaxTitleLength)
        {
            throw new ArgumentException($"A title is at most {MaxTitleLength} characters.", nameof(title));
        }

        Kind = kind;
        Number = number;
        NumberKey = number?.Key;
        Date = date;
        Issuer = issuer;
        Level = level;
        Locality = string.IsNullOrWhiteSpace(locality) ? null : VietnameseText.Clean(locality);
        AdministrativeUnitId = administrativeUnitId;
        Title = title;
        SearchKey = VietnameseText.FoldAccents($"{number?.Text} {issuer} {locality} {title}");
    }

    public int Id { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The number and symbol; null when the text never prints it.</summary>
    public DocumentNumber? Number { get; private set; }

    /// <summary>The number's lookup key (upper case), so "24-CTr/TU" finds "24-CTR/TU".</summary>
    public string? NumberKey { get; private set; }

    public DateOnly? Date { get; private set; }

    public string Issuer { get; private set; }

    public GovernmentLevel Level { get; private set; }

    /// <summary>The locality as the document names it ("Trà Vinh").</summary>
    public string? Locality { get; private set; }

    /// <summary>The administrative unit the plan belongs to, when known.</summary>
    public int? AdministrativeUnitId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Number, issuer, locality and title folded without accents, for search as people type it.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    /// <summary>When the register was stored (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>
    /// When the coordinator put the plan on the province's public results page (UTC); null while it
    /// is not published. A newer version of the plan keeps it.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public IReadOnlyList<DocumentReference> Implements => _implements;

    public IReadOnlyList<Target> Targets => _targets;

    public IReadOnlyList<ReportingDuty> ReportingDuties => _reportingDuties;

    public IReadOnlyList<PlanTask> Tasks => _tasks;

    /// <summary>A short name for lists: the number, else the kind and issuer.</summary>
    public string DisplayName => Number?.Text ?? Issuer;

    /// <summary>Puts the plan on the public results page; publishing again keeps the first date.</summary>
    public void Publish(DateTimeOffset at) => PublishedAt ??= at.ToUniversalTime();

    public void Unpublish() => PublishedAt = null;

    /// <summary>Takes the header of a newer version of the same document.</summary>
    public void Revise(Plan newer)
    {
        Kind = newer.Kind;
        Date = newer.Date;
        Issuer = newer.Issuer;
        Level = newer.Level;
        Locality = newer.Locality;
        AdministrativeUnitId = newer.AdministrativeUnitId;
        Title = newer.Title;
        SearchKey = newer.SearchKey;
        _implements.Clear();
        foreach (var reference in newer.Implements)
        {
            AddImplemented(reference.Number);
        }

        ReviseTargets(newer.Targets);

        _reportingDuties.Clear();
        foreach (var duty in newer.ReportingDuties)
        {
            AddReportingDuty(new ReportingDuty(duty.Frequency, duty.Due, duty.Recipient));
        }
    }

    /// <summary>
    /// Takes a newer version's targets, keeping the identity (and so the measured values) of every
    /// clause it still has: matched by wording first, then, among the clauses left, by horizon,
    /// value and unit (so a reworded clause never takes the values of another one kept word for
    /// word). A clause the newer version drops is removed, or withdrawn when values were already
    /// measured against it.
    /// </summary>
    private void ReviseTargets(IReadOnlyList<Target> newer)
    {
        var unmatched = _targets.ToList();
        var matches = new Target?[newer.Count];
        for (var i = 0; i < newer.Count; i++)
        {
            var key = VietnameseText.Fold(newer[i].Text);
            matches[i] = unmatched.FirstOrDefault(t => VietnameseText.Fold(t.Text) == key);
            if (matches[i] is { } same)
            {
                unmatched.Remove(same);
            }
        }

        for (var i = 0; i < newer.Count; i++)
        {
            var target = newer[i];
            matches[i] ??= unmatched.FirstOrDefault(t => t.Year == target.Year && t.Value == target.Value && t.Unit == target.Unit);
            if (matches[i] is { } same)
            {
                unmatched.Remove(same);
            }
        }

        _targets.Clear();
        for (var i = 0; i < newer.Count; i++)
        {
            var target = newer[i];
            if (matches[i] is { } same)
            {
                same.Revise(target);
                AddTarget(same);
            }
            else
            {
                AddTarget(new Target(target.Year, target.Text, target.Value, target.Max, target.Unit, target.RelativeTo));
            }
        }

        foreach (var dropped in unmatched.Where(t => t.Values.Count > 0))
        {
            dropped.Withdraw(ImportedAt);
            AddTarget(dropped);
        }
    }

    /// <summary>Drops a task that has nothing attached to it.</summary>
    public void RemoveTask(PlanTask task) => _tasks.Remove(task);

    /// <summary>Records a document this one implements; a number already named is kept once.</summary>
    public void AddImplemented(DocumentNumber number)
    {
        if (Number is not null && Number.Equals(number) || _implements.Any(r => r.Number.Equals(number)))
        {
            return;
        }

        _implements.Add(new DocumentReference(number, _implements.Count));
    }

    public void AddTarget(Target target)
    {
        target.Order = _targets.Count;
        _targets.Add(target);
    }

    public void AddReportingDuty(ReportingDuty duty)
    {
        duty.Order = _reportingDuties.Count;
        _reportingDuties.Add(duty);
    }

    public PlanTask AddTask(string taskRef, string? group, string title, Timeframe timeframe, string? product)
    {
        var task = new PlanTask(taskRef, group, title, timeframe, product, _tasks.Count);
        _tasks.Add(task);
        return task;
    }
}

/// <summary>A document a plan says it implements or is based on, by its number.</summary>
public sealed class DocumentReference
{
    private DocumentReference()
    {
        Number = null!;
    }

    internal DocumentReference(DocumentNumber number, int order)
    {
        Number = number;
        Order = order;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public DocumentNumber Number { get; private set; }

    public int Order { get; private set; }
}
