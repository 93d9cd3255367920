using Microsoft.EntityFrameworkCore.Design;
using Verbind.Platform.Data;

namespace Verbind.Migrations.Postgres;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    // No server is contacted to add a migration; the connection string only names the provider.
    public AppDbContext CreateDbContext(string[] args) => DesignTimeModel.Create(DatabaseProvider.Postgres, "Host=localhost;Database=verbind_design");
}
