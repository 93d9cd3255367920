using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Drafting;
using Verbind.Agreements.Features.Signing;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The Agreements pages in a browser, each scanned by axe-core: a coordinator drafts from a template and
/// sends; a signer signs on a phone (typed name and a drawn signature); the public showcase and the
/// verification page work with and without JavaScript.
/// </summary>
public sealed partial class AgreementsPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task A_coordinator_drafts_from_a_template_and_sends_it_and_every_agreements_page_is_accessible()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var (organisation, signerEmail) = await PartyAsync(network, "Gemeente Heidebloem", OrganisationKind.Municipality);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        await tab.GoToAsync($"/netwerk/{network.Slug}/afspraken");
        await tab.GoToAsync($"/netwerk/{network.Slug}/afspraken/nieuw");
        await tab.Locator("#template-pilot").CheckAsync();
        await tab.Locator($"#party-{organisation}").CheckAsync();
        await tab.FollowAsync(() => tab.Locator("main button[type=submit]").ClickAsync(), "/bewerken\\?nieuw=1$");
        await tab.Locator("#draft-title").FillAsync("Pilootovereenkomst Heidebloem");
        await tab.FollowAsync(() => tab.Locator("main form.form--wide button[type=submit]").ClickAsync(), "/afspraken/[0-9a-f-]+\\?opgeslagen=1$");
        await Assertions.Expect(tab.Locator("h1")).ToHaveTextAsync("Pilootovereenkomst Heidebloem");
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Versturen ter ondertekening" }).ClickAsync(), "verstuurd=1$");
        await Assertions.Expect(tab.Locator("[role=status]").First).ToContainTextAsync("1 e-mails");
        await App.Mail.WaitForMailAsync(signerEmail, "ondertekening");

        var agreementId = tab.Page.Url.Split('/')[^1].Split('?')[0];
        foreach (var path in new[] { "", $"/{agreementId}", $"/{agreementId}/bewerken", $"/{agreementId}/versies/1", "/scorekaart", "/bijdragen", "/begroting" })
        {
            foreach (var width in new[] { DesktopWidth, PhoneWidth })
            {
                await tab.Page.SetViewportSizeAsync(width, 900);
                await tab.GoToAsync($"/netwerk/{network.Slug}/afspraken{path}");
                Assert.False(await tab.ScrollsSidewaysAsync(), $"{path} is wider than {width} px: {await tab.WidestElementsAsync()}");
            }
        }
    }

    [Fact]
    public async Task A_signer_reads_and_signs_on_a_phone_with_a_drawn_signature_and_a_second_visit_says_it_is_done()
    {
        var network = await App.CreateNetworkAsync();
        var (organisation, signerEmail) = await PartyAsync(network, "Gemeente Leeuwerikhout", OrganisationKind.Municipality);
        var token = await SentAgreementTokenAsync(network, organisation, signerEmail);

        var tab = await OpenTabAsync(width: PhoneWidth);
        await tab.GoToAsync($"/ondertekenen/{token}");
        Assert.False(await tab.ScrollsSidewaysAsync(), await tab.WidestElementsAsync());
        await Assertions.Expect(tab.Locator("article")).ToContainTextAsync("Gemeente Leeuwerikhout");
        var canvas = tab.Locator(".signature-pad__canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await tab.Page.Mouse.MoveAsync(box.X + 20, box.Y + 40);
        await tab.Page.Mouse.DownAsync();
        await tab.Page.Mouse.MoveAsync(box.X + 120, box.Y + 60, new() { Steps = 5 });
        await tab.Page.Mouse.MoveAsync(box.X + 220, box.Y + 30, new() { Steps = 5 });
        await tab.Page.Mouse.UpAsync();
        await tab.GetByLabel("Uw naam als handtekening").FillAsync("Lotte Leeuwerik");
        await tab.Locator("#sign-consent").CheckAsync();
        await tab.Locator("main form.sign-form button[type=submit]").ClickAsync();
        await Assertions.Expect(tab.Locator("[role=status]").First).ToContainTextAsync("Dank u");
        await tab.CheckAsync();

        var signature = await App.WithDbAsync(db => db.Set<Signature>().SingleAsync(s => s.NetworkId == network.Id));
        Assert.Equal("Lotte Leeuwerik", signature.TypedName);
        Assert.StartsWith(SignatureImage.Prefix, signature.DrawnImage, StringComparison.Ordinal);

        await tab.GoToAsync($"/ondertekenen/{token}");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("al ondertekend");
        await tab.GoToAsync("/ondertekenen/dit-is-geen-geldige-link", 410);
    }

    [Fact]
    public async Task A_signer_without_javascript_signs_with_the_typed_name()
    {
        var network = await App.CreateNetworkAsync();
        var (organisation, signerEmail) = await PartyAsync(network, "Gemeente Ooievaarsbroek", OrganisationKind.Municipality);
        var token = await SentAgreementTokenAsync(network, organisation, signerEmail);
        var tab = await OpenTabAsync(javaScript: false, width: PhoneWidth);
        await tab.GoToAsync($"/ondertekenen/{token}");
        Assert.Equal(0, await tab.Locator(".signature-pad__canvas").CountAsync());
        await tab.GetByLabel("Uw naam als handtekening").FillAsync("Omar Ooievaar");
        await tab.Locator("#sign-consent").CheckAsync();
        await tab.FollowAsync(() => tab.Locator("main form.sign-form button[type=submit]").ClickAsync(), $"/ondertekenen/{Regex.Escape(token)}$");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Dank u");
    }

    [Fact]
    public async Task The_showcase_lists_signed_municipalities_with_and_without_javascript_and_verification_is_accessible()
    {
        var network = await App.CreateNetworkAsync();
        var (organisation, signerEmail) = await PartyAsync(network, "Gemeente Klaverveld", OrganisationKind.Municipality);
        var token = await SentAgreementTokenAsync(network, organisation, signerEmail);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var sign = scope.ServiceProvider.GetRequiredService<SignAgreement>();
            var view = await sign.FindAsync(token, CancellationToken.None);
            await sign.SignAsync(token, new SignInput { TypedName = "Karel Klaver", Consent = true, ShownSha256 = view.DocumentSha256 }, null, CancellationToken.None);
        }
        var slug = $"e2e-{Guid.NewGuid():N}"[..16];
        var code = await App.WithDbAsync(async db =>
        {
            var campaign = new Campaign { NetworkId = network.Id, Slug = slug, Title = "Sterrengemeenten", Intro = "Gemeenten die **meedoen**." };
            db.Add(campaign);
            db.Add(new CampaignMunicipality { NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = organisation, Slug = "klaverveld", Name = "Gemeente Klaverveld", ContactName = "Karel", ContactEmail = "karel@klaverveld.example", LocalInformation = "Informatie voor ouders.", Latitude = 51.0m, Longitude = 5.2m });
            await db.SaveChangesAsync();
            return await db.Set<AgreementVersion>().Where(v => v.NetworkId == network.Id).Select(v => v.VerificationCode).SingleAsync();
        });
        foreach (var javaScript in new[] { true, false })
        {
            var tab = await OpenTabAsync(javaScript: javaScript, width: PhoneWidth);
            await tab.GoToAsync($"/campagne/{slug}");
            await Assertions.Expect(tab.Locator(".showcase-list")).ToContainTextAsync("Gemeente Klaverveld");
            await tab.FollowAsync(() => tab.Locator(".showcase-list a").First.ClickAsync(), "/klaverveld$");
            await Assertions.Expect(tab.Locator("img.showcase-badge")).ToBeVisibleAsync();
            await tab.GoToAsync("/verificatie");
            await tab.GoToAsync($"/verificatie?code={code}");
            await Assertions.Expect(tab.Locator(".verify-result")).ToContainTextAsync("onveranderd");
        }
    }

    private async Task<(Guid Organisation, string SignerEmail)> PartyAsync(Network network, string name, OrganisationKind kind)
    {
        var email = $"e2e-signer-{Guid.NewGuid():N}@test.verbind.local";
        var organisation = new Organisation
        {
            Name = name, Kind = kind, Sector = Sector.LocalGovernment,
            Address = new Address { Street = "Marktplein 1", Postcode = "3990", Municipality = name.Replace("Gemeente ", "", StringComparison.Ordinal) },
        };
        await App.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Municipality, StartDate = new DateOnly(2024, 1, 1) });
            db.Add(new Person { NetworkId = network.Id, Organisation = organisation, FullName = "Schepen Welzijn", Function = "Schepen", Email = email, IsRepresentative = true });
            await db.SaveChangesAsync();
        });
        return (organisation.Id, email);
    }

    private async Task<string> SentAgreementTokenAsync(Network network, Guid organisation, string signerEmail)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, NetworkRole.Coordinator);
            var start = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var draft = await scope.ServiceProvider.GetRequiredService<AgreementDrafts>().CreateAsync("pilot", null, [organisation.ToString()], start, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SendForSigning>().SendAsync(draft.AgreementId!.Value, CancellationToken.None);
        }
        var mail = await App.Mail.WaitForMailAsync(signerEmail, "ondertekening");
        return SigningLink().Match(mail.TextBody ?? "").Groups[1].Value;
    }

    [GeneratedRegex(@"/ondertekenen/([A-Za-z0-9_-]+)")]
    private static partial Regex SigningLink();
}
