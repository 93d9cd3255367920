using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Features.Drafting;
using Verbind.Agreements.Features.Signing;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Bench.Agreements;

/// <summary>A network with the parties, and per round a declaration sent to all of them; the tokens from the mails.</summary>
internal static partial class BenchSeed
{
    public static async Task<int> RunAsync(string provider, string connectionString, int parties, int rounds, string tokensFile)
    {
        var pickup = Directory.CreateTempSubdirectory("verbind-bench-mail-").FullName;
        await using var services = BenchServices.Build(provider, connectionString, pickup);
        await DatabaseInitializer.InitializeAsync(services);
        var network = new Network { Slug = $"bench-{Guid.NewGuid():N}"[..16], Name = "Benchmarknetwerk afspraken", Kind = NetworkKind.HuisVanHetKind };
        var organisations = new List<Guid>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.NetworkScope.EnterAllNetworks();
            db.Networks.Add(network);
            for (var i = 0; i < parties; i++)
            {
                var organisation = new Organisation
                {
                    Name = $"Partner {i + 1:00}", Kind = OrganisationKind.Ngo, Sector = Sector.Social,
                    Address = new Address { Street = "Dorpsstraat 1", Postcode = "3000", Municipality = "Benchdorp" },
                };
                organisations.Add(organisation.Id);
                db.Add(organisation);
                db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
                db.Add(new Person { NetworkId = network.Id, Organisation = organisation, FullName = $"Ondertekenaar {i + 1:00}", Function = "Directeur", Email = $"signer{i + 1}@bench.verbind.test", IsRepresentative = true });
            }
            await db.SaveChangesAsync();
        }
        var lines = new List<string>();
        for (var round = 1; round <= rounds; round++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
            var draft = await scope.ServiceProvider.GetRequiredService<AgreementDrafts>()
                .CreateAsync("engagement", $"Engagementsverklaring benchmark ronde {round}", organisations.Select(o => o.ToString()).ToList(), "2026-01-01", CancellationToken.None);
            var (outcome, mailed) = await scope.ServiceProvider.GetRequiredService<SendForSigning>().SendAsync(draft.AgreementId!.Value, CancellationToken.None);
            var tokens = Directory.GetFiles(pickup).Select(f => SigningLink().Match(MimeKit.MimeMessage.Load(f).TextBody ?? "").Groups[1].Value).Where(t => t.Length > 0).ToList();
            Directory.GetFiles(pickup).ToList().ForEach(File.Delete);
            if (outcome != SendOutcome.Sent || mailed != parties || tokens.Count != parties)
            {
                Console.Error.WriteLine($"round {round}: {outcome}, {mailed} mailed, {tokens.Count} tokens");
                return 1;
            }
            lines.Add(string.Join(' ', tokens));
        }
        await File.WriteAllLinesAsync(tokensFile, lines);
        Directory.Delete(pickup, recursive: true);
        Console.WriteLine($"seeded {parties} parties, {rounds} declarations sent");
        return 0;
    }

    [GeneratedRegex(@"/ondertekenen/([A-Za-z0-9_-]+)")]
    private static partial Regex SigningLink();
}
