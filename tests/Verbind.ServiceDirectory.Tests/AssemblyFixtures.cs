using Verbind.Testing;

// One app host per database provider for the whole assembly.
[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]
