using Microsoft.EntityFrameworkCore;

namespace Verbind.Platform.Data;

/// <summary>
/// Makes the audit table append-only in the database itself, so not even a hand-written
/// UPDATE or DELETE can change history. Idempotent; run after migrations.
/// </summary>
internal static class AuditTriggers
{
    public static async Task EnsureAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER IF NOT EXISTS platform_audit_entries_no_update BEFORE UPDATE ON platform_audit_entries
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER IF NOT EXISTS platform_audit_entries_no_delete BEFORE DELETE ON platform_audit_entries
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """, cancellationToken);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""
            CREATE OR REPLACE FUNCTION platform_audit_entries_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql;
            DROP TRIGGER IF EXISTS platform_audit_entries_append_only ON platform_audit_entries;
            CREATE TRIGGER platform_audit_entries_append_only BEFORE UPDATE OR DELETE ON platform_audit_entries
            FOR EACH ROW EXECUTE FUNCTION platform_audit_entries_append_only();
            """, cancellationToken);
    }
}
