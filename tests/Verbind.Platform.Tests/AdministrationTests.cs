using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Features.Administration;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class AdministrationTests(AppFactory app)
{
    private const string ChosenPassword = "een wachtwoord van mezelf";

    [Fact]
    public async Task Only_platform_administrators_open_the_administration_pages()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        using var anonymous = app.NewClient();
        using var admin = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdmin: true));
        foreach (var url in new[] { "/beheer/netwerken", "/beheer/netwerken/nieuw", $"/beheer/netwerken/{network.Slug}" })
        {
            using var signedOut = await anonymous.GetAsync(url);
            Assert.StartsWith("/account/login", Location(signedOut), StringComparison.Ordinal);
            using var refused = await coordinator.GetAsync(url);
            Assert.StartsWith("/fout/403", Location(refused), StringComparison.Ordinal);
            await admin.GetPageAsync(url);
        }
        using var missing = await admin.GetAsync("/beheer/netwerken/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_a_network_and_invites_its_first_coordinator_without_becoming_a_member()
    {
        using var admin = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdmin: true));
        var slug = $"kansrijke-start-{Guid.NewGuid():N}"[..30];

        using var created = await admin.SubmitFormAsync("/beheer/netwerken/nieuw", new Dictionary<string, string>
        {
            ["Input.Name"] = "Kansrijke Start Veldhoven-Oost",
            ["Input.Slug"] = slug,
            ["Input.Kind"] = nameof(NetworkKind.KansrijkeStart),
            ["Input.Country"] = nameof(Country.Netherlands),
            ["Input.Description"] = "Een verzonnen coalitie voor de tests.",
        });
        Assert.Equal($"/beheer/netwerken/{slug}?nieuw=1", Location(created));
        var network = await app.WithDbAsync(db => db.Networks.SingleAsync(n => n.Slug == slug, Ct));
        Assert.Equal((NetworkKind.KansrijkeStart, Country.Netherlands), (network.Kind, network.Country));
        var list = await admin.GetPageAsync("/beheer/netwerken");
        Assert.Contains(list.QuerySelectorAll("tbody th a"), a => a.TextContent == "Kansrijke Start Veldhoven-Oost");

        var email = NewEmail("eerste-coordinator");
        var invited = await PageOfAsync(await admin.SubmitFormAsync($"/beheer/netwerken/{slug}", new Dictionary<string, string> { ["Input.Email"] = email }));
        Assert.Contains(email, Status(invited), StringComparison.Ordinal);
        var link = LinkIn(await app.Mail.WaitForMailAsync(email, "Kansrijke Start Veldhoven-Oost"), "/account/uitnodiging/");

        using var person = app.NewClient();
        using (await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Fenna de Wit",
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }))
        {
        }
        var roles = await app.WithDbAsync(db => db.NetworkUserRoles.Where(r => r.NetworkId == network.Id).Select(r => r.Role).ToListAsync(Ct));
        Assert.Equal([NetworkRole.Coordinator], roles);

        // Least access: the administrator is no member and sees none of the network's pages.
        foreach (var page in new[] { "leden", "instellingen", "audit" })
        {
            using var response = await admin.GetAsync($"/netwerk/{slug}/{page}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Slugs_are_checked_and_unique_and_nothing_is_created_when_wrong()
    {
        var existing = await app.CreateNetworkAsync();
        using var admin = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdmin: true));

        foreach (var slug in new[] { "ab", "Hoofdletters", "met spatie", "ümlaut", "<script>", new string('a', 81), "nieuw", existing.Slug, "" })
        {
            var page = await PageOfAsync(await admin.SubmitFormAsync("/beheer/netwerken/nieuw", new Dictionary<string, string>
            {
                ["Input.Name"] = "Netwerk met een slechte korte naam",
                ["Input.Slug"] = slug,
            }));
            var messages = string.Join(" ", Alerts(page));
            Assert.False(string.IsNullOrWhiteSpace(messages), $"no message for '{slug}'");
            Assert.DoesNotContain("<script>", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        }
        var duplicate = await PageOfAsync(await admin.SubmitFormAsync("/beheer/netwerken/nieuw", new Dictionary<string, string> { ["Input.Name"] = "Dubbel", ["Input.Slug"] = existing.Slug }));
        Assert.Contains("al in gebruik", string.Join(" ", Alerts(duplicate)), StringComparison.Ordinal);

        var forgedKind = await PageOfAsync(await admin.SubmitFormAsync("/beheer/netwerken/nieuw", new Dictionary<string, string>
        {
            ["Input.Name"] = "Soort bestaat niet",
            ["Input.Slug"] = $"soort-{Guid.NewGuid():N}",
            ["Input.Kind"] = "Hacker",
        }));
        Assert.NotEmpty(Alerts(forgedKind));
        // Other tests create networks in parallel on the same host: look for these attempts only.
        string[] attempted = ["Netwerk met een slechte korte naam", "Dubbel", "Soort bestaat niet"];
        Assert.False(await app.WithDbAsync(db => db.Networks.AnyAsync(n => attempted.Contains(n.Name), Ct)));
    }

    [Theory]
    [InlineData("hvhk-zonnedal", true)]
    [InlineData("abc", true)]
    [InlineData("ab", false)]
    [InlineData("a_b_c", false)]
    [InlineData("HVHK", false)]
    [InlineData("nieuw", false)]
    [InlineData(null, false)]
    public void Slug_rule(string? slug, bool valid) => Assert.Equal(valid, NetworkCreation.IsValidSlug(slug));
}

public sealed class AdministrationTestsOnSqlite(SqliteApp app) : AdministrationTests(app);

public sealed class AdministrationTestsOnPostgres(PostgresApp app) : AdministrationTests(app);
