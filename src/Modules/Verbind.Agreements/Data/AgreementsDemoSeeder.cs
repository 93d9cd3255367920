using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Agreements.Features.Drafting;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Data;

/// <summary>
/// A plausible agreement for each demo network, after the Partners seeder: an engagement declaration in
/// Zonnedal half signed, a signed coalition charter in Lindeveen, a pilot agreement per municipality of
/// Sterrenkinderen Lichtpunt (most signed and in force, so they shine on the showcase, with payment
/// requests and a budget), and a draft intent declaration in Wilgenbroek. All names are invented.
/// </summary>
internal sealed class AgreementsDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    public const string CampaignSlug = "sterrenkinderen-lichtpunt";

    public int Order => 30;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var networks = await db.Networks.ToDictionaryAsync(n => n.Slug, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-6);
        if (networks.TryGetValue("hvhk-zonnedal", out var zonnedal))
        {
            var partners = await PartnersOfAsync(zonnedal, cancellationToken);
            var version = Draft(db, zonnedal, "engagement", partners.Take(10).ToList(), await RepresentativesAsync(zonnedal, partners, cancellationToken), start, now);
            Sign(db, version, now.AddDays(-20), signedShare: 0.5);
        }
        if (networks.TryGetValue("kansrijke-start-lindeveen", out var lindeveen))
        {
            var partners = await PartnersOfAsync(lindeveen, cancellationToken);
            var version = Draft(db, lindeveen, "coalition", partners, await RepresentativesAsync(lindeveen, partners, cancellationToken), start, now);
            Sign(db, version, now.AddDays(-40), signedShare: 1);
        }
        if (networks.TryGetValue("elz-wilgenbroek", out var wilgenbroek))
        {
            var partners = await PartnersOfAsync(wilgenbroek, cancellationToken);
            Draft(db, wilgenbroek, "intent", partners.Take(8).ToList(), await RepresentativesAsync(wilgenbroek, partners, cancellationToken), today.AddMonths(1), now);
        }
        if (networks.TryGetValue(CampaignSlug, out var lichtpunt))
        {
            await SeedLichtpuntAsync(db, lichtpunt, start, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedLichtpuntAsync(AppDbContext db, Network network, DateOnly start, DateTime now, CancellationToken cancellationToken)
    {
        var partners = await PartnersOfAsync(network, cancellationToken);
        var people = await RepresentativesAsync(network, partners, cancellationToken);
        var lead = partners.FirstOrDefault(p => p.Kind != "Municipality");
        var municipalities = partners.Where(p => p.Kind == "Municipality").OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (lead is null || municipalities.Count == 0)
        {
            return;
        }
        var campaign = new Campaign
        {
            NetworkId = network.Id, Slug = CampaignSlug, Title = "Sterrengemeenten",
            Intro = "Deze gemeenten staan naast ouders van een **sterrenkind**. Ze ondertekenden een pilootovereenkomst met Sterrenkinderen Lichtpunt en zorgen voor lokale informatie en een aanspreekpunt. *Alle gemeenten en namen zijn verzonnen.*",
        };
        db.Add(campaign);
        var today = DateOnly.FromDateTime(now);
        for (var i = 0; i < municipalities.Count; i++)
        {
            var municipality = municipalities[i];
            var version = Draft(db, network, "pilot", [lead, municipality], people, start.AddMonths(-(i % 4)), now);
            version.Title = $"Pilootovereenkomst sterrengemeente {municipality.Municipality ?? municipality.Name}";
            version.Agreement!.Title = version.Title;
            db.Add(new CampaignAgreement { NetworkId = network.Id, CampaignId = campaign.Id, AgreementId = version.AgreementId });
            // Most have signed; one is still waiting, one never sent: those do not shine.
            if (i % 6 != 5)
            {
                Sign(db, version, now.AddDays(-60 + i), signedShare: i % 6 == 4 ? 0.5 : 1);
            }
            var contact = people.FirstOrDefault(p => p.OrganisationId == municipality.Id);
            var town = municipality.Municipality ?? municipality.Name;
            db.Add(new CampaignMunicipality
            {
                NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = municipality.Id, Slug = Slugs.FromText(town), Name = municipality.Name,
                ContactName = contact?.FullName, ContactEmail = contact?.Email,
                LocalInformation = $"In {town} kunnen ouders terecht bij de dienst welzijn voor een gesprek, informatie over een afscheidsritueel en de lokale lotgenotengroep. Elke tweede zondag van december steekt de gemeente mee een kaars aan.",
                Latitude = 50.90m + (i * 0.037m), Longitude = 5.05m + ((i % 5) * 0.11m),
            });
            if (version.Signers.Count > 0 && version.Signers.All(s => s.SignedAt is not null))
            {
                db.Add(new PaymentRequest
                {
                    NetworkId = network.Id, AgreementId = version.AgreementId, OrganisationId = municipality.Id, OrganisationName = municipality.Name,
                    Year = today.Year, Amount = 1000m, DueDate = start.AddMonths(2), Reference = StructuredReference.FromBase(2_000_000_000L + i),
                    PaidOn = i % 3 == 2 ? null : start.AddMonths(1).AddDays(i), CreatedAt = now,
                });
            }
        }
        (string Name, decimal Planned, decimal Actual)[] budget =
        [
            ("Chattool (licentie)", 3600m, 3600m),
            ("Onderhoud hulpplatform", 2400m, 1850.50m),
            ("Hulpverlener permanentie", 4800m, 3925m),
            ("Communicatiemateriaal en brochure", 1200m, 640.25m),
        ];
        for (var i = 0; i < budget.Length; i++)
        {
            db.Add(new BudgetLine { NetworkId = network.Id, Year = today.Year, Name = budget[i].Name, Planned = budget[i].Planned, Actual = budget[i].Actual, Position = i });
        }
    }

    private async Task<List<PartnerSummary>> PartnersOfAsync(Network network, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
        return (await scope.ServiceProvider.GetRequiredService<IPartnerDirectory>().ActivePartnersAsync(cancellationToken)).ToList();
    }

    private async Task<List<PartnerPerson>> RepresentativesAsync(Network network, List<PartnerSummary> partners, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
        return (await scope.ServiceProvider.GetRequiredService<IPartnerDirectory>().PeopleAsync(partners.Select(p => p.Id).ToList(), true, cancellationToken)).ToList();
    }

    private static AgreementVersion Draft(AppDbContext db, Network network, string templateKey, List<PartnerSummary> partners, List<PartnerPerson> people, DateOnly start, DateTime now)
    {
        var template = AgreementTemplates.Find(templateKey)!;
        var agreement = new Agreement { NetworkId = network.Id, Kind = template.Kind, Title = template.Title, CreatedAt = now };
        var version = new AgreementVersion
        {
            NetworkId = network.Id, AgreementId = agreement.Id, Agreement = agreement, Number = 1, Kind = template.Kind, Title = template.Title,
            Preamble = template.Preamble, Goals = template.Goals, Principles = template.Principles, Responsibilities = template.Responsibilities,
            SigningPlace = partners.Select(p => p.Municipality).FirstOrDefault(m => m is not null), VerificationCode = VerificationCodes.New(), CreatedAt = now,
            Term = new AgreementTerm
            {
                StartDate = start, EndDate = AgreementTerm.EndAfter(start, template.TermMonths),
                EvaluationDate = template.EvaluationAfterMonths is { } months ? start.AddMonths(months) : null, Renewal = template.Renewal,
            },
        };
        var position = 0;
        foreach (var (kind, quantity, amount, text) in template.Commitments)
        {
            version.Commitments.Add(new Commitment { NetworkId = network.Id, Position = position++, Kind = kind, Quantity = quantity, Amount = amount, Text = text });
        }
        position = 0;
        foreach (var partner in partners)
        {
            var party = new AgreementParty
            {
                NetworkId = network.Id, OrganisationId = partner.Id, OrganisationName = partner.Name, Municipality = partner.Municipality,
                IsMunicipality = partner.Kind == "Municipality", Position = position++,
            };
            version.Parties.Add(party);
            foreach (var person in people.Where(p => p.OrganisationId == partner.Id && p.Email is not null).Take(2))
            {
                version.Signers.Add(new Signer { NetworkId = network.Id, PartyId = party.Id, FullName = person.FullName, Function = person.Function, Email = person.Email! });
            }
        }
        agreement.Versions.Add(version);
        db.Add(agreement);
        return version;
    }

    private static void Sign(AppDbContext db, AgreementVersion version, DateTime sentAt, double signedShare)
    {
        version.Freeze(sentAt);
        var canonical = version.FrozenText!;
        var hash = version.FrozenSha256!;
        var count = (int)Math.Ceiling(version.Signers.Count * signedShare);
        foreach (var (signer, index) in version.Signers.Select((s, i) => (s, i)))
        {
            signer.SentAt = sentAt;
            signer.ExpiresAt = sentAt.AddDays(14);
            if (index >= count)
            {
                continue;
            }
            signer.SignedAt = sentAt.AddHours(3 + (index * 7));
            db.Add(new Signature
            {
                NetworkId = version.NetworkId, SignerId = signer.Id, VersionId = version.Id, SignedAt = signer.SignedAt.Value, TypedName = signer.FullName,
                Function = signer.Function, OrganisationName = version.Parties.First(p => p.Id == signer.PartyId).OrganisationName,
                Place = version.SigningPlace, DocumentSha256 = hash, ShownText = canonical,
            });
        }
    }
}
