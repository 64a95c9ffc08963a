using Cascade.Core.Access;
using Cascade.Core.Agencies;
using Cascade.Core.Documents;
using Cascade.Core.Tasks;
using Cascade.Data;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Infrastructure.Security;

/// <summary>The records of the database a user may read, by the rules of <see cref="Visibility"/>.</summary>
public static class ScopedQueries
{
    public static IQueryable<Plan> VisiblePlans(this CascadeDbContext db, UserScope scope) =>
        db.Plans.AsNoTracking().Where(Visibility.Plans(scope));

    public static IQueryable<PlanTask> VisibleTasks(this CascadeDbContext db, UserScope scope) =>
        db.Tasks.AsNoTracking().Where(Visibility.Tasks(scope, db.VisiblePlans(scope).Select(p => p.Id)));

    public static IQueryable<Agency> VisibleAgencies(this CascadeDbContext db, UserScope scope) =>
        db.Agencies.AsNoTracking().Where(Visibility.Agencies(scope));
}
