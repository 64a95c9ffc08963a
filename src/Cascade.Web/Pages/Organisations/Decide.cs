using System.Globalization;
using Cascade.Core.Organisations;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Organisations;

/// <summary>The lead department or the coordinator accepts or declines an application, with a note; the organisation is told by e-mail.</summary>
public static class Decide
{
    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Refused,
    }

    public sealed record Result(Outcome Outcome, string? Error = null);

    public sealed class Handler(CascadeDbContext db, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int participationId, bool accept, string? note, CancellationToken cancellationToken)
        {
            var participation = await db.TaskParticipations.Include(p => p.Organisation)
                .FirstOrDefaultAsync(p => p.Id == participationId, cancellationToken);
            if (participation is null)
            {
                return new Result(Outcome.NotFound);
            }

            var task = await db.Tasks.AsNoTracking().Where(t => t.Id == participation.TaskId)
                .Select(t => new
                {
                    t.Ref,
                    t.Title,
                    Plan = db.Plans.Where(p => p.Id == t.PlanId).Select(p => new { p.AdministrativeUnitId, Name = p.Number != null ? p.Number.Text : p.Issuer }).First(),
                    Leads = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.CurrentAgencyId).ToList(),
                })
                .FirstAsync(cancellationToken);
            if (!TaskParticipation.CanDecide(user.Scope, task.Plan.AdministrativeUnitId, task.Leads))
            {
                // Out of the user's sight altogether: as if it did not exist.
                var visible = await db.VisibleTasks(user.Scope).AnyAsync(t => t.Id == participation.TaskId, cancellationToken);
                return new Result(visible ? Outcome.Forbidden : Outcome.NotFound, OrganisationErrors.NotAllowed);
            }

            var now = clock.GetUtcNow();
            var by = user.UserId ?? Guid.Empty;
            if ((accept ? participation.Accept(by, now, note) : participation.Decline(by, now, note)) is { } error)
            {
                return new Result(Outcome.Refused, OrganisationErrors.Vietnamese(error));
            }

            var organisation = participation.Organisation!;
            db.OutboxEmails.Add(new OutboxEmail
            {
                To = organisation.Email,
                Subject = $"Kết quả đăng ký tham gia nhiệm vụ {task.Ref} của {task.Plan.Name}",
                Body = (accept
                        ? $"Kính gửi {organisation.Name}: cơ quan chủ trì đã chấp nhận đăng ký tham gia nhiệm vụ “{task.Title}”."
                        : $"Kính gửi {organisation.Name}: cơ quan chủ trì chưa chấp nhận đăng ký tham gia nhiệm vụ “{task.Title}”.")
                    + (participation.Note is null ? string.Empty : $" Ghi chú: {participation.Note}"),
                CreatedAt = now,
                DedupKey = $"participation:{participation.Id.ToString(CultureInfo.InvariantCulture)}:decision",
            });
            await db.SaveChangesAsync(cancellationToken);
            return new Result(Outcome.Done);
        }
    }
}
