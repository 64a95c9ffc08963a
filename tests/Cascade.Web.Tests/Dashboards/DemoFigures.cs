using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Cascade.Core.Progress;
using Cascade.Core.Tasks;
using Cascade.Core.Text;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Data.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.Web.Tests.Dashboards;

/// <summary>The demo data's records and the statuses <see cref="TaskProgressQuery"/> gives them: what the dashboards must agree with.</summary>
public static class DemoFigures
{
    public static async Task<T> ReadAsync<T>(this CascadeWebFactory site, Func<CascadeDbContext, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CascadeDbContext>());
    }

    public static Task<int> UnitIdAsync(this CascadeWebFactory site, string name)
    {
        var key = VietnameseText.Fold(name);
        // Two units may share a name (the old Vĩnh Long and the one formed in 2025): the one in force is meant.
        return site.ReadAsync(db => db.AdministrativeUnits.Where(u => u.NameKey == key && u.ParentId == null)
            .OrderBy(u => u.ValidTo != null).Select(u => u.Id).FirstAsync());
    }

    public static Task<int> PlanIdAsync(this CascadeWebFactory site, string number)
    {
        var key = Core.Documents.DocumentNumber.Parse(number).Key;
        return site.ReadAsync(db => db.Plans.Where(p => p.NumberKey == key).Select(p => p.Id).SingleAsync());
    }

    /// <summary>The id of an agency of a province (by the province's name), as the plans name it.</summary>
    public static Task<int> AgencyIdAsync(this CascadeWebFactory site, string province, string agency) =>
        site.ReadAsync(async db =>
        {
            var unit = await site.UnitIdAsync(province);
            var key = Core.Agencies.AgencyNames.Key(agency);
            return await db.Agencies.Where(a => a.AdministrativeUnitId == unit && a.NameKey == key).Select(a => a.Id).SingleAsync();
        });

    /// <summary>The statuses of the tasks for a year as of the site's today, straight from the query the dashboards must use.</summary>
    public static async Task<IReadOnlyList<TaskProgress>> ProgressAsync(this CascadeWebFactory site, int year, Func<IQueryable<PlanTask>, IQueryable<PlanTask>>? narrow = null)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CascadeDbContext>();
        var tasks = (narrow ?? (t => t))(db.Tasks.AsNoTracking());
        return await scope.ServiceProvider.GetRequiredService<TaskProgressQuery>().ForYearAsync(tasks, year, site.Clock.Today(), TestContext.Current.CancellationToken);
    }

    /// <summary>Counts by status as the API names them (camelCase), without the tasks the year does not apply to.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<TaskProgress> tasks) =>
        tasks.Where(t => t.Status != ProgressStatus.NotApplicable)
            .GroupBy(t => JsonNamingPolicy.CamelCase.ConvertName(t.Status.ToString()))
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The API's counts by status, the zeros left out so that they compare with <see cref="Counts"/>.</summary>
    public static Dictionary<string, int> Counts(JsonElement dashboard) =>
        dashboard.GetProperty("statuses").EnumerateArray()
            .Where(s => s.GetProperty("count").GetInt32() > 0)
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt32());

    /// <summary>A page table as text: its header, then its rows, cell by cell.</summary>
    public static List<List<string>> TableText(this IDocument page, string id)
    {
        var table = page.QuerySelector($"table#{id}") ?? throw new Xunit.Sdk.XunitException($"No table #{id}.");
        return table.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.Text()).ToList()).ToList();
    }

    /// <summary>A CSV file (RFC 4180, UTF-8 with its byte-order mark) as rows of fields.</summary>
    public static List<List<string>> ParseCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "The CSV starts with the UTF-8 byte-order mark for Excel.");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
