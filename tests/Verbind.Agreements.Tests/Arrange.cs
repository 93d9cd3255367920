using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Drafting;
using Verbind.Agreements.Features.Reminders;
using Verbind.Agreements.Features.Signing;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>Partners and agreements written through the module's own services, for the "given" part of a test.</summary>
internal static partial class Arrange
{
    public sealed record Party(Guid OrganisationId, string Name, string SignerEmail);

    /// <summary>An organisation in the network with one representative who has a unique e-mail address.</summary>
    public static async Task<Party> PartyAsync(this AppFactory app, Network network, string? name = null, OrganisationKind kind = OrganisationKind.Ngo, string countryCode = "BE")
    {
        var email = $"signer-{Guid.NewGuid():N}@test.verbind.local";
        var organisation = new Organisation
        {
            Name = name ?? $"Partij {Guid.NewGuid():N}"[..16], Kind = kind, Sector = Sector.Social,
            Address = new Address { Street = "Teststraat 1", Postcode = "3000", Municipality = "Testdorp", CountryCode = countryCode },
        };
        await app.WithDbAsync(async db =>
        {
            db.Set<Organisation>().Add(organisation);
            db.Set<Membership>().Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
            db.Set<Person>().Add(new Person { NetworkId = network.Id, Organisation = organisation, FullName = "Vera Vertegenwoordiger", Function = "Directeur", Email = email, IsRepresentative = true });
            await db.SaveChangesAsync();
        });
        return new Party(organisation.Id, organisation.Name, email);
    }

    /// <summary>Runs <paramref name="work"/> in a scope that works in <paramref name="network"/> as a coordinator.</summary>
    public static async Task<T> InNetworkAsync<T>(this AppFactory app, Network network, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
        return await work(scope.ServiceProvider);
    }

    public static async Task<Guid> DraftAsync(this AppFactory app, Network network, IEnumerable<Party> parties, string template = "pilot", string? start = null)
    {
        var outcome = await app.InNetworkAsync(network, services => services.GetRequiredService<AgreementDrafts>()
            .CreateAsync(template, null, parties.Select(p => p.OrganisationId.ToString()).ToList(), start ?? "2026-01-01", CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Errors.Select(e => $"{e.Field}:{e.Key}")));
        return outcome.AgreementId!.Value;
    }

    /// <summary>An agreement drafted from <paramref name="template"/>, sent, and signed by every party through its link.</summary>
    public static async Task<Guid> SignedAgreementAsync(this AppFactory app, Network network, IReadOnlyList<Party> parties, string template = "pilot", string? start = null)
    {
        var agreementId = await app.DraftAsync(network, parties, template, start);
        await app.SendAsync(network, agreementId);
        foreach (var party in parties)
        {
            using var signed = await app.SignAsync(await app.SigningTokenAsync(party.SignerEmail));
            Assert.Equal(System.Net.HttpStatusCode.OK, signed.StatusCode);
        }
        return agreementId;
    }

    /// <summary>A signed-in partner member who is the representative of <paramref name="party"/> (linked by e-mail).</summary>
    public static async Task<TestClient> PartnerMemberAsync(this AppFactory app, Network network, Party party) =>
        await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.PartnerMember, email: party.SignerEmail));

    public static Task<(SendOutcome, int)> SendAsync(this AppFactory app, Network network, Guid agreementId) =>
        app.InNetworkAsync(network, services => services.GetRequiredService<SendForSigning>().SendAsync(agreementId, CancellationToken.None));

    /// <summary>One pass of the reminder job, as the background service runs it.</summary>
    public static async Task<ReminderCounts> RunRemindersAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementReminders>().RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The signing token from the latest signing mail to <paramref name="email"/>.</summary>
    public static async Task<string> SigningTokenAsync(this AppFactory app, string email, string subject = "ondertekening")
    {
        var mail = await app.Mail.WaitForMailAsync(email, subject);
        return SigningLink().Match(mail.TextBody ?? "").Groups[1].Value;
    }

    /// <summary>Signs through the public page, as the signer would.</summary>
    public static async Task<HttpResponseMessage> SignAsync(this AppFactory app, string token, string name = "Vera Vertegenwoordiger", IDictionary<string, string>? extra = null)
    {
        using var client = app.NewClient();
        var values = new Dictionary<string, string> { ["Input.TypedName"] = name, ["Input.Consent"] = "true" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }
        return await client.SubmitFormAsync($"/ondertekenen/{token}", values, "form.sign-form");
    }

    public static Task<AgreementVersion> LatestVersionAsync(this AppFactory app, Guid agreementId) =>
        app.WithDbAsync(db => db.Set<AgreementVersion>().Include(v => v.Signers).Include(v => v.Parties).Include(v => v.Commitments)
            .Where(v => v.AgreementId == agreementId).OrderByDescending(v => v.Number).FirstAsync());

    [GeneratedRegex(@"/ondertekenen/([A-Za-z0-9_-]+)")]
    private static partial Regex SigningLink();
}
