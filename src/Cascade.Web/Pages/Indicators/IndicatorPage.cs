using System.Text.Json;
using Cascade.Core.Targets;
using Cascade.Data;
using Cascade.Data.Progress;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Indicators;

/// <summary>
/// One indicator: where it stands, its values with who entered them and when, the history of its
/// entries (replaced figures included, from the audit trail), and what the user may do with it.
/// </summary>
public static class IndicatorPage
{
    public sealed record ValueLine(int Id, int Year, bool IsBaseline, decimal Value, string Source, DateOnly MeasuredOn, string? EnteredBy, DateTimeOffset EnteredAt);

    /// <summary>An entry of the history: a figure entered, or one replaced by a newer figure; as the audit trail wrote it.</summary>
    public sealed record HistoryLine(DateTimeOffset At, string? By, bool Replaced, bool IsBaseline, string? Year, string? Value, string? Source);

    public sealed record AgencyOption(int Id, string Name);

    public sealed record View(
        int PlanId,
        string PlanName,
        IndicatorStanding Indicator,
        IReadOnlyList<ValueLine> Values,
        IReadOnlyList<HistoryLine> History,
        bool CanEnter,
        bool CanManage,
        IReadOnlyList<AgencyOption> Agencies);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, IndicatorQuery indicators)
    {
        public async Task<View?> LoadAsync(int targetId, CancellationToken cancellationToken)
        {
            var access = await IndicatorAccess.ForTargetAsync(db, user, targetId, cancellationToken);
            if (access is null)
            {
                return null;
            }

            var indicator = (await indicators.ForTargetsAsync(db.Targets.Where(t => t.Id == targetId), null, cancellationToken)).Single();
            var readings = (indicator.Baseline is { } b ? [(true, b)] : new List<(bool, IndicatorReading)>())
                .Concat(indicator.Values.OrderByDescending(v => v.Year).Select(v => (false, v)))
                .ToList();
            var userIds = readings.Select(r => r.Item2.EnteredBy).Distinct().ToList();
            var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var values = readings.Select(r => new ValueLine(r.Item2.Id, r.Item2.Year, r.Item1, r.Item2.Value, r.Item2.Source, r.Item2.MeasuredOn,
                people.GetValueOrDefault(r.Item2.EnteredBy), r.Item2.EnteredAt)).ToList();

            return new View(access.PlanId, access.PlanName, indicator, values, await HistoryAsync(targetId, cancellationToken),
                access.CanEnter(indicator.ResponsibleAgencyId), access.CanManage,
                access.CanManage ? await AgenciesOfPlanAsync(db, access.PlanId, cancellationToken) : []);
        }

        private async Task<IReadOnlyList<HistoryLine>> HistoryAsync(int targetId, CancellationToken cancellationToken)
        {
            var marker = $"\"TargetId\":\"{targetId.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
            var entries = await db.AuditTrail.AsNoTracking()
                .Where(a => a.EntityType == nameof(IndicatorValue)
                    && (a.Action == "Added" && a.After!.Contains(marker) || a.Action == "Deleted" && a.Before!.Contains(marker)))
                .OrderByDescending(a => a.Id).Take(200)
                .Select(a => new { a.At, a.UserName, a.Action, a.Before, a.After })
                .ToListAsync(cancellationToken);
            return entries.Select(a =>
            {
                var replaced = a.Action == "Deleted";
                var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>((replaced ? a.Before : a.After)!) ?? [];
                // The trail wrote the figure in the culture of the request that saved it ("4,4000" or "4.4000"); both read back.
                var value = fields.GetValueOrDefault(nameof(IndicatorValue.Value));
                return new HistoryLine(a.At, a.UserName, replaced, fields.GetValueOrDefault(nameof(IndicatorValue.IsBaseline)) == bool.TrueString,
                    fields.GetValueOrDefault(nameof(IndicatorValue.Year)),
                    IndicatorNumber.TryParse(value, out var number) ? IndicatorLabels.Figure(number) : value,
                    fields.GetValueOrDefault(nameof(IndicatorValue.Source)));
            }).ToList();
        }
    }

    /// <summary>The agencies holding the plan's tasks today, from which the coordinator picks the one responsible for an indicator.</summary>
    public static async Task<IReadOnlyList<AgencyOption>> AgenciesOfPlanAsync(CascadeDbContext db, int planId, CancellationToken cancellationToken)
    {
        var agencies = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.WithdrawnAt == null).SelectMany(t => t.Assignments)
            .Select(a => new { a.CurrentAgencyId, a.CurrentAgency!.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        return agencies.Select(a => new AgencyOption(a.CurrentAgencyId, a.Name))
            .OrderBy(a => a.Name, StringComparer.Create(Core.Text.VietnameseText.Vi, false))
            .ToList();
    }
}
