using Cascade.Data.Calendar;
using Cascade.Data.Notifications;

namespace Cascade.Web.Pages.Notifications;

/// <summary>Reminders, urging notices and e-mail: settings, services and the hourly job.</summary>
public static class NotificationSetup
{
    public static IServiceCollection AddCascadeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped<WorkingCalendarSource>();
        services.AddScoped<NoticeWriter>();
        services.AddScoped<ReminderService>();
        services.AddScoped<EmailSender>();

        // One instance, so a test or an administrator's action can also run it once by hand.
        services.AddSingleton<ReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
        return services;
    }
}
