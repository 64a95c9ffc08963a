using Cascade.Data.Notifications;
using Microsoft.Extensions.Options;

namespace Cascade.Web.Pages.Notifications;

/// <summary>
/// Every <see cref="ReminderOptions.RunEvery"/>: the reminders of the Vietnamese day, then the e-mails
/// waiting. Running often is safe because nothing is stored twice; a failed run is logged and the next
/// one tries again.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderJob> log)
    : BackgroundService
{
    /// <summary>One run: answers what it created and how many e-mails went out.</summary>
    public async Task<(NoticeOutcome Created, int Sent)> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var day = VietnamTime.Today(time);
        var (_, created) = await scope.ServiceProvider.GetRequiredService<ReminderService>().SendAsync(day, options.Value.Policy, cancellationToken);
        var sent = await scope.ServiceProvider.GetRequiredService<EmailSender>().SendPendingAsync(cancellationToken);
        if (created.Notifications > 0 || sent > 0)
        {
            log.LogInformation("Reminders of {Day:yyyy-MM-dd}: {Notifications} notifications, {Emails} e-mails queued, {Sent} e-mails sent.", day, created.Notifications, created.Emails, sent);
        }

        return (created, sent);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The reminder run failed; it is tried again in {Delay}.", options.Value.RunEvery);
            }

            try
            {
                await Task.Delay(options.Value.RunEvery, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
