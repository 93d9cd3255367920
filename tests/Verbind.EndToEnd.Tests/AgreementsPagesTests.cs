using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbind.Agreements.Domain;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The Agreements pages in a browser, each scanned by axe-core: a coordinator drafts from a template and
/// sends; a signer signs on a phone (typed name and a drawn signature); the verification page works
/// with and without JavaScript. The showcase and its campaign pages: <see cref="ShowcasePagesTests"/>.
/// </summary>
public sealed class AgreementsPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task A_coordinator_drafts_from_a_template_and_sends_it_and_every_agreements_page_is_accessible()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, "Gemeente Heidebloem", OrganisationKind.Municipality);
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
        foreach (var path in new[] { "", $"/{agreementId}", $"/{agreementId}/bewerken", $"/{agreementId}/versies/1", "/scorekaart", $"/scorekaart/{organisation}", "/bijdragen", "/begroting" })
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
        var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, "Gemeente Leeuwerikhout", OrganisationKind.Municipality);
        var (_, token) = await AgreementsArrange.SentAgreementAsync(App, network, organisation, signerEmail);

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
        var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, "Gemeente Ooievaarsbroek", OrganisationKind.Municipality);
        var (_, token) = await AgreementsArrange.SentAgreementAsync(App, network, organisation, signerEmail);
        var tab = await OpenTabAsync(javaScript: false, width: PhoneWidth);
        await tab.GoToAsync($"/ondertekenen/{token}");
        Assert.Equal(0, await tab.Locator(".signature-pad__canvas").CountAsync());
        await tab.GetByLabel("Uw naam als handtekening").FillAsync("Omar Ooievaar");
        await tab.Locator("#sign-consent").CheckAsync();
        await tab.FollowAsync(() => tab.Locator("main form.sign-form button[type=submit]").ClickAsync(), $"/ondertekenen/{Regex.Escape(token)}$");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Dank u");
    }

    [Fact]
    public async Task Verification_by_code_is_accessible_with_and_without_javascript()
    {
        var network = await App.CreateNetworkAsync();
        var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, "Gemeente Klaverveld", OrganisationKind.Municipality);
        var agreementId = await AgreementsArrange.SignedAgreementAsync(App, network, organisation, signerEmail);
        var code = await App.WithDbAsync(db => db.Set<AgreementVersion>().Where(v => v.AgreementId == agreementId).Select(v => v.VerificationCode).SingleAsync());
        foreach (var javaScript in new[] { true, false })
        {
            var tab = await OpenTabAsync(javaScript: javaScript, width: PhoneWidth);
            await tab.GoToAsync("/verificatie");
            await tab.GoToAsync($"/verificatie?code={code}");
            await Assertions.Expect(tab.Locator(".verify-result")).ToContainTextAsync("onveranderd");
        }
    }
}
