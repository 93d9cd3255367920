using System.Text.RegularExpressions;

namespace Verbind.Architecture.Tests;

/// <summary>
/// PostgreSQL connections go back to Npgsql's pool without a reset (No Reset On Close, ADR 0092). That is
/// safe only while no code leaves state on a connection for the next user to find: these fail when the
/// source starts to.
/// </summary>
public sealed partial class SessionStateTests
{
    [Fact]
    public void No_source_file_changes_the_state_of_a_database_session()
    {
        var offenders = SourceFiles()
            .Where(file => SessionState().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryRoot(), file))
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("await db.Database.ExecuteSqlRawAsync(\"SET search_path TO other\");")]
    [InlineData("SET SESSION statement_timeout = 5")]
    [InlineData("\"LISTEN chat\"")]
    [InlineData("SELECT pg_advisory_lock(42)")]
    [InlineData("CREATE TEMP TABLE t (id int)")]
    [InlineData("DECLARE c CURSOR WITH HOLD FOR SELECT 1")]
    public void The_rule_catches_session_state(string code) => Assert.Matches(SessionState(), code);

    [Fact]
    public void The_rule_finds_the_source() => Assert.Contains(SourceFiles(), f => f.EndsWith("DatabaseRegistration.cs", StringComparison.Ordinal));

    // Migrations are left out: they run on a connection of their own at start-up.
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Database{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Verbind.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Verbind.slnx not found above " + AppContext.BaseDirectory);
    }

    // SQL keywords as SQL is written here, in capitals, so English prose in comments does not match.
    [GeneratedRegex(@"\bSET\s+(SESSION\s+|LOCAL\s+)?\w+\s+(TO|=)|\bLISTEN\s+\w|pg_advisory|CREATE\s+TEMP|DECLARE\s+\w+\s+CURSOR")]
    private static partial Regex SessionState();
}
