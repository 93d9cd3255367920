using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Domain;
using Verbind.Platform.Data;

namespace Verbind.Bench.Agreements;

/// <summary>No lost and no double signature: every declaration of the bench has one signature per signer, with the document's hash.</summary>
internal static class BenchCheck
{
    public static async Task<int> RunAsync(string provider, string connectionString, int parties)
    {
        await using var services = BenchServices.Build(provider, connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.NetworkScope.EnterAllNetworks();
        var versions = await db.Set<AgreementVersion>().AsNoTracking().Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers).AsSplitQuery()
            .Where(v => v.Title.StartsWith("Engagementsverklaring benchmark")).ToListAsync();
        var signatures = await db.Set<Signature>().AsNoTracking().ToListAsync();
        var wrong = 0;
        foreach (var version in versions)
        {
            var own = signatures.Where(s => s.VersionId == version.Id).ToList();
            var hash = CanonicalDocument.Sha256(version);
            var ok = own.Count == parties && own.Select(s => s.SignerId).Distinct().Count() == parties
                && own.All(s => s.DocumentSha256 == hash) && version.Signers.All(s => s.SignedAt != null);
            wrong += ok ? 0 : 1;
            Console.WriteLine($"{version.Title}: {own.Count} signatures, {own.Select(s => s.SignerId).Distinct().Count()} signers, {(ok ? "ok" : "WRONG")}");
        }
        return wrong == 0 && versions.Count > 0 ? 0 : 1;
    }
}
