using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;
using static Verbind.EndToEnd.Tests.DirectorySearchArrange;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The public search (/aanbod) and service page (/aanbod/{id}) as a parent uses them, without signing
/// in: with and without JavaScript, on a desktop and a phone, with axe-core scans of every page.
/// </summary>
public sealed class DirectorySearchPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    private static string NewEmail() => $"dienst-{Guid.NewGuid():N}@test.verbind.local";

    /// <summary>The index follows the database every few seconds; wait until the page lists the new services.</summary>
    private static async Task WaitUntilListedAsync(BrowserPage tab, string municipality, int count)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await tab.GoToAsync("/aanbod?plaats=" + municipality);
            if (await tab.Locator(".directory-result").CountAsync() == count)
            {
                return;
            }
            await Task.Delay(500);
        }
        Assert.Fail($"The search did not list {count} services in {municipality}.");
    }

    [Fact]
    public async Task The_search_and_service_pages_are_accessible_on_desktop_and_phone()
    {
        var place = NewMunicipality();
        var service = await PublishAsync(App, "Babycafé De Verzonnen Wieg", place, NewEmail());
        await PublishAsync(App, "Peuterspeelmoment", place, NewEmail(), free: false);
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            var tab = await OpenTabAsync(width: width);
            await WaitUntilListedAsync(tab, place, 2);
            foreach (var path in new[] { "/aanbod", $"/aanbod?q=babycafe&plaats={place}", $"/aanbod?plaats={place}&gratis=1&leeftijd=3m", "/aanbod?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&afstand=abc", $"/aanbod/{service.Id}" })
            {
                await tab.GoToAsync(path);
                Assert.False(await tab.ScrollsSidewaysAsync(), $"{path} is wider than a {width} px screen: {await tab.WidestElementsAsync()}");
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_parent_searches_with_filters_and_opens_a_service(bool javaScript)
    {
        var place = NewMunicipality();
        await PublishAsync(App, "Gratis inloopmoment", place, NewEmail());
        await PublishAsync(App, "Betalende babymassage", place, NewEmail(), free: false);
        var tab = await OpenTabAsync(javaScript);
        await WaitUntilListedAsync(tab, place, 2);

        await tab.Locator("#zoek-leeftijd").SelectOptionAsync("6m");
        await tab.Locator("#zoek-gratis").CheckAsync();
        await tab.Locator("#zoek-toegankelijk-rolstoel").CheckAsync();
        await tab.FollowAsync(() => tab.Locator("form[role=search] button[type=submit]").ClickAsync(), "/aanbod\\?.*gratis=1");

        await Assertions.Expect(tab.Locator(".directory-result__name")).ToHaveTextAsync(["Gratis inloopmoment"]);
        Assert.Contains("leeftijd=6m", tab.Page.Url, StringComparison.Ordinal);
        await tab.FollowAsync(() => tab.Locator(".directory-result__name a").ClickAsync(), "/aanbod/[0-9a-f-]+$");
        await Assertions.Expect(tab.Locator("h1")).ToHaveTextAsync("Gratis inloopmoment");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("0–3 jaar");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_parent_asks_a_question_and_the_service_gets_it_by_mail(bool javaScript)
    {
        var contact = NewEmail();
        var service = await PublishAsync(App, "Vroedvrouwenspreekuur", NewMunicipality(), contact);
        var tab = await OpenTabAsync(javaScript);
        await tab.GoToAsync($"/aanbod/{service.Id}");

        await tab.Locator("#vraag-email").FillAsync("ouder@test.verbind.local");
        await tab.Locator("#vraag-tekst").FillAsync("Moet ik vooraf inschrijven?");
        await tab.FollowAsync(() => tab.Locator("form.ask-form button[type=submit]").ClickAsync(), $"/aanbod/{service.Id}");

        await Assertions.Expect(tab.Locator("[role=alert]").First).ToContainTextAsync("Je vraag is verstuurd");
        var mail = await App.Mail.WaitForMailAsync(contact, "Vroedvrouwenspreekuur");
        Assert.Contains("Moet ik vooraf inschrijven?", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_reports_wrong_information()
    {
        var service = await PublishAsync(App, "Speel-o-theek", NewMunicipality(), NewEmail());
        var tab = await OpenTabAsync(javaScript: false);
        await tab.GoToAsync($"/aanbod/{service.Id}");

        await tab.Locator("#melding-tekst").FillAsync("Op woensdag is het nu gesloten.");
        await tab.FollowAsync(() => tab.Locator("form.report-form button[type=submit]").ClickAsync(), $"/aanbod/{service.Id}");

        await Assertions.Expect(tab.Locator("[role=alert]").First).ToContainTextAsync("Bedankt");
        Assert.True(await App.WithDbAsync(db => db.Set<InformationReport>().AnyAsync(r => r.ServiceId == service.Id)));
    }
}
