using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Cascade.Web.Tests;

/// <summary>
/// A tiny SMTP server on a free loopback port, speaking just enough (EHLO, MAIL, RCPT, DATA, QUIT) to take
/// the e-mails the app sends; <paramref name="rejectMail"/> makes it refuse every message, as a failing server.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly bool _rejectMail;

    public SmtpSink(bool rejectMail = false)
    {
        _rejectMail = rejectMail;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public sealed record Received(IReadOnlyList<string> Recipients, MimeMessage Message);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<Received> Messages { get; } = [];

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink");
                    break;
                case "MAIL" when _rejectMail:
                    await writer.WriteLineAsync("451 4.3.0 Mail system unavailable");
                    break;
                case "RCPT":
                    recipients.Add(line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)]);
                    await writer.WriteLineAsync("250 ok");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with .");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    using (var message = new MemoryStream(Encoding.ASCII.GetBytes(data.ToString())))
                    {
                        lock (Messages)
                        {
                            Messages.Add(new Received(recipients.ToList(), MimeMessage.Load(message)));
                        }
                    }

                    recipients.Clear();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
