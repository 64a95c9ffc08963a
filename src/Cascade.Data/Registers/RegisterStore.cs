using System.Globalization;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Revisions;
using Cascade.Core.Reporting;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Core.Timeframes;
using Cascade.Data.Notifications;
using Cascade.Data.Reorganisation;
using Cascade.Import.Registers;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Registers;

/// <summary>The outcome of saving a register: the new plan, or why it was refused.</summary>
public sealed record SaveRegisterResult(int? PlanId, string? Error, IReadOnlyList<string> NewAgencies)
{
    public bool Succeeded => PlanId is not null;
}

/// <summary>
/// Stores a plan register as a plan with its targets, duties, tasks and assignments, matching
/// each printed agency name to the catalogue of the plan's locality (a name it does not know
/// becomes a new agency, never a dropped one); and writes a stored plan back as its register.
/// </summary>
public sealed class RegisterStore(CascadeDbContext db, TimeProvider clock)
{
    public async Task<SaveRegisterResult> SaveAsync(PlanRegister register, CancellationToken cancellationToken = default)
    {
        var problems = PlanRegisterValidator.Validate(register);
        if (problems.Count > 0)
        {
            return new SaveRegisterResult(null, string.Join("\n", problems), []);
        }

        var doc = register.Document;
        var number = doc.Number is null ? null : DocumentNumber.Parse(doc.Number);
        if (number is not null && await db.Plans.AnyAsync(p => p.NumberKey == number.Key, cancellationToken))
        {
            return new SaveRegisterResult(null, $"Kế hoạch số {number} đã có trong hệ thống.", []);
        }

        var unit = await FindUnitAsync(doc.Locality, DateOf(register), cancellationToken);
        var plan = Header(register, number, unit?.Id);
        var catalogue = await AgencyCatalogue.LoadAsync(db, unit?.Id, doc.Locality, cancellationToken);
        foreach (var t in register.Tasks)
        {
            var task = plan.AddTask(t.Ref, t.Group, t.Title, PlanRegisterValidator.ToTimeframe(t.Timeframe, out _)!, t.Product);
            AssignAgencies(task, t, catalogue);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        await RouteToTodaysAgenciesAsync(plan, cancellationToken);
        return new SaveRegisterResult(plan.Id, null, catalogue.Proposed.Select(a => a.Name).ToList());
    }

    /// <summary>The plan's header, targets and duties as the register states them (no tasks yet).</summary>
    private Plan Header(PlanRegister register, DocumentNumber? number, int? unitId)
    {
        var doc = register.Document;
        var plan = new Plan(
            DocumentKindCodes.FromCode(doc.Kind),
            number,
            doc.Date is null ? null : PlanRegisterValidator.ParseDate(doc.Date),
            doc.Issuer!,
            GovernmentLevelCodes.FromCode(doc.Level),
            doc.Locality,
            unitId,
            doc.Title ?? string.Empty)
        {
            ImportedAt = clock.GetUtcNow(),
        };

        foreach (var parent in doc.Implements)
        {
            plan.AddImplemented(DocumentNumber.Parse(parent));
        }

        foreach (var t in register.Targets)
        {
            plan.AddTarget(new Target(t.Year, t.Text ?? string.Empty, t.Value!.Value, t.Max, t.Unit!, t.RelativeTo));
        }

        foreach (var r in register.Reporting)
        {
            DueDay? due = r.Due is null ? null : DueDay.TryParse(r.Due, out var d) ? d : null;
            plan.AddReportingDuty(new ReportingDuty(ReportingFrequencyCodes.FromCode(r.Frequency), due, r.To!));
        }

        return plan;
    }

    private static void AssignAgencies(PlanTask task, RegisterTask row, AgencyCatalogue catalogue)
    {
        foreach (var name in row.Lead.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            task.Assign(catalogue.FindOrPropose(name), AssignmentRole.Lead, name);
        }

        foreach (var name in row.Support.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            task.Assign(catalogue.FindOrPropose(name), AssignmentRole.Coordinating, name);
        }
    }

    /// <summary>The agency names of a register the locality's catalogue does not know: saving adds them as new agencies.</summary>
    public async Task<IReadOnlyList<string>> UnknownAgenciesAsync(PlanRegister register, CancellationToken cancellationToken = default)
    {
        var unitId = await FindUnitIdAsync(register.Document.Locality, DateOf(register), cancellationToken);
        var catalogue = await AgencyCatalogue.LoadAsync(db, unitId, register.Document.Locality, cancellationToken);
        return register.Tasks.SelectMany(t => t.Lead.Concat(t.Support))
            .Where(n => !string.IsNullOrWhiteSpace(n) && !catalogue.Knows(n))
            .DistinctBy(AgencyNames.Key)
            .ToList();
    }

    /// <summary>What a newer version of a stored plan would change, task by task; null when no plan has its number.</summary>
    public async Task<(int PlanId, IReadOnlyList<TaskChange> Changes)?> PreviewRevisionAsync(PlanRegister register, CancellationToken cancellationToken = default)
    {
        if (!DocumentNumber.TryParse(register.Document.Number, out var number))
        {
            return null;
        }

        var plan = await db.Plans.AsNoTracking().Include(p => p.Tasks).ThenInclude(t => t.Assignments)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.NumberKey == number.Key, cancellationToken);
        return plan is null ? null : (plan.Id, TaskChanges.Compare(VersionsOf(Current(plan)), VersionsOf(register)));
    }

