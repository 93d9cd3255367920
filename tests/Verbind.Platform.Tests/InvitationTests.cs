using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class InvitationTests(AppFactory app)
{
    private const string ChosenPassword = "een wachtwoord van mezelf";

    [Fact]
    public async Task A_new_person_accepts_and_gets_the_role_in_that_network()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var email = NewEmail("nieuw");

        var link = await InviteAsync(coordinator, network, email, NetworkRole.PartnerMember);
        var token = link["/account/uitnodiging/".Length..];

        using var person = app.NewClient();
        var page = await person.GetPageAsync(link);
        Assert.Equal($"Uitnodiging voor {network.Name}", page.QuerySelector("h1")?.TextContent);
        using var accepted = await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ilse Verbruggen",
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/mijn-netwerken", Location(accepted));
        var mine = await person.GetPageAsync("/mijn-netwerken");
        Assert.Contains(network.Name, mine.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        var (role, invitation) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
            var role = await db.NetworkUserRoles.SingleAsync(r => r.UserId == user.Id, Ct);
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email, Ct);
            return (role, invitation);
        });
        Assert.Equal(network.Id, role.NetworkId);
        Assert.Equal(NetworkRole.PartnerMember, role.Role);
        Assert.NotNull(invitation.AcceptedAt);
        // Only the hash of the token is stored.
        Assert.Equal(Tokens.Hash(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);

        // Used once: the link now says so and changes nothing.
        using var later = app.NewClient();
        var used = await later.GetPageAsync(link);
        Assert.Contains("al gebruikt", string.Join(" ", Alerts(used)), StringComparison.Ordinal);
        Assert.Null(used.QuerySelector("form.form input[type=password]"));
    }

    [Fact]
    public async Task Someone_with_an_account_signs_in_first_and_then_accepts()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var elsewhere = await app.CreateNetworkAsync();
        var existing = await app.CreateUserAsync(elsewhere, NetworkRole.Viewer);
        var link = await InviteAsync(coordinator, network, existing.Email.ToUpperInvariant(), NetworkRole.Viewer);

        using var client = app.NewClient();
        var page = await client.GetPageAsync(link);
        Assert.Null(page.QuerySelector("input[type=password]"));
        var signInLink = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Single(h => h!.StartsWith("/account/login", StringComparison.Ordinal))!;
        Assert.Contains(Uri.EscapeDataString(link), signInLink, StringComparison.Ordinal);

        await client.SignInAsync(existing);
        using var accepted = await client.SubmitNamedAsync(link, "invitation-accept");
        Assert.Equal("/mijn-netwerken", Location(accepted));
        await client.GetPageAsync($"/netwerk/{network.Slug}/instellingen", HttpStatusCode.Redirect);

        var roles = await app.WithDbAsync(db => db.NetworkUserRoles.Where(r => r.UserId == existing.Id).Select(r => new { r.NetworkId, r.Role }).ToListAsync(Ct));
        Assert.Contains(roles, r => r.NetworkId == network.Id && r.Role == NetworkRole.Viewer);
        Assert.Contains(roles, r => r.NetworkId == elsewhere.Id && r.Role == NetworkRole.Viewer);
    }

    [Fact]
    public async Task Signed_in_as_someone_else_the_invitation_is_not_taken()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var link = await InviteAsync(coordinator, network, NewEmail("bedoeld"), NetworkRole.Viewer);
        var other = await app.CreateUserAsync(await app.CreateNetworkAsync(), NetworkRole.Viewer);

        using var client = await app.SignInAsync(other);
        var page = await client.GetPageAsync(link);
        Assert.Contains("ander account", string.Join(" ", Alerts(page)), StringComparison.Ordinal);
        Assert.False(HasFormNamed(page, "invitation-accept"));
        Assert.False(await app.WithDbAsync(db => db.NetworkUserRoles.AnyAsync(r => r.UserId == other.Id && r.NetworkId == network.Id, Ct)));
    }

    [Fact]
    public async Task Expired_revoked_and_forged_links_get_a_clear_page_and_change_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();

        var expiredEmail = NewEmail("verlopen");
        var expired = await InviteAsync(coordinator, network, expiredEmail, NetworkRole.Viewer);
        await app.WithDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == expiredEmail, Ct);
            invitation.ExpiresAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await db.SaveChangesAsync(Ct);
        });

        var revokedEmail = NewEmail("ingetrokken");
        var revoked = await InviteAsync(coordinator, network, revokedEmail, NetworkRole.Coordinator);
        var invitationId = await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == revokedEmail).Select(i => i.Id).SingleAsync(Ct));
        var members = await PageOfAsync(await coordinator.SubmitNamedAsync($"/netwerk/{network.Slug}/leden", $"revoke-{invitationId:N}"));
        Assert.Contains("ingetrokken", Status(members), StringComparison.Ordinal);
        Assert.DoesNotContain(revokedEmail, members.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var client = app.NewClient();
        Assert.Contains("verlopen", string.Join(" ", Alerts(await client.GetPageAsync(expired))), StringComparison.Ordinal);
        Assert.Contains("ingetrokken", string.Join(" ", Alerts(await client.GetPageAsync(revoked))), StringComparison.Ordinal);
        foreach (var forged in new[] { "/account/uitnodiging/vervalst", $"/account/uitnodiging/{Tokens.New()}", $"/account/uitnodiging/{new string('x', 3000)}", "/account/uitnodiging/%3Cscript%3Ealert(1)%3C%2Fscript%3E" })
        {
            using var response = await client.GetAsync(forged);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{forged}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("Deze uitnodiging werkt niet", (await TestClient.ParseAsync(response)).QuerySelector("h1")?.TextContent);
            }
        }

        // A hand-made post of the account form to the expired link creates no account.
        var open = await InviteAsync(coordinator, network, NewEmail("open"), NetworkRole.Viewer);
        var openPage = await client.GetPageAsync(open);
        var accountForm = FormNamed(openPage, "invitation-account");
        accountForm.SetAttribute("action", expired);
        using (var forgedPost = await client.SubmitAsync(accountForm, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Indringer",
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }, expired))
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, forgedPost.StatusCode);
            Assert.True(forgedPost.StatusCode != HttpStatusCode.Redirect, $"redirected to {Location(forgedPost)}");
        }
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == expiredEmail || u.Email == revokedEmail, Ct)));
    }

    [Fact]
    public async Task A_display_name_with_markup_is_shown_as_text()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var email = NewEmail("opmaak");
        var link = await InviteAsync(coordinator, network, email, NetworkRole.Viewer);
        const string hostile = "<script>alert('x')</script><b>Els</b>";

        using var person = app.NewClient();
        using (var accepted = await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = hostile,
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var response = await coordinator.GetAsync($"/netwerk/{network.Slug}/leden");
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert('x')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Els</b>", html, StringComparison.Ordinal);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(page.QuerySelectorAll("tbody th[scope=row]"), th => th.TextContent == hostile);
    }

    [Fact]
    public async Task Account_details_are_checked_before_anything_is_created()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var email = NewEmail("controle");
        var link = await InviteAsync(coordinator, network, email, NetworkRole.Viewer);

        using var person = app.NewClient();
        var page = await PageOfAsync(await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "   ",
            ["Input.Password"] = "te kort",
            ["Input.ConfirmPassword"] = "anders",
        }));
        var messages = page.QuerySelector(".validation-summary")?.TextContent ?? "";
        Assert.Contains("Vul uw naam in.", messages, StringComparison.Ordinal);
        Assert.Contains("minstens 12 tekens", messages, StringComparison.Ordinal);
        Assert.Contains("niet gelijk", messages, StringComparison.Ordinal);

        var tooLong = await PageOfAsync(await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = new string('n', 10_000),
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }));
        Assert.Contains("te lang", tooLong.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)));
    }

    [Fact]
    public async Task An_invited_coordinator_must_set_up_two_factor_after_accepting()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var link = await InviteAsync(coordinator, network, NewEmail("coordinator"), NetworkRole.Coordinator);

        using var person = app.NewClient();
        using (await person.SubmitFormAsync(link, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Joris Claes",
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword,
        }))
        {
        }
        using var next = await person.GetAsync($"/netwerk/{network.Slug}/leden");
        Assert.Equal("/account/tweestapsverificatie", Location(next));
    }

    [Fact]
    public async Task The_mail_is_in_the_inviters_language_and_a_new_invitation_replaces_the_open_one()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var email = NewEmail("taal");
        var dutchLink = await InviteAsync(coordinator, network, email, NetworkRole.Viewer);

        using (await coordinator.SubmitFormAsync("/", new Dictionary<string, string> { ["culture"] = "fr-BE" }, "form.language-switch"))
        {
        }
        using (await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/leden", new Dictionary<string, string> { ["Invite.Email"] = email, ["Invite.Role"] = nameof(NetworkRole.Viewer) }))
        {
        }
        var french = await WaitForMailCountAsync(email, 2);
        Assert.StartsWith("Invitation à rejoindre", french.Subject, StringComparison.Ordinal);
        Assert.Contains("Ouvrez ce lien", french.TextBody, StringComparison.Ordinal);

        using var client = app.NewClient();
        Assert.Contains("ingetrokken", string.Join(" ", Alerts(await client.GetPageAsync(dutchLink))), StringComparison.Ordinal);
        var frenchLink = LinkIn(french, "/account/uitnodiging/");
        Assert.NotNull((await client.GetPageAsync(frenchLink)).QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task Inviting_a_member_again_is_refused()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var member = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var page = await PageOfAsync(await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/leden", new Dictionary<string, string>
        {
            ["Invite.Email"] = member.Email,
            ["Invite.Role"] = nameof(NetworkRole.Coordinator),
        }));
        Assert.Contains("al lid", string.Join(" ", Alerts(page)), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == member.Email, Ct)));
    }

    /// <summary>Invites through the members page and returns the link from the mail (path only).</summary>
    private async Task<string> InviteAsync(TestClient coordinator, Network network, string email, NetworkRole role)
    {
        var before = app.Mail.MessagesTo(email).Count;
        var page = await PageOfAsync(await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/leden", new Dictionary<string, string>
        {
            ["Invite.Email"] = email,
            ["Invite.Role"] = role.ToString(),
        }));
        Assert.Contains(email, Status(page), StringComparison.OrdinalIgnoreCase);
        var mail = await WaitForMailCountAsync(email, before + 1);
        Assert.Contains(network.Name, mail.Subject, StringComparison.Ordinal);
        return LinkIn(mail, "/account/uitnodiging/");
    }

    private async Task<MimeKit.MimeMessage> WaitForMailCountAsync(string email, int count)
    {
        for (var i = 0; i < 150 && app.Mail.MessagesTo(email).Count < count; i++)
        {
            await Task.Delay(100, Ct);
        }
        var mails = app.Mail.MessagesTo(email);
        Assert.True(mails.Count >= count, $"expected {count} mails to {email}, got {mails.Count}");
        return mails[^1];
    }
}

public sealed class InvitationTestsOnSqlite(SqliteApp app) : InvitationTests(app);

public sealed class InvitationTestsOnPostgres(PostgresApp app) : InvitationTests(app);
