using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

/// <summary>
/// Bulk updates queue with the saves of the process, SQLite itself waits on a lock held elsewhere, and the
/// write-ahead log is checkpointed beside the commits, not inside them (ADR 0014).
/// </summary>
public sealed class SqliteWriteQueueTests(SqliteApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sqlite_waits_on_a_locked_file_itself()
    {
        var timeout = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(30_000, timeout);
    }

    [Fact]
    public async Task No_commit_checkpoints_and_the_background_checkpoint_brings_writes_into_the_database_file()
    {
        var (file, table, autocheckpoint) = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            var pages = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            var networks = db.Model.FindEntityType(typeof(Network))!;
            return (new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource, networks.GetTableName()!, pages);
        });
        Assert.Equal(0, autocheckpoint);

        var name = $"checkpoint-{Guid.NewGuid():N}";
        await app.WithDbAsync(async db =>
        {
            db.Networks.Add(new Network { Name = name, Slug = name });
            await db.SaveChangesAsync();
        });
        // A copy of the database file alone (without its log) holds only what was checkpointed.
        var copy = Path.Combine(Path.GetTempPath(), $"verbind-checkpoint-{Guid.NewGuid():N}.db");
        try
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!InDatabaseFile(file, copy, table, name))
            {
                Assert.True(waited.Elapsed < Patience, "the write never reached the database file");
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    private static bool InDatabaseFile(string file, string copy, string table, string slug)
    {
        File.Copy(file, copy, overwrite: true);
        try
        {
            using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"Slug\" = $slug";
            command.Parameters.AddWithValue("$slug", slug);
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false; // copied while the checkpoint was writing it
        }
    }

    [Fact]
    public async Task A_bulk_delete_waits_for_the_write_in_progress_then_runs()
    {
        await app.WithDbAsync(async db =>
        {
            var name = $"queue-{Guid.NewGuid():N}";
            db.Networks.Add(new Network { Name = name, Slug = name });
            await db.SaveChangesAsync();

            var turn = await SqliteWriteQueue.EnterAsync(db.Database.GetConnectionString()!, CancellationToken.None);
            var delete = db.Networks.Where(n => n.Slug == name).ExecuteDeleteAsync();
            await Task.Delay(300, TestContext.Current.CancellationToken);
            Assert.False(delete.IsCompleted, "the bulk delete ran while another write had the turn");

            turn.Dispose();
            Assert.Equal(1, await delete.WaitAsync(Patience));
        });
    }

    [Fact]
    public async Task A_bulk_update_inside_a_transaction_of_its_own_does_not_queue()
    {
        await app.WithDbAsync(async db =>
        {
            using var turn = await SqliteWriteQueue.EnterAsync(db.Database.GetConnectionString()!, CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var updated = await db.Networks.Where(n => n.Slug == "no-such-network").ExecuteDeleteAsync().WaitAsync(Patience);
            Assert.Equal(0, updated);
        });
    }
}
