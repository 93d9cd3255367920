using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class MembersTests(AppFactory app)
{
    private static readonly string[] CoordinatorPages = ["leden", "instellingen", "audit"];

    [Fact]
    public async Task Viewers_and_partner_members_are_refused_the_coordinator_pages()
    {
        var network = await app.CreateNetworkAsync();
        foreach (var role in new[] { NetworkRole.Viewer, NetworkRole.PartnerMember })
        {
            using var client = await app.SignInAsync(await app.CreateUserAsync(network, role));
            foreach (var page in CoordinatorPages)
            {
                using var response = await client.GetAsync($"/netwerk/{network.Slug}/{page}");
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/fout/403", Location(response), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_partner_member_cannot_invite_even_with_a_hand_made_post()
    {
        var network = await app.CreateNetworkAsync();
        using var partner = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.PartnerMember));
        var email = NewEmail("via-partner");
        using var response = await partner.Http.PostAsync($"/netwerk/{network.Slug}/leden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "members-invite",
            ["Invite.Email"] = email,
            ["Invite.Role"] = nameof(NetworkRole.Coordinator),
        }), Ct);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email, Ct)));
    }

    [Fact]
    public async Task A_coordinator_of_another_network_gets_not_found_and_anonymous_is_sent_to_sign_in()
    {
        var network = await app.CreateNetworkAsync();
        var (_, otherCoordinator) = await app.NetworkWithCoordinatorAsync();
        using var anonymous = app.NewClient();
        foreach (var page in CoordinatorPages)
        {
            using var foreign = await otherCoordinator.GetAsync($"/netwerk/{network.Slug}/{page}");
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            using var signedOut = await anonymous.GetAsync($"/netwerk/{network.Slug}/{page}");
            Assert.StartsWith("/account/login", Location(signedOut), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_members_page_lists_members_and_open_invitations_of_this_network_only()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var viewer = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var (other, otherCoordinator) = await app.NetworkWithCoordinatorAsync();
        var outsider = await app.CreateUserAsync(other, NetworkRole.PartnerMember);
        using (await otherCoordinator.SubmitFormAsync($"/netwerk/{other.Slug}/leden", new Dictionary<string, string> { ["Invite.Email"] = "ander-netwerk@test.verbind.local" }))
        {
        }

        var page = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/leden");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(viewer.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(outsider.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ander-netwerk@", text, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("table"), table => Assert.NotNull(table.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        Assert.All(page.QuerySelectorAll("main select, main input:not([type=hidden])"), field =>
            Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public async Task A_coordinator_changes_a_role_and_removes_a_member_and_both_are_audited()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var viewer = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var url = $"/netwerk/{network.Slug}/leden";

        var changed = await PageOfAsync(await coordinator.SubmitNamedAsync(url, $"role-{viewer.Id:N}", new Dictionary<string, string> { ["Change.Role"] = nameof(NetworkRole.PartnerMember) }));
        Assert.Contains("gewijzigd", Status(changed), StringComparison.Ordinal);
        Assert.Equal(NetworkRole.PartnerMember, await RoleOfAsync(network, viewer));

        var removed = await PageOfAsync(await coordinator.SubmitNamedAsync(url, $"remove-{viewer.Id:N}"));
        Assert.Contains("verwijderd", Status(removed), StringComparison.Ordinal);
        Assert.Null(await RoleOfAsync(network, viewer));

        var actions = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.NetworkId == network.Id && a.EntityType == "NetworkUserRole"
                && ((a.After != null && a.After.Contains(viewer.Id.ToString())) || (a.Before != null && a.Before.Contains(viewer.Id.ToString()))))
            .Select(a => a.Action).ToListAsync(Ct));
        Assert.Contains(AuditAction.Updated, actions);
        Assert.Contains(AuditAction.Deleted, actions);
    }

    [Fact]
    public async Task Forged_roles_and_other_networks_members_are_refused()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var viewer = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var other = await app.CreateNetworkAsync();
        var foreigner = await app.CreateUserAsync(other, NetworkRole.Viewer);
        var url = $"/netwerk/{network.Slug}/leden";

        foreach (var forged in new[] { "Admin", "7", "", "<script>" })
        {
            var page = await PageOfAsync(await coordinator.SubmitNamedAsync(url, $"role-{viewer.Id:N}", new Dictionary<string, string> { ["Change.Role"] = forged }));
            Assert.NotEmpty(Alerts(page));
            Assert.Equal(NetworkRole.Viewer, await RoleOfAsync(network, viewer));
        }

        var foreign = await PageOfAsync(await coordinator.SubmitNamedAsync(url, $"role-{viewer.Id:N}", new Dictionary<string, string>
        {
            ["Change.UserId"] = foreigner.Id.ToString(),
            ["Change.Role"] = nameof(NetworkRole.Coordinator),
        }));
        Assert.Contains("geen lid", string.Join(" ", Alerts(foreign)), StringComparison.Ordinal);
        var removeForeign = await PageOfAsync(await coordinator.SubmitNamedAsync(url, $"remove-{viewer.Id:N}", new Dictionary<string, string> { ["Change.UserId"] = foreigner.Id.ToString() }));
        Assert.NotEmpty(Alerts(removeForeign));
        Assert.Equal(NetworkRole.Viewer, await RoleOfAsync(other, foreigner));
        Assert.Equal(NetworkRole.Viewer, await RoleOfAsync(network, viewer));
    }

    [Fact]
    public async Task The_last_coordinator_can_neither_step_down_nor_leave()
    {
        var network = await app.CreateNetworkAsync();
        var me = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        using var client = await app.SignInAsync(me);
        var url = $"/netwerk/{network.Slug}/leden";

        var demote = await PageOfAsync(await client.SubmitNamedAsync(url, $"role-{me.Id:N}", new Dictionary<string, string> { ["Change.Role"] = nameof(NetworkRole.Viewer) }));
        Assert.Contains("minstens één coördinator", string.Join(" ", Alerts(demote)), StringComparison.Ordinal);
        var leave = await PageOfAsync(await client.SubmitNamedAsync(url, $"remove-{me.Id:N}"));
        Assert.Contains("minstens één coördinator", string.Join(" ", Alerts(leave)), StringComparison.Ordinal);
        Assert.Equal(NetworkRole.Coordinator, await RoleOfAsync(network, me));

        // With a second coordinator, stepping down works and the page is no longer theirs.
        await app.CreateUserAsync(network, NetworkRole.Coordinator);
        using var steppedDown = await client.SubmitNamedAsync(url, $"role-{me.Id:N}", new Dictionary<string, string> { ["Change.Role"] = nameof(NetworkRole.Viewer) });
        Assert.Equal("/mijn-netwerken", Location(steppedDown));
        Assert.Equal(NetworkRole.Viewer, await RoleOfAsync(network, me));
        using var now = await client.GetAsync(url);
        Assert.StartsWith("/fout/403", Location(now), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_see_members_settings_and_audit_in_the_network_navigation()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/leden");
        var links = page.QuerySelectorAll("nav.network-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/netwerk/{network.Slug}/leden", links);
        Assert.Contains($"/netwerk/{network.Slug}/instellingen", links);
        Assert.Contains($"/netwerk/{network.Slug}/audit", links);
    }

    private Task<NetworkRole?> RoleOfAsync(Network network, TestUser user) =>
        app.WithDbAsync(db => db.NetworkUserRoles.Where(r => r.NetworkId == network.Id && r.UserId == user.Id).Select(r => (NetworkRole?)r.Role).SingleOrDefaultAsync(Ct));
}

public sealed class MembersTestsOnSqlite(SqliteApp app) : MembersTests(app);

public sealed class MembersTestsOnPostgres(PostgresApp app) : MembersTests(app);
