using Npgsql;
using Verbind.Platform.Data;

namespace Verbind.Platform.Tests;

public sealed class DatabaseConnectionTests
{
    [Fact]
    public void Postgres_statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        var automatic = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Username=verbind;Database=verbind"));
        Assert.Equal(100, automatic.MaxAutoPrepare);
        Assert.Equal("db", automatic.Host);

        var off = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Database=verbind;Max Auto Prepare=0"));
        Assert.Equal(0, off.MaxAutoPrepare);
    }

    [Fact]
    public void Pooled_postgres_connections_are_not_reset_unless_the_connection_string_asks_for_it()
    {
        Assert.True(new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Database=verbind")).NoResetOnClose);
        Assert.False(new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Database=verbind;No Reset On Close=false")).NoResetOnClose);
    }

    [Fact]
    public void A_relative_sqlite_path_lands_beside_the_app_and_waits_on_a_busy_database()
    {
        var root = Path.Combine(Path.GetTempPath(), $"verbind-{Guid.NewGuid():N}");
        try
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseRegistration.SqliteConnectionString("data/verbind.db", root));
            Assert.Equal(Path.Combine(root, "data", "verbind.db"), connection.DataSource);
            Assert.True(connection.DefaultTimeout >= 30);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
