using System.Globalization;
using Cascade.Core.Documents;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Cli.Commands;

/// <summary>
/// The plan a command names, by id or by number and symbol. Two provinces may each have a
/// "105/KH-UBND": then the command stops and lists them, so the user picks one by its id.
/// </summary>
internal static class ReportPlanLookup
{
    public sealed record Found(int? PlanId, string Name, string? Error);

    public static async Task<Found> FindAsync(CascadeDbContext db, string idOrNumber, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (int.TryParse(idOrNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            plans = plans.Where(p => p.Id == id);
        }
        else if (DocumentNumber.TryParse(idOrNumber, out var number))
        {
            plans = plans.Where(p => p.NumberKey == number.Key);
        }
        else
        {
            return new Found(null, idOrNumber, $"'{idOrNumber}' is neither a plan id nor a number and symbol like 105/KH-UBND.");
        }

        var candidates = await plans.OrderBy(p => p.Id).Select(p => new { p.Id, p.Number, p.Issuer, p.Date }).ToListAsync(cancellationToken);
        return candidates.Count switch
        {
            0 => new Found(null, idOrNumber, $"No plan with id or number '{idOrNumber}'."),
            1 => new Found(candidates[0].Id, candidates[0].Number?.Text ?? candidates[0].Issuer, null),
            _ => new Found(null, idOrNumber,
                $"'{idOrNumber}' is the number of {candidates.Count} plans; give the id of one:" + string.Concat(candidates.Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {c.Id,5}  {c.Number?.Text}  {c.Issuer}  {c.Date:dd/MM/yyyy}")))),
        };
    }
}
