using Microsoft.EntityFrameworkCore.Design;
using Verbind.Platform.Data;

namespace Verbind.Migrations.Sqlite;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => DesignTimeModel.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
