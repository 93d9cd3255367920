using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// Every page a signed-in person can open passes axe-core (WCAG 2.1 A/AA) without console errors and
/// fits a phone, at 1280 and 375 px. Adding a page is one line: an InlineData with its path, where
/// "{network}" stands for the slug of the shared test network (see README.md).
/// </summary>
public sealed class SignedInPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Theory]
    [InlineData("/mijn-netwerken")]
    [InlineData("/account/tweestapsverificatie")]
    [InlineData("/netwerk/{network}/leden")]
    [InlineData("/netwerk/{network}/instellingen")]
    [InlineData("/netwerk/{network}/audit")]
    [InlineData("/netwerk/{network}/import")]
    [InlineData("/netwerk/{network}/export")]
    public Task A_coordinators_page_is_accessible(string path) => ScanAsync(Persona.Coordinator, path);

    [Theory]
    [InlineData("/mijn-netwerken")]
    [InlineData("/netwerk/{network}")]
    [InlineData("/netwerk/{network}/organisaties")]
    [InlineData("/netwerk/{network}/personen")]
    [InlineData("/netwerk/{network}/plaatsen")]
    [InlineData("/netwerk/{network}/wie-doet-wat")]
    [InlineData("/netwerk/{network}/export")]
    public Task A_partner_members_page_is_accessible(string path) => ScanAsync(Persona.PartnerMember, path);

    [Theory]
    [InlineData("/mijn-netwerken")]
    [InlineData("/netwerk/{network}")]
    [InlineData("/netwerk/{network}/organisaties")]
    [InlineData("/netwerk/{network}/personen")]
    [InlineData("/netwerk/{network}/plaatsen")]
    [InlineData("/netwerk/{network}/wie-doet-wat")]
    [InlineData("/netwerk/{network}/export")]
    public Task A_viewers_page_is_accessible(string path) => ScanAsync(Persona.Viewer, path);

    [Theory]
    [InlineData("/mijn-netwerken")]
    [InlineData("/beheer/netwerken")]
    [InlineData("/beheer/netwerken/nieuw")]
    public Task A_platform_administrators_page_is_accessible(string path) => ScanAsync(Persona.PlatformAdmin, path);

    private async Task ScanAsync(Persona persona, string path)
    {
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            var (network, tab) = await SignedInTabAsync(persona, width);
            var address = path.Replace("{network}", network.Slug, StringComparison.Ordinal);
            await tab.GoToAsync(address);
            Assert.False(await tab.ScrollsSidewaysAsync(), $"{address} is wider than a {width} px screen: {await tab.WidestElementsAsync()}");
        }
    }
}
