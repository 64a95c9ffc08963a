using System.Diagnostics;
using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Reporting;
using Cascade.Core.Reports;
using Cascade.Core.Targets;
using Cascade.Core.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Data.Generation;

/// <summary>
/// Fills an empty, migrated database with a synthetic country: provinces and communes, their
/// agencies, one plan each with tasks and assignments, targets with indicator values, Decree 09
/// periods every year and the reports sent in them. Written with the provider's bulk path
/// (<see cref="BulkLoader"/>), ids given here so that no row waits for another's key.
/// </summary>
public sealed class NationalDatasetGenerator(CascadeDbContext db, GenerationScale scale, IProgress<GenerationProgress>? progress = null)
{
    private const int ProgressEvery = 20_000;

    /// <summary>The periods every plan has each year (Decree 09/2019): first quarter, six months, nine months, the year.</summary>
    private static readonly (PeriodKind Kind, int Number)[] PeriodsOfYear =
        [(PeriodKind.Quarterly, 1), (PeriodKind.Semiannual, 1), (PeriodKind.Quarterly, 3), (PeriodKind.Annual, 1)];

    private readonly List<TableShape> _written = [];

    public async Task<GenerationSummary> GenerateAsync(CancellationToken cancellationToken = default)
    {
        scale.Validate();
        if (await db.AdministrativeUnits.AnyAsync(cancellationToken) || await db.Agencies.AnyAsync(cancellationToken) || await db.Plans.AnyAsync(cancellationToken))
        {
            throw new GenerationRefusedException("The database already holds units, agencies or plans; the synthetic dataset is loaded into an empty database only.");
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(scale.Seed);
        var country = SyntheticCountry.Build(scale, random);
        int targets, values, periods, reports, events;
        await using (var loader = await BulkLoader.OpenAsync(db, cancellationToken))
        {
            await WriteUnitsAsync(loader, country, cancellationToken);
            await WriteAgenciesAsync(loader, country, cancellationToken);
            await WritePlansAsync(loader, country, cancellationToken);
            (targets, values) = await WriteTargetsAsync(loader, country, random, cancellationToken);
            await WriteTasksAsync(loader, country, cancellationToken);
            await WriteAssignmentsAsync(loader, country, cancellationToken);
            var periodRows = await WritePeriodsAsync(loader, country, cancellationToken);
            periods = periodRows.Sum(p => p.Value.Count);
            (reports, events) = await WriteReportsAsync(loader, country, periodRows, random, cancellationToken);
            Report("ANALYZE", 0, 1);
            await loader.FinishAsync(_written, cancellationToken);
        }

        var accounts = await GeneratedAccounts.CreateAsync(db, country, cancellationToken);
        // Written past the change tracker: a web app serving this database learns of it by the mark.
        await db.MoveSaveMarkAsync(cancellationToken);
        await db.Database.CloseConnectionAsync();
        return new GenerationSummary(
            scale.Provinces, country.Units.Count - scale.Provinces, country.Agencies.Count, country.Plans.Count, country.Tasks.Count,
            country.Assignments.Count, targets, values, periods, reports, events, accounts, clock.Elapsed);
    }

    private async Task<ITableLoad> BeginAsync<T>(IBulkLoader loader, CancellationToken cancellationToken, params string[] properties)
    {
        var shape = TableShape.For<T>(db, properties);
        _written.Add(shape);
        return await loader.BeginAsync(shape, cancellationToken);
    }

    private void Report(string table, long done, long total) => progress?.Report(new GenerationProgress(table, done, total));

    private async Task WriteUnitsAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        await using var load = await BeginAsync<AdministrativeUnit>(loader, cancellationToken,
            "Id", "Code", "Name", "NameKey", "Kind", "ParentId", "ValidFrom", "ValidTo");
        var row = new object?[8];
        foreach (var unit in country.Units)
        {
            var u = unit.Unit;
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]) = (unit.Id, u.Code, u.Name, u.NameKey, u.Kind, unit.ParentId, u.ValidFrom, u.ValidTo);
            load.Add(row);
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<AdministrativeUnit>(), country.Units.Count, country.Units.Count);
    }

    private async Task WriteAgenciesAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        await using var load = await BeginAsync<Agency>(loader, cancellationToken,
            "Id", "AdministrativeUnitId", "Kind", "Name", "NameKey", "SearchKey", "ValidFrom", "ValidTo");
        var row = new object?[8];
        foreach (var agency in country.Agencies)
        {
            var a = agency.Agency;
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]) = (agency.Id, a.AdministrativeUnitId, a.Kind, a.Name, a.NameKey, a.SearchKey, a.ValidFrom, a.ValidTo);
            load.Add(row);
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<Agency>(), country.Agencies.Count, country.Agencies.Count);
    }

    private async Task WritePlansAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        await using var load = await BeginAsync<Plan>(loader, cancellationToken,
            "Id", "AdministrativeUnitId", "Date", "ImportedAt", "Issuer", "Kind", "Level", "Locality", "Number", "NumberKey", "SearchKey", "Title");
        var row = new object?[12];
        foreach (var plan in country.Plans)
        {
            var p = plan.Plan;
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11]) =
                (plan.Id, p.AdministrativeUnitId, p.Date, p.ImportedAt, p.Issuer, p.Kind, p.Level, p.Locality, p.Number, p.NumberKey, p.SearchKey, p.Title);
            load.Add(row);
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<Plan>(), country.Plans.Count, country.Plans.Count);
    }

    /// <summary>Each plan's targets for 2030 and, for each, a baseline and a measured value every year.</summary>
    private async Task<(int Targets, int Values)> WriteTargetsAsync(IBulkLoader loader, SyntheticCountry country, Random random, CancellationToken cancellationToken)
    {
        var specs = new List<(int Id, int PlanId, Target Target, int? Responsible, decimal Baseline)>();
        foreach (var plan in country.Plans)
        {
            var lead = country.AgenciesOfUnit[plan.UnitIndex][0].Id;
            foreach (var (target, baseline) in TargetsOf(plan, random))
            {
                specs.Add((specs.Count + 1, plan.Id, target, lead, baseline));
            }
        }

        await using (var load = await BeginAsync<Target>(loader, cancellationToken,
            "Id", "PlanId", "Year", "Text", "Value", "Max", "Unit", "RelativeTo", "Order", "ResponsibleAgencyId", "IsPublished"))
        {
            var row = new object?[11];
            var order = 0;
            var previousPlan = 0;
            foreach (var (id, planId, t, responsible, _) in specs)
            {
                order = planId == previousPlan ? order + 1 : 0;
                previousPlan = planId;
                (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10]) =
                    (id, planId, t.Year, t.Text, t.Value, t.Max, t.Unit, t.RelativeTo, order, responsible, true);
                load.Add(row);
            }

            await load.CompleteAsync(cancellationToken);
        }

        var values = 0;
        await using (var load = await BeginAsync<IndicatorValue>(loader, cancellationToken,
            "Id", "TargetId", "Year", "Value", "IsBaseline", "Source", "MeasuredOn", "EnteredBy", "EnteredAt"))
        {
            var row = new object?[9];
            foreach (var (id, _, t, _, baseline) in specs)
            {
                var baseYear = scale.FirstYear - 1;
                var value = baseline;
                for (var year = baseYear; year <= scale.LastYear; year++)
                {
                    if (year > baseYear)
                    {
                        // Most indicators move towards the target, some stall for a year.
                        var step = (t.Value - baseline) / (t.Year - baseYear) * (decimal)(0.5 + random.NextDouble());
                        value = Math.Round(value + (random.NextDouble() < 0.15 ? 0 : step), 2);
                    }

                    var measuredOn = new DateOnly(year, 12, 31);
                    (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]) =
                        (++values, id, year, value, year == baseYear, year == baseYear ? "Số liệu điều tra năm gốc" : "Báo cáo thống kê hằng năm",
                         measuredOn, Guid.Empty, new DateTimeOffset(measuredOn.AddDays(20).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
                    load.Add(row);
                }
            }

            await load.CompleteAsync(cancellationToken);
        }

        Report(Table<IndicatorValue>(), values, values);
        return (specs.Count, values);
    }

    private static IEnumerable<(Target Target, decimal Baseline)> TargetsOf(PlanRow plan, Random random)
    {
        if (plan.IsProvince)
        {
            var share = 5 + random.Next(3);
            var enterprises = 20 + random.Next(13) * 10;
            var models = 10 + random.Next(30);
            yield return (new Target(2030, $"Công nghiệp sinh học đóng góp {share}% vào GRDP của tỉnh", share, null, "%", null), Math.Round(share * (decimal)(0.3 + random.NextDouble() * 0.2), 1));
            yield return (new Target(2030, $"Có ít nhất {enterprises} doanh nghiệp ứng dụng công nghệ sinh học trong sản xuất, kinh doanh", enterprises, null, "doanh nghiệp", null), enterprises / 3);
            yield return (new Target(2030, "Số doanh nghiệp, hợp tác xã có hoạt động ứng dụng công nghệ sinh học tăng 50% so với năm 2023", 50, null, "%", 2023), 0);
            yield return (new Target(2030, $"Nhân rộng ít nhất {models} mô hình ứng dụng công nghệ sinh học", models, null, "mô hình", null), random.Next(1, 6));
        }
        else
        {
            var households = 50 + random.Next(36) * 10;
            var area = 20 + random.Next(41);
            yield return (new Target(2030, $"Có ít nhất {households} hộ, hợp tác xã sử dụng chế phẩm sinh học trong sản xuất", households, null, "hộ", null), households / 4);
            yield return (new Target(2030, $"Tỷ lệ diện tích sản xuất nông nghiệp ứng dụng công nghệ sinh học đạt {area}%", area, null, "%", null), Math.Round(area * 0.3m, 1));
        }
    }

    private async Task WriteTasksAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        await using var load = await BeginAsync<PlanTask>(loader, cancellationToken,
            "Id", "PlanId", "Ref", "Group", "Title", "Product", "Order",
            "Timeframe.Kind", "Timeframe.Text", "Timeframe.From", "Timeframe.To", "Timeframe.Due");
        var row = new object?[12];
        foreach (var task in country.Tasks)
        {
            var f = task.Timeframe;
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11]) =
                (task.Id, task.PlanId, task.Ref, task.Group, task.Title, task.Product, task.Order, f.Kind, f.Text, f.From, f.To, f.Due);
            load.Add(row);
            if (load.Count % ProgressEvery == 0)
            {
                Report(Table<PlanTask>(), load.Count, country.Tasks.Count);
            }
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<PlanTask>(), country.Tasks.Count, country.Tasks.Count);
    }

    private async Task WriteAssignmentsAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        await using var load = await BeginAsync<Assignment>(loader, cancellationToken,
            "Id", "TaskId", "AgencyId", "CurrentAgencyId", "Role", "PrintedName", "Order");
        var row = new object?[7];
        foreach (var a in country.Assignments)
        {
            // Nothing has moved yet in a fresh dataset: the agency holding each assignment is the one named.
            (row[0], row[1], row[2], row[3], row[4], row[5], row[6]) = (a.Id, a.TaskId, a.AgencyId, a.AgencyId, a.Role, a.PrintedName, a.Order);
            load.Add(row);
            if (load.Count % ProgressEvery == 0)
            {
                Report(Table<Assignment>(), load.Count, country.Assignments.Count);
            }
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<Assignment>(), country.Assignments.Count, country.Assignments.Count);
    }

    private async Task<Dictionary<int, List<(int Id, PlanPeriod Period)>>> WritePeriodsAsync(IBulkLoader loader, SyntheticCountry country, CancellationToken cancellationToken)
    {
        var byPlan = new Dictionary<int, List<(int, PlanPeriod)>>();
        await using var load = await BeginAsync<PlanPeriod>(loader, cancellationToken,
            "Id", "PlanId", "Kind", "Year", "Number", "DataFrom", "DataTo", "DueOn", "LockAfterDays", "UsesDecree09");
        var row = new object?[10];
        var id = 0;
        foreach (var plan in country.Plans)
        {
            var list = new List<(int, PlanPeriod)>();
            for (var year = scale.FirstYear; year <= scale.LastYear; year++)
            {
                foreach (var (kind, number) in PeriodsOfYear)
                {
                    var period = new PlanPeriod(plan.Id, ReportingPeriods.Decree09(kind, year, number), usesDecree09: true);
                    list.Add((++id, period));
                    (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]) =
                        (id, plan.Id, period.Kind, period.Year, period.Number, period.DataFrom, period.DataTo, period.DueOn, period.LockAfterDays, true);
                    load.Add(row);
                }
            }

            byPlan[plan.Id] = list;
        }

        await load.CompleteAsync(cancellationToken);
        Report(Table<PlanPeriod>(), id, id);
        return byPlan;
    }

    /// <summary>Reports task by task, then the workflow events of those submitted, returned or accepted.</summary>
    private async Task<(int Reports, int Events)> WriteReportsAsync(IBulkLoader loader, SyntheticCountry country,
        Dictionary<int, List<(int Id, PlanPeriod Period)>> periods, Random random, CancellationToken cancellationToken)
    {
        var leads = country.Assignments.Where(a => a.Role == AssignmentRole.Lead).GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Order).First().AgencyId);
        var estimate = (long)country.Tasks.Count * PeriodsOfYear.Length * (scale.LastYear - scale.FirstYear + 1) * 4 / 5;
        var events = new List<(int ReportId, ReportAction Action, DateTimeOffset At, string? Comment)>();
        var history = new ReportHistory(random);
        var id = 0;
        await using (var load = await BeginAsync<Report>(loader, cancellationToken,
            "Id", "TaskId", "AgencyId", "PeriodId", "Status", "State", "PercentDone", "CompletedOn", "Results", "Difficulties", "Proposals",
            "SubmittedAt", "SubmittedOn", "IsLate", "Version"))
        {
            var row = new object?[15];
            var deck = history.Deck();
            var plan = 0;
            foreach (var task in country.Tasks)
            {
                if (task.PlanId != plan)
                {
                    plan = task.PlanId;
                    deck = history.Deck();
                }

                foreach (var r in history.For(task, leads[task.Id], periods[task.PlanId], deck))
                {
                    (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11], row[12], row[13], row[14]) =
                        (++id, r.TaskId, r.AgencyId, r.PeriodId, r.Status, r.State, r.PercentDone, r.CompletedOn, r.Results, r.Difficulties, r.Proposals,
                         r.SubmittedAt, r.SubmittedOn, r.IsLate, r.Version);
                    load.Add(row);
                    if (r.SubmittedAt is { } at)
                    {
                        events.Add((id, ReportAction.Submitted, at, null));
                        if (r.ReviewedAt is { } reviewed)
                        {
                            events.Add((id, r.Status == ReportStatus.Returned ? ReportAction.Returned : ReportAction.Accepted, reviewed, r.ReturnComment));
                        }
                    }

                    if (id % ProgressEvery == 0)
                    {
                        Report(Table<Report>(), id, Math.Max(estimate, id));
                    }
                }
            }

            await load.CompleteAsync(cancellationToken);
            Report(Table<Report>(), id, id);
        }

        await using (var load = await BeginAsync<ReportEvent>(loader, cancellationToken, "Id", "ReportId", "Action", "UserId", "At", "Comment"))
        {
            var row = new object?[6];
            var eventId = 0;
            foreach (var e in events)
            {
                (row[0], row[1], row[2], row[3], row[4], row[5]) = (++eventId, e.ReportId, e.Action, Guid.Empty, e.At, e.Comment);
                load.Add(row);
                if (eventId % ProgressEvery == 0)
                {
                    Report(Table<ReportEvent>(), eventId, events.Count);
                }
            }

            await load.CompleteAsync(cancellationToken);
            Report(Table<ReportEvent>(), events.Count, events.Count);
        }

        return (id, events.Count);
    }

    private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;
}
