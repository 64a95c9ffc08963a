using Cascade.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cascade.Web.Pages.Notifications;

/// <summary>
/// Sends the e-mails of the outbox over SMTP. A failure is written on the e-mail (attempts, last
/// error) and it is tried again on the next run; nothing is thrown, so the job keeps running.
/// </summary>
public sealed class EmailSender(CascadeDbContext db, IOptions<SmtpOptions> options, TimeProvider time, ILogger<EmailSender> log)
{
    /// <summary>After this many failures an address is left alone: the administrator reads LastError.</summary>
    public const int MaxAttempts = 10;

    private const int Batch = 100;

    /// <summary>Sends what is waiting; answers how many went out.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            return 0;
        }

        var pending = await db.OutboxEmails.Where(e => e.SentAt == null && e.Attempts < MaxAttempts)
            .OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = smtp.UseSsl ? SecureSocketOptions.SslOnConnect : smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The SMTP server {Host}:{Port} could not be reached; {Count} e-mails wait.", smtp.Host, smtp.Port, pending.Count);
            pending.ForEach(email => Failed(email, e));
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var sent = 0;
        foreach (var email in pending)
        {
            try
            {
                email.Attempts++;
                await client.SendAsync(Message(smtp.From, email), cancellationToken);
                email.SentAt = time.GetUtcNow();
                email.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "E-mail {Id} to {To} was not sent.", email.Id, email.To);
                email.LastError = Truncate(e.Message);
            }

            // Saved one by one: an e-mail that went out is never sent again after a crash further on.
            await db.SaveChangesAsync(cancellationToken);
        }

        await QuietlyDisconnectAsync(client);
        return sent;
    }

    private static MimeMessage Message(string from, Data.Notifications.OutboxEmail email)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };
        return message;
    }

    private static void Failed(Data.Notifications.OutboxEmail email, Exception e)
    {
        email.Attempts++;
        email.LastError = Truncate(e.Message);
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];

    private static async Task QuietlyDisconnectAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true);
        }
        catch (Exception)
        {
            // The mail is already accepted; a server that hangs up early changes nothing.
        }
    }
}
