using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Features.Drafting;
using Verbind.Agreements.Features.Signing;
using Verbind.Agreements.Localisation;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>Parties and sent or signed agreements for the Agreements browser tests, and the module's own UI texts.</summary>
internal static partial class AgreementsArrange
{
    private static readonly ResourceManager Texts = new("Verbind.Agreements.Localisation.AgreementsText", typeof(AgreementsText).Assembly);

    /// <summary>A text of the Agreements module in Dutch (Belgium), formatted with <paramref name="arguments"/>.</summary>
    public static string Text(string key, params object[] arguments)
    {
        var text = Texts.GetString(key, CultureInfo.GetCultureInfo(Infrastructure.Text.Dutch)) ?? throw new KeyNotFoundException($"No text '{key}'.");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.GetCultureInfo(Infrastructure.Text.Dutch), text, arguments);
    }

    /// <summary>An organisation in the network with one representative who has a unique e-mail address.</summary>
    public static async Task<(Guid Organisation, string SignerEmail)> PartyAsync(AppFactory app, Network network, string name, OrganisationKind kind)
    {
        var email = $"e2e-signer-{Guid.NewGuid():N}@test.verbind.local";
        var organisation = new Organisation
        {
            Name = name, Kind = kind, Sector = Sector.LocalGovernment,
            Address = new Address { Street = "Marktplein 1", Postcode = "3990", Municipality = name.Replace("Gemeente ", "", StringComparison.Ordinal) },
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Municipality, StartDate = new DateOnly(2024, 1, 1) });
            db.Add(new Person { NetworkId = network.Id, Organisation = organisation, FullName = "Schepen Welzijn", Function = "Schepen", Email = email, IsRepresentative = true });
            await db.SaveChangesAsync();
        });
        return (organisation.Id, email);
    }

    /// <summary>A pilot agreement that started a month ago, sent to the party; the token of the link mailed to its signer.</summary>
    public static async Task<(Guid AgreementId, string Token)> SentAgreementAsync(AppFactory app, Network network, Guid organisation, string signerEmail)
    {
        Guid agreementId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
            var start = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var draft = await scope.ServiceProvider.GetRequiredService<AgreementDrafts>().CreateAsync("pilot", null, [organisation.ToString()], start, CancellationToken.None);
            agreementId = draft.AgreementId!.Value;
            await scope.ServiceProvider.GetRequiredService<SendForSigning>().SendAsync(agreementId, CancellationToken.None);
        }
        var mail = await app.Mail.WaitForMailAsync(signerEmail, "ondertekening");
        return (agreementId, SigningLink().Match(mail.TextBody ?? "").Groups[1].Value);
    }

    /// <summary>As <see cref="SentAgreementAsync"/>, then signed by its one signer: the agreement is in force.</summary>
    public static async Task<Guid> SignedAgreementAsync(AppFactory app, Network network, Guid organisation, string signerEmail)
    {
        var (agreementId, token) = await SentAgreementAsync(app, network, organisation, signerEmail);
        await using var scope = app.Services.CreateAsyncScope();
        var sign = scope.ServiceProvider.GetRequiredService<SignAgreement>();
        var view = await sign.FindAsync(token, CancellationToken.None);
        var outcome = await sign.SignAsync(token, new SignInput { TypedName = "Schepen Welzijn", Consent = true, ShownSha256 = view.DocumentSha256 }, null, CancellationToken.None);
        Assert.True(outcome.Recorded);
        return agreementId;
    }

    [GeneratedRegex(@"/ondertekenen/([A-Za-z0-9_-]+)")]
    private static partial Regex SigningLink();
}
