using System.Text;
using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// A coordinator imports a CSV with bad lines, reads why each is wrong, cancels, uploads the corrected
/// file and confirms: the partners appear in the network. Every page on the way passes axe-core.
/// </summary>
public sealed class ImportFlowTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    private const string Header = "organisatie;soort;sector;ondernemingsnummer;straat;postcode;gemeente;telefoon;email;website;rol;persoon;functie;expertise;persoon_email;persoon_telefoon";

    [Fact]
    public async Task A_coordinator_imports_a_file_with_bad_lines_fixes_them_and_confirms()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        var bad = string.Join("\n",
            Header,
            "Kraamzorg De Wieg;kraamzorg;medisch;;Lindenlaan 3;3000;Leuven;;info@dewieg.test;;partner;An Wiegmans;kraamverzorgende;kraamzorg;;",
            "Vroedvrouwen Het Nest;vroedvrouwenpraktijk;medisch;0123.456.789;;3000;Leuven;;;;kernpartner;;;;;",
            ";welzijn;sociaal;;;;;;;;partner;;;;;");
        await UploadAsync(tab, network, bad);
        await Assertions.Expect(tab.Locator("#import-problems")).ToBeVisibleAsync();
        var problems = await tab.Locator("#import-problems tbody tr").CountAsync();
        Assert.Equal(2, problems);
        Assert.False(await OrganisationExistsAsync("Kraamzorg De Wieg"), "nothing may be written before the coordinator confirms");

        await tab.FollowAsync(() => tab.Locator("form.import-cancel button[type=submit]").ClickAsync(), "/import");

        var fixedFile = string.Join("\n",
            Header,
            "Kraamzorg De Wieg;kraamzorg;medisch;;Lindenlaan 3;3000;Leuven;;info@dewieg.test;;partner;An Wiegmans;kraamverzorgende;kraamzorg;;",
            "Vroedvrouwen Het Nest;vroedvrouwenpraktijk;medisch;0123.456.749;;3000;Leuven;;;;kernpartner;;;;;",
            "Welzijnshuis De Brug;welzijnscentrum;welzijn;;;3000;Leuven;;;;partner;;;;;");
        await UploadAsync(tab, network, fixedFile);
        var left = await tab.Locator("#import-problems").CountAsync() == 0 ? "" : await tab.Locator("#import-problems").InnerTextAsync();
        Assert.True(left.Length == 0, "the corrected file still has problems: " + left);
        await tab.FollowAsync(() => tab.Locator("form.import-confirm button[type=submit]").ClickAsync(), "/import/klaar");

        Assert.True(await OrganisationExistsAsync("Kraamzorg De Wieg"));
        Assert.True(await OrganisationExistsAsync("Welzijnshuis De Brug"));
        await tab.GoToAsync($"/netwerk/{network.Slug}/organisaties");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Vroedvrouwen Het Nest");
    }

    private static async Task UploadAsync(BrowserPage tab, Network network, string csv)
    {
        await tab.GoToAsync($"/netwerk/{network.Slug}/import");
        await tab.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "partners.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await tab.FollowAsync(() => tab.Locator("main form[enctype='multipart/form-data'] button[type=submit]").ClickAsync(), "/import/[0-9a-f-]+$");
    }

    private Task<bool> OrganisationExistsAsync(string name) =>
        App.WithDbAsync(db => Task.FromResult(db.Set<Organisation>().Any(o => o.Name == name)));
}
