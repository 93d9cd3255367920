using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Verbind.Testing;

/// <summary>
/// A real SMTP server for the tests: Debian's python3-aiosmtpd on a free loopback port, storing each
/// mail it receives in a Maildir that the tests read.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpListener(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpListener> StartAsync()
    {
        var port = FreePort.Next();
        var maildir = Directory.CreateTempSubdirectory("verbind-mail-").FullName;
        // aiosmtpd's Mailbox creates the Maildir folders only when the directory itself is new.
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, folder));
        }
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd).");
        var listener = new SmtpListener(process, maildir, port);
        await listener.WaitUntilListeningAsync();
        return listener;
    }

    /// <summary>Waits for a mail to <paramref name="to"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string to, string? subjectPart = null, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        while (deadline.Elapsed < limit)
        {
            var match = Messages().LastOrDefault(m =>
                m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))
                && (subjectPart is null || (m.Subject ?? "").Contains(subjectPart, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail to {to} within {limit.TotalSeconds} s.");
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string to) =>
        Messages().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))).ToList();

    private List<MimeMessage> Messages()
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder).OrderBy(File.GetLastWriteTimeUtc).Select(path => MimeMessage.Load(path)).ToList();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync());
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not listen within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_maildir, recursive: true);
    }
}
