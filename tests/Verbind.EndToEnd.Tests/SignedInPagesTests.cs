using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// Every page a signed-in person can open passes axe-core (WCAG 2.1 A/AA) without console errors, on a
/// desktop and on a phone. Adding a page is one line: an InlineData with its path, where "{network}"
/// stands for the slug of the test network.
/// </summary>
public sealed class SignedInPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Theory]
    [InlineData("/mijn-netwerken")]
    public async Task A_coordinators_page_is_accessible(string path) => await ScanAsync(NetworkRole.Coordinator, path);

    [Theory]
    [InlineData("/mijn-netwerken")]
    public async Task A_partner_members_page_is_accessible(string path) => await ScanAsync(NetworkRole.PartnerMember, path);

    private async Task ScanAsync(NetworkRole role, string path)
    {
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            var (network, tab) = await SignedInTabAsync(role, width);
            await tab.GoToAsync(path.Replace("{network}", network.Slug, StringComparison.Ordinal));
            Assert.False(await tab.ScrollsSidewaysAsync(), $"{path} is wider than a {width} px screen.");
        }
    }
}
