using Cascade.Core.Documents;
using Cascade.Core.Tasks;
using Cascade.Data;

namespace Cascade.Web.Pages.Public;

/// <summary>
/// What the public pages may read, and nothing else: plans their coordinator published, and the tasks
/// of those plans that are still in the register.
/// </summary>
public static class PublicScope
{
    public static IQueryable<Plan> PublishedPlans(this CascadeDbContext db) => db.Plans.Where(p => p.PublishedAt != null);

    public static IQueryable<PlanTask> PublishedTasks(this CascadeDbContext db) =>
        db.Tasks.Where(t => t.WithdrawnAt == null && db.Plans.Any(p => p.Id == t.PlanId && p.PublishedAt != null));
}
