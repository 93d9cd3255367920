namespace Verbind.Platform.Data;

/// <summary>A module's fictional demo data, written once into an empty database. Lower Order runs first.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(AppDbContext db, CancellationToken cancellationToken);
}
