using Cascade.Core.Organisations;
using Cascade.Core.Tasks;
using Cascade.Data;
using Cascade.Data.Notifications;
using Cascade.Web.Pages.Public;
using Microsoft.EntityFrameworkCore;

namespace Cascade.Web.Pages.Organisations;

/// <summary>
/// An organisation applies, without an account, to take part in a task of a published plan. The lead
/// department (the agency holding the task's lead today) is notified and decides.
/// </summary>
public static class Apply
{
    /// <summary>The application form as posted.</summary>
    public sealed class Form
    {
        public string? Name { get; set; }

        public OrganisationKind Kind { get; set; } = OrganisationKind.Enterprise;

        public string? TaxCode { get; set; }

        public string? ContactPerson { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Application { get; set; }

        public OrganisationApplication ToApplication() => new(Name, Kind, TaxCode, ContactPerson, Email, Phone, Application);
    }

    public sealed record Result(bool Found, IReadOnlyList<ApplicationError> Errors)
    {
        public bool Done => Found && Errors.Count == 0;
    }

    public sealed class Handler(CascadeDbContext db, TimeProvider clock, NoticeWriter notices)
    {
        public async Task<Result> HandleAsync(int taskId, Form form, CancellationToken cancellationToken)
        {
            var task = await db.PublishedTasks().AsNoTracking().Where(t => t.Id == taskId)
                .Select(t => new
                {
                    t.Id,
                    t.Ref,
                    t.Title,
                    Plan = db.Plans.Where(p => p.Id == t.PlanId).Select(p => p.Number != null ? p.Number.Text : p.Issuer).First(),
                    Leads = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.CurrentAgencyId).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (task is null)
            {
                return new Result(false, []);
            }

            var application = form.ToApplication();
            var errors = application.Validate();
            if (errors.Count > 0)
            {
                return new Result(true, errors);
            }

            var now = clock.GetUtcNow();
            var email = OrganisationApplication.NormalizeEmail(application.Email);
            var known = await db.Organisations.Where(o => o.Email == email).ToListAsync(cancellationToken);
            var organisation = known.FirstOrDefault(o => o.IsSameAs(application));
            if (organisation is null)
            {
                organisation = new Organisation(application, now);
                db.Organisations.Add(organisation);
            }
            else
            {
                var earlier = await db.TaskParticipations.Where(p => p.TaskId == taskId && p.OrganisationId == organisation.Id)
                    .Select(p => p.Status).ToListAsync(cancellationToken);
                if (TaskParticipation.CanApply(earlier) is { } refused)
                {
                    return new Result(true, [refused]);
                }

                organisation.TakeContact(application);
            }

            var participation = new TaskParticipation(taskId, organisation, application.Application!, now);
            db.TaskParticipations.Add(participation);
            await db.SaveChangesAsync(cancellationToken);

            await notices.WriteAsync(task.Leads.Distinct().Select(agency => new Notice(
                    agency,
                    "participation",
                    $"Đăng ký tham gia nhiệm vụ {task.Ref} của {task.Plan}",
                    $"{organisation.Name} đăng ký tham gia nhiệm vụ “{task.Title}”. Cơ quan chủ trì xem nội dung đăng ký và quyết định chấp nhận hoặc không tại mục Tổ chức tham gia.",
                    "/Organisations",
                    $"participation:{participation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}:agency {agency.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
                .ToList(), cancellationToken);
            return new Result(true, []);
        }
    }
}