    public Task<SaveRegisterResult> ReviseAsync(int planId, PlanRegister register, CancellationToken cancellationToken = default) =>
        ReviseAsync(planId, register, null, cancellationToken);

    /// <summary>
    /// Replaces a stored plan by its newer version: tasks that stay keep their identity and reports
    /// (reworded or reassigned in place), new tasks are added, dropped ones are deleted, or withdrawn
    /// when reports were filed on them.
    /// </summary>
    /// <param name="sameTasks">
    /// When the caller knows which tasks stay (a decision changing them in place): register index →
    /// index among the plan's current tasks in register order. Otherwise tasks are paired by their words.
    /// </param>
    public async Task<SaveRegisterResult> ReviseAsync(int planId, PlanRegister register, IReadOnlyDictionary<int, int>? sameTasks, CancellationToken cancellationToken = default)
    {
        var problems = PlanRegisterValidator.Validate(register);
        if (problems.Count > 0)
        {
            return new SaveRegisterResult(null, string.Join("\n", problems), []);
        }

        var plan = await db.Plans.Include(p => p.Implements).Include(p => p.Targets).ThenInclude(t => t.Values).Include(p => p.ReportingDuties)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.CurrentAgency)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new SaveRegisterResult(null, "Không tìm thấy kế hoạch cần cập nhật.", []);
        }

        var unitId = await FindUnitIdAsync(register.Document.Locality, DateOf(register), cancellationToken);
        plan.ImportedAt = clock.GetUtcNow();
        plan.Revise(Header(register, plan.Number, unitId));
        var current = Current(plan);
        var changes = sameTasks is null
            ? TaskChanges.Compare(VersionsOf(current), VersionsOf(register))
            : TaskChanges.FromPairs(VersionsOf(current), VersionsOf(register), sameTasks);
        var catalogue = await AgencyCatalogue.LoadAsync(db, unitId, register.Document.Locality, cancellationToken);
        foreach (var change in changes)
        {
            if (change.NewIndex is { } n)
            {
                var row = register.Tasks[n];
                var timeframe = PlanRegisterValidator.ToTimeframe(row.Timeframe, out _)!;
                var task = change.OldIndex is { } o ? current[o] : plan.AddTask(row.Ref, row.Group, row.Title, timeframe, row.Product);
                task.Revise(row.Ref, row.Group, row.Title, timeframe, row.Product, n);

                // The agencies are named anew; a holder the coordinator picked for one of them stays.
                var picks = task.Assignments.Where(a => a.IsMoved && a.CurrentAgency is not null)
                    .GroupBy(a => (a.AgencyId, a.Role)).ToDictionary(g => g.Key, g => g.First().CurrentAgency!);
                task.ClearAssignments();
                AssignAgencies(task, row, catalogue);
                foreach (var assignment in task.Assignments)
                {
                    if (assignment.Agency is { Id: > 0 } agency && picks.GetValueOrDefault((agency.Id, assignment.Role)) is { } holder)
                    {
                        assignment.MoveTo(holder);
                    }
                }
            }
            else if (change.OldIndex is { } o)
            {
                var task = current[o];
                var used = await db.Reports.AnyAsync(r => r.TaskId == task.Id, cancellationToken)
                    || await db.Contributions.AnyAsync(c => c.TaskId == task.Id, cancellationToken);
                if (used)
                {
                    task.Withdraw(clock.GetUtcNow());
                }
                else
                {
                    plan.RemoveTask(task);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await RouteToTodaysAgenciesAsync(plan, cancellationToken);
        return new SaveRegisterResult(plan.Id, null, catalogue.Proposed.Select(a => a.Name).ToList());
    }

    /// <summary>
    /// A plan of 2023 names agencies that have since been merged: the successor rules are written for
    /// them, and each assignment goes to the agency holding its duties today.
    /// </summary>
    private async Task RouteToTodaysAgenciesAsync(Plan plan, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var named = plan.Tasks.SelectMany(t => t.Assignments).Select(a => a.AgencyId).Distinct().ToList();
        await new SuccessionWriter(db).ApplyRulesAsync(named, today, cancellationToken);
        await new AssignmentRouting(db).RerouteAsync(a => db.Tasks.Any(t => t.Id == a.TaskId && t.PlanId == plan.Id), today, cancellationToken);
    }

    private static List<PlanTask> Current(Plan plan) => plan.Tasks.Where(t => t.WithdrawnAt is null).OrderBy(t => t.Order).ToList();

    private static List<TaskVersion> VersionsOf(IEnumerable<PlanTask> tasks) => tasks
        .Select(t => new TaskVersion(t.Ref, t.Title, t.Leads.Select(a => a.PrintedName).ToList(), t.Coordinating.Select(a => a.PrintedName).ToList(), t.Timeframe.Text, t.Product))
        .ToList();

    /// <summary>A register's tasks as the revision comparison reads them.</summary>
    public static List<TaskVersion> VersionsOf(PlanRegister register) => register.Tasks
        .Select(t => new TaskVersion(t.Ref, t.Title, t.Lead, t.Support, t.Timeframe.Text, t.Product))
        .ToList();

    /// <summary>The register of a stored plan, exactly in the plan-register format.</summary>
    public async Task<PlanRegister?> ExportAsync(int planId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Implements)
            .Include(p => p.Targets)
            .Include(p => p.ReportingDuties)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        return plan is null ? null : ToRegister(plan);
    }

    /// <summary>Finds a plan by its id or its number and symbol ("105/KH-UBND").</summary>
    public async Task<int?> FindPlanIdAsync(string idOrNumber, CancellationToken cancellationToken = default)
    {
        if (int.TryParse(idOrNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await db.Plans.Where(p => p.Id == id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (!DocumentNumber.TryParse(idOrNumber, out var number))
        {
            return null;
        }

        return await db.Plans.Where(p => p.NumberKey == number.Key).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public static PlanRegister ToRegister(Plan plan) => new()
    {
        Document = new RegisterDocument
        {
            Kind = plan.Kind.ToCode(),
            Number = plan.Number?.Text,
            Date = plan.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Issuer = plan.Issuer,
            Level = plan.Level.ToCode(),
            Locality = plan.Locality,
            Title = plan.Title,
            Implements = plan.Implements.OrderBy(r => r.Order).Select(r => r.Number.Text).ToList(),
        },
        Targets = plan.Targets.Where(t => t.WithdrawnAt == null).OrderBy(t => t.Order).Select(t => new RegisterTarget
        {
            Year = t.Year,
            Text = t.Text,
            Value = WithoutTrailingZeros(t.Value),
            Max = t.Max is { } max ? WithoutTrailingZeros(max) : null,
            Unit = t.Unit,
            RelativeTo = t.RelativeTo,
        }).ToList(),
        Reporting = plan.ReportingDuties.OrderBy(d => d.Order).Select(d => new RegisterReporting
        {
            Frequency = d.Frequency.ToCode(),
            Due = d.Due?.ToString(),
            To = d.Recipient,
        }).ToList(),
        Tasks = plan.Tasks.Where(t => t.WithdrawnAt == null).OrderBy(t => t.Order).Select(t => new RegisterTask
        {
            Ref = t.Ref,
            Group = t.Group,
            Title = t.Title,
            Lead = t.Leads.Select(a => a.PrintedName).ToList(),
            Support = t.Coordinating.Select(a => a.PrintedName).ToList(),
            Timeframe = new RegisterTimeframe
            {
                Text = t.Timeframe.Text,
                Kind = t.Timeframe.Kind.ToCode(),
                From = t.Timeframe.From,
                To = t.Timeframe.To,
                Due = t.Timeframe.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            Product = t.Product,
        }).ToList(),
    };

    // Databases return decimals with their column's scale (7.0000); the register prints 7.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The administrative unit a plan of this locality belongs to today, if the catalogue has it.</summary>
    public async Task<int?> FindUnitIdAsync(string? locality, CancellationToken cancellationToken = default) =>
        (await FindUnitAsync(locality, null, cancellationToken))?.Id;

    /// <summary>
    /// The administrative unit a plan belongs to: of the units named as its locality, the one that
    /// existed on the plan's date (a 2023 plan of Hải Phòng belongs to the city before the merger).
    /// </summary>
    public async Task<int?> FindUnitIdAsync(string? locality, DateOnly? planDate, CancellationToken cancellationToken = default) =>
        (await FindUnitAsync(locality, planDate, cancellationToken))?.Id;

    private async Task<AdministrativeUnit?> FindUnitAsync(string? locality, DateOnly? planDate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(locality))
        {
            return null;
        }

        var key = VietnameseText.Fold(locality);
        var candidates = await db.AdministrativeUnits.Where(u => u.NameKey == key).ToListAsync(cancellationToken);
        return UnitTimeline.ExistingOn(candidates, planDate);
    }

    private static DateOnly? DateOf(PlanRegister register) =>
        register.Document.Date is { } date ? PlanRegisterValidator.ParseDate(date) : null;
}
