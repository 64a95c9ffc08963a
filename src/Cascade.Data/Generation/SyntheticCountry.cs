using Cascade.Core.AdministrativeUnits;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Timeframes;

namespace Cascade.Data.Generation;

internal sealed record UnitRow(int Id, AdministrativeUnit Unit, int? ParentId, int ProvinceIndex);

internal sealed record AgencyRow(int Id, Agency Agency);

internal sealed record PlanRow(int Id, Plan Plan, int UnitIndex, bool IsProvince);

internal sealed record TaskRow(int Id, int PlanId, int PlanYear, string Ref, string Group, string Title, Timeframe Timeframe, string? Product, int Order);

internal sealed record AssignmentRow(int Id, int TaskId, int AgencyId, string PrintedName, Core.Tasks.AssignmentRole Role, int Order);

/// <summary>
/// The synthetic country in memory, before it is written: units, agencies, one plan per unit with
/// its tasks and assignments. Everything comes from one seeded <see cref="Random"/>, so the same
/// scale and seed always give the same rows and ids.
/// </summary>
internal sealed class SyntheticCountry
{
    public List<UnitRow> Units { get; } = [];

    public List<AgencyRow> Agencies { get; } = [];

    /// <summary>Per unit (same index as <see cref="Units"/>): its agencies, the lead body first.</summary>
    public List<List<AgencyRow>> AgenciesOfUnit { get; } = [];

    public List<PlanRow> Plans { get; } = [];

    public List<TaskRow> Tasks { get; } = [];

    public List<AssignmentRow> Assignments { get; } = [];

    public static SyntheticCountry Build(GenerationScale scale, Random random)
    {
        var country = new SyntheticCountry();
        var provinces = ProvinceCatalogue.Current().Take(scale.Provinces).ToList();
        foreach (var province in provinces)
        {
            var unit = new AdministrativeUnit(province.Code, province.Name, province.Kind, validFrom: province.ValidFrom);
            country.Units.Add(new UnitRow(country.Units.Count + 1, unit, null, country.Units.Count));
        }

        // Communes spread unevenly, as in the country (a few dozen in small provinces, over a hundred in big ones).
        var weights = provinces.Select(_ => 0.5 + random.NextDouble()).ToList();
        var shares = Spread(scale.Communes, weights);
        var commune = 0;
        for (var p = 0; p < provinces.Count; p++)
        {
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < shares[p]; i++, commune++)
            {
                var kind = commune % 255 == 200 ? AdministrativeUnitKind.SpecialZone
                    : random.NextDouble() < 0.2 ? AdministrativeUnitKind.Ward
                    : AdministrativeUnitKind.Commune;
                var code = (commune * 9 + 4).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
                var unit = new AdministrativeUnit(code, SyntheticText.CommuneName(random, used), kind, parentId: p + 1, validFrom: new DateOnly(2025, 7, 1));
                country.Units.Add(new UnitRow(country.Units.Count + 1, unit, p + 1, p));
            }
        }

        foreach (var unit in country.Units)
        {
            var names = unit.ParentId is null
                ? SyntheticText.ProvinceAgencies(unit.Unit.Name, unit.Unit.Kind == AdministrativeUnitKind.Municipality, random.NextDouble() < 0.5, random.NextDouble() < 0.4)
                : SyntheticText.CommuneAgencies(unit.Unit.FullName);
            var first = country.Agencies.Count + 1;
            var own = names.Select((n, i) => new AgencyRow(first + i, new Agency(n.Name, n.Kind, unit.Id))).ToList();
            country.Agencies.AddRange(own);
            country.AgenciesOfUnit.Add(own);
        }

        foreach (var unit in country.Units)
        {
            country.AddPlan(scale, random, unit);
        }

