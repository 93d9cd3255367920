using Npgsql;
using Verbind.Platform.Data;

namespace Verbind.Testing;

/// <summary>
/// A fresh database per app host. SQLite: a file in a temp folder. PostgreSQL: a new database on the
/// throwaway cluster that ./test.sh starts and names in VERBIND_TEST_POSTGRES.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "VERBIND_TEST_POSTGRES";

    public static async Task<string> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("verbind-test-").FullName;
            return $"Data Source={Path.Combine(folder, "verbind.db")}";
        }
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL.");
        var name = $"verbind_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
