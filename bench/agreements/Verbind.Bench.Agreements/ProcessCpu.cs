using System.Globalization;

namespace Verbind.Bench.Agreements;

/// <summary>
/// CPU time spent so far by the processes that serve the signings: the server, the PostgreSQL backends
/// of its database (their command line names it) and this client. Other work on the machine is not counted.
/// </summary>
internal sealed class ProcessCpu(int serverPid, string? databaseName)
{
    /// <summary>CPU milliseconds so far of the server, its database backends and this client.</summary>
    public (double Server, double Database, double Client) Milliseconds()
    {
        var database = 0L;
        if (!string.IsNullOrEmpty(databaseName))
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), out var pid) && Read(Path.Combine(dir, "cmdline")) is { } line
                    && line.StartsWith("postgres: ", StringComparison.Ordinal) && line.Contains($" {databaseName} ", StringComparison.Ordinal))
                {
                    database += Ticks(pid);
                }
            }
        }
        return (ToMilliseconds(Ticks(serverPid)), ToMilliseconds(database), ToMilliseconds(Ticks(Environment.ProcessId)));
    }

    private static double ToMilliseconds(long ticks) => ticks * 1000.0 / 100; // USER_HZ is 100 on Linux

    private static long Ticks(int pid)
    {
        // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the whole line.
        var stat = Read($"/proc/{pid}/stat");
        if (stat is null)
        {
            return 0;
        }
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
