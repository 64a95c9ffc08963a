using Cascade.Core.Reporting;

namespace Cascade.Web.Pages.Notifications;

/// <summary>Settings <c>Cascade:Reminders</c>: when reminders go out and how often the job looks.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Cascade:Reminders";

    // No defaults in the lists: the configuration binder appends to an array it finds filled.
    public int[] WorkingDaysBefore { get; set; } = [];

    public int[] WorkingDaysAfter { get; set; } = [];

    public TimeSpan RunEvery { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled { get; set; } = true;

    public ReminderPolicy Policy => new(
        WorkingDaysBefore.Length > 0 ? WorkingDaysBefore : ReminderPolicy.Default.WorkingDaysBefore,
        WorkingDaysAfter.Length > 0 ? WorkingDaysAfter : ReminderPolicy.Default.WorkingDaysAfter);
}

/// <summary>Settings <c>Cascade:Smtp</c>. No host: no e-mail is sent, the in-app notifications still are made.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Cascade:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>TLS from the first byte (port 465).</summary>
    public bool UseSsl { get; set; }

    /// <summary>Plain connection upgraded by STARTTLS (port 587); required when set.</summary>
    public bool StartTls { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "cascade@localhost";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