        return country;
    }

    private void AddPlan(GenerationScale scale, Random random, UnitRow unit)
    {
        var isProvince = unit.ParentId is null;
        var province = Units[unit.ProvinceIndex].Unit;
        var place = isProvince ? province.FullName : $"{unit.Unit.FullName}, {province.FullName}";
        var issuer = $"Ủy ban nhân dân {(isProvince ? province.FullName : unit.Unit.FullName)}";
        var date = isProvince
            ? new DateOnly(2023, 7, 1).AddDays(random.Next(240))
            : new DateOnly(2024, 1, 15).AddDays(random.Next(150));
        var number = DocumentNumber.Parse($"{random.Next(20, 400)}/KH-UBND");
        var title = "Kế hoạch thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học "
            + $"phục vụ phát triển bền vững đất nước trong tình hình mới trên địa bàn {place}";
        // The locality is the province, as in the real plans: the plans list filters by it.
        var plan = new Plan(DocumentKind.Plan, number, date, issuer, isProvince ? GovernmentLevel.Province : GovernmentLevel.Commune,
            province.Name, unit.Id, title)
        {
            ImportedAt = new DateTimeOffset(date.AddDays(12).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
        };
        var planRow = new PlanRow(Plans.Count + 1, plan, Units.IndexOf(unit), isProvince);
        Plans.Add(planRow);

        var own = AgenciesOfUnit[planRow.UnitIndex];
        var provinceAgencies = AgenciesOfUnit[unit.ProvinceIndex];
        var count = isProvince ? scale.ProvinceTasks : scale.CommuneTasks;
        var perGroup = new int[5];
        for (var order = 0; order < count; order++)
        {
            // Groups in order, as plans list them: the first fifth of the tasks in group I, and so on.
            var group = Math.Min(4, order * 5 / count);
            perGroup[group]++;
            var taskRef = isProvince ? $"{SyntheticText.Roman[group]}.{perGroup[group]}" : $"{group + 1}.{perGroup[group]}";
            var task = new TaskRow(Tasks.Count + 1, planRow.Id, date.Year, taskRef, SyntheticText.Groups[group],
                SyntheticText.TaskTitle(random, group, isProvince ? province.FullName : unit.Unit.FullName), Timeframes.Pick(random, date.Year), SyntheticText.Product(random), order);
            Tasks.Add(task);

            // The lead: the department of science and technology often, else another body; then two or three coordinating.
            AgencyRow lead;
            var pool = isProvince
                ? provinceAgencies.Where(a => a.Agency.Kind != AgencyKind.PeoplesCommittee).ToList()
                : own;
            if (isProvince)
            {
                lead = random.NextDouble() < 0.3 ? pool[0] : pool[random.Next(pool.Count)];
            }
            else
            {
                lead = random.NextDouble() < 0.6 ? own[0] : own[1 + random.Next(own.Count - 1)];
            }

            Assign(task, lead, Core.Tasks.AssignmentRole.Lead, 0);
            var coordinating = pool.Where(a => a != lead).OrderBy(_ => random.Next()).Take(2).ToList();
            if (!isProvince && random.NextDouble() < 0.25)
            {
                coordinating.Add(provinceAgencies[random.NextDouble() < 0.5 ? 0 : random.Next(provinceAgencies.Count)]);
            }
            else if (isProvince && random.NextDouble() < 0.2)
            {
                coordinating.Add(pool.Where(a => a != lead && !coordinating.Contains(a)).OrderBy(_ => random.Next()).First());
            }

            for (var i = 0; i < coordinating.Count; i++)
            {
                Assign(task, coordinating[i], Core.Tasks.AssignmentRole.Coordinating, i);
            }
        }
    }

    private void Assign(TaskRow task, AgencyRow agency, Core.Tasks.AssignmentRole role, int order) =>
        Assignments.Add(new AssignmentRow(Assignments.Count + 1, task.Id, agency.Id, agency.Agency.Name, role, order));

    /// <summary>Splits a total over weights into whole numbers that add up to it exactly.</summary>
    private static int[] Spread(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var shares = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        for (var i = 0; shares.Sum() < total; i = (i + 1) % shares.Length)
        {
            shares[i]++;
        }

        return shares;
    }
}

/// <summary>Timeframes in the mix the real plans use: yearly, ongoing, deadlines 2025–2030, ranges, a few unspecified or conditional.</summary>
internal static class Timeframes
{
    public static Timeframe Pick(Random random, int planYear)
    {
        var roll = random.NextDouble();
        if (roll < 0.27)
        {
            return Timeframe.Annual(random.NextDouble() < 0.5 ? "Hằng năm" : "Hàng năm");
        }

        if (roll < 0.32)
        {
            var from = Math.Max(planYear, 2024);
            return Timeframe.Annual($"Năm {from} và những năm tiếp theo", from);
        }

        if (roll < 0.56)
        {
            return Timeframe.Ongoing("Thường xuyên");
        }

        if (roll < 0.70)
        {
            var (from, to) = random.Next(4) switch
            {
                0 => (2024, 2030),
                1 => (2025, 2030),
                2 => (2026, 2030),
                _ => (2024, 2027),
            };
            return Timeframe.Range(from == 2026 ? $"Giai đoạn {from} - {to}" : $"{from}-{to}", from, to);
        }

        if (roll < 0.93)
        {
            // Plans front-load their deadlines: more in 2025–2026 than in 2030.
            var year = 2025 + Math.Min(random.Next(6), random.Next(6));
            return random.Next(3) switch
            {
                0 => Timeframe.Deadline($"Năm {year}", new DateOnly(year, 12, 31)),
                1 => Timeframe.Deadline($"Quý II/{year}", new DateOnly(year, 6, 30)),
                _ => Timeframe.Deadline($"Trước 30/9/{year}", new DateOnly(year, 9, 30)),
            };
        }

        if (roll < 0.97)
        {
            return Timeframe.Unspecified();
        }

        return Timeframe.Conditional("Sau khi Chính phủ ban hành hướng dẫn");
    }
}
