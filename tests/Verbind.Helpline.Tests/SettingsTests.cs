using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Audit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>The coordinator's settings and staff page: audited changes, hostile input, other networks' ids.</summary>
public abstract class SettingsTests(AppFactory app)
{
    private const string SettingsForm = "#settings-form";
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_coordinator_changes_the_settings_which_are_audited_and_the_parent_sees_the_own_statement_as_text()
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        var url = SettingsUrl(network, helpline);
        using var saved = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Name"] = "Lichtpunt avondchat",
            ["Input.RetentionDays"] = "7",
            ["Input.MaxQueueLength"] = "40",
            ["Input.StoreHashedIp"] = "true",
            ["Input.ReferralUrl"] = "https://sociale-kaart.example/rouw",
            ["Input.ConfidentialityStatement"] = "Alles blijft tussen ons. " + Hostile,
        }, SettingsForm);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotNull((await TestClient.ParseAsync(saved)).QuerySelector("#settings-saved"));

        var stored = await HelplineAsync(helpline.Id);
        Assert.Equal(("Lichtpunt avondchat", 7, 40, true, true), (stored.Name, stored.RetentionDays, stored.MaxQueueLength, stored.StoreHashedIp, stored.SurveyEnabled));
        Assert.Equal("https://sociale-kaart.example/rouw", stored.ReferralUrl);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == helpline.Id.ToString() && e.Action == AuditAction.Updated).ToListAsync());
        Assert.Contains(audit, e => e.After!.Contains("Lichtpunt avondchat", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.After!.Contains(stored.HashKey, StringComparison.Ordinal));

        using var parent = Arrange.Parent(app);
        var chat = await parent.Client.GetPageAsync($"/chat/{helpline.Slug}");
        Assert.Equal("Alles blijft tussen ons. " + Hostile, chat.QuerySelector("#confidentiality-own")?.TextContent);
        Assert.Null(chat.QuerySelector("main script:not([src]):not([type='application/json'])"));
        Assert.Null(chat.QuerySelector("main img"));
    }

    [Theory]
    [InlineData("Input.RetentionDays", "abc")]
    [InlineData("Input.RetentionDays", "-1")]
    [InlineData("Input.RetentionDays", "99999999999999999999")]
    [InlineData("Input.MaxQueueLength", "0")]
    [InlineData("Input.MaxQueueLength", "1e3")]
    [InlineData("Input.ReferralUrl", "javascript:alert(1)")]
    [InlineData("Input.Name", "   ")]
    [InlineData("Input.ConfidentialityStatement", "LONG")]
    public async Task Bad_settings_are_refused_with_a_message_and_change_nothing(string field, string value)
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        using var response = await coordinator.SubmitFormAsync(SettingsUrl(network, helpline), new Dictionary<string, string>
        {
            ["Input.Name"] = "Nieuwe naam",
            [field] = value == "LONG" ? new string('x', NetworkHelpline.MaxStatementLength + 1) : value,
        }, SettingsForm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("#settings-errors[role=alert] li"));
        var stored = await HelplineAsync(helpline.Id);
        Assert.Equal(("Testhulplijn", 30, 25), (stored.Name, stored.RetentionDays, stored.MaxQueueLength));
    }

    [Fact]
    public async Task Only_coordinators_of_the_network_reach_the_settings_and_another_networks_helpline_is_not_found()
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        using var supervisor = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        using var page = await supervisor.Client.Http.GetAsync(SettingsUrl(network, helpline), TestContext.Current.CancellationToken);
        Assert.Contains("/fout/403", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var refused = await supervisor.Client.Http.PostAsync(SettingsUrl(network, helpline) + "/antwoorden", new FormUrlEncodedContent([new("title", "t"), new("text", "x")]), TestContext.Current.CancellationToken);
        Assert.Contains("/fout/403", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var (otherNetwork, otherHelpline) = await Arrange.HelplineAsync(app);
        await coordinator.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{otherHelpline.Slug}/instellingen", HttpStatusCode.NotFound);
        await coordinator.GetPageAsync(SettingsUrl(otherNetwork, otherHelpline), HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CannedResponse>().CountAsync(c => c.HelplineId == helpline.Id)));
    }

    [Fact]
    public async Task Canned_replies_are_added_as_text_shown_in_the_console_and_another_helplines_reply_cannot_be_removed()
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        var url = SettingsUrl(network, helpline);
        using var added = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["title"] = "Welkom " + Hostile, ["text"] = "Fijn dat je er bent." }, "form[action$='/antwoorden']");
        Assert.DoesNotContain("fout=", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var tooLong = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["title"] = "Lang", ["text"] = new string('x', CannedResponse.MaxTextLength + 1) }, "form[action$='/antwoorden']");
        Assert.Contains("fout=canned-invalid", tooLong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var empty = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["title"] = "", ["text"] = "x" }, "form[action$='/antwoorden']");
        Assert.Contains("fout=canned-invalid", empty.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var canned = await app.WithDbAsync(db => db.Set<CannedResponse>().SingleAsync(c => c.HelplineId == helpline.Id));
        Assert.Equal("Welkom " + Hostile, canned.Title);
        var settings = await coordinator.GetPageAsync(url);
        Assert.Null(settings.QuerySelector("#canned-list img"));

        using var counsellor = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        var console = await counsellor.Client.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console");
        var options = console.Source.Text;
        Assert.Contains("Fijn dat je er bent.", options, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", options, StringComparison.Ordinal);

        var (otherNetwork, otherHelpline, otherCoordinator) = await CoordinatorWithHelplineAsync();
        using var foreign = await otherCoordinator.Http.PostAsync($"{SettingsUrl(otherNetwork, otherHelpline)}/antwoorden/{canned.Id}/verwijderen", await AntiforgeryAsync(otherCoordinator, SettingsUrl(otherNetwork, otherHelpline)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var removed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action$='/antwoorden/{canned.Id}/verwijderen']");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CannedResponse>().CountAsync(c => c.HelplineId == helpline.Id)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == canned.Id.ToString())));
    }

    [Fact]
    public async Task Staff_are_chosen_from_the_networks_members_changed_and_removed_and_never_from_another_network()
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        var url = SettingsUrl(network, helpline);
        var member = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var (otherNetwork, _) = await Arrange.HelplineAsync(app);
        var outsider = await app.CreateUserAsync(otherNetwork, NetworkRole.Coordinator);

        using var added = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["user"] = member.Id.ToString(), ["role"] = "Counsellor" }, "#staff-add");
        Assert.DoesNotContain("fout=", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        foreach (var (user, role) in new[] { (outsider.Id.ToString(), "Counsellor"), (Guid.NewGuid().ToString(), "Supervisor"), (member.Id.ToString(), "Administrator"), ("not-a-guid", "Counsellor"), (member.Id.ToString(), Hostile) })
        {
            using var refused = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["user"] = user, ["role"] = role }, "#staff-add");
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest || refused.Headers.Location!.OriginalString.Contains("fout=staff-invalid", StringComparison.Ordinal), $"{user} {role}: {refused.StatusCode}");
        }
        var staff = await app.WithDbAsync(db => db.Set<HelplineStaff>().Where(s => s.HelplineId == helpline.Id).ToListAsync());
        Assert.Equal((member.Id, StaffRole.Counsellor), (staff.Single().UserId, staff.Single().Role));

        using var promoted = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"#staff-{member.Id} form[action$='/medewerkers']");
        Assert.Equal(StaffRole.Supervisor, (await app.WithDbAsync(db => db.Set<HelplineStaff>().SingleAsync(s => s.HelplineId == helpline.Id))).Role);

        // Someone with a live chat stays until it is transferred or ended.
        await app.WithDbAsync(async db =>
        {
            db.Add(new Conversation { NetworkId = network.Id, HelplineId = helpline.Id, ResumeTokenHash = Guid.NewGuid().ToString("N"), Status = ConversationStatus.Active, CounsellorId = member.Id, QueuedAt = TimeProvider.System.GetUtcNow().UtcDateTime, AssignedAt = TimeProvider.System.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });
        using var busy = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action$='/medewerkers/{member.Id}/verwijderen']");
        Assert.Contains("fout=staff-busy", busy.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.HelplineId == helpline.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, ConversationStatus.Ended)));
        using var removed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action$='/medewerkers/{member.Id}/verwijderen']");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<HelplineStaff>().CountAsync(s => s.HelplineId == helpline.Id)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(HelplineStaff)).Select(e => new { e.Action, e.Before, e.After }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Deleted && e.Before!.Contains(member.Id.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_coordinator_creates_a_helpline_with_a_free_address_and_bad_or_taken_addresses_are_refused()
    {
        var (network, helpline, coordinator) = await CoordinatorWithHelplineAsync();
        var list = $"/netwerk/{network.Slug}/hulplijn";
        var slug = "nieuw-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await coordinator.SubmitFormAsync(list, new Dictionary<string, string> { ["name"] = "Nieuwe lijn", ["slug"] = slug }, "form[action$='/nieuw']");
        Assert.EndsWith($"/hulplijn/{slug}/instellingen", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<NetworkHelpline>().SingleAsync(h => h.Slug == slug));
        Assert.Equal(network.Id, stored.NetworkId);

        foreach (var (name, bad, error) in new[] { ("Dubbel", helpline.Slug, "new-taken"), ("Script", "<script>", "new-invalid"), ("", "leeg-naam", "new-invalid"), ("Lang", new string('a', 200), "new-invalid") })
        {
            using var refused = await coordinator.SubmitFormAsync(list, new Dictionary<string, string> { ["name"] = name, ["slug"] = bad }, "form[action$='/nieuw']");
            Assert.Contains("fout=" + error, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<NetworkHelpline>().CountAsync(h => h.NetworkId == network.Id)));
    }

    private static string SettingsUrl(Network network, NetworkHelpline helpline) => $"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/instellingen";

    private Task<NetworkHelpline> HelplineAsync(Guid id) => app.WithDbAsync(db => db.Set<NetworkHelpline>().SingleAsync(h => h.Id == id));

    private async Task<(Network Network, NetworkHelpline Helpline, TestClient Coordinator)> CoordinatorWithHelplineAsync()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        var coordinator = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Coordinator));
        return (network, helpline, coordinator);
    }

    /// <summary>The antiforgery field of a page of the caller's own, to post somewhere the page has no form for.</summary>
    private static async Task<FormUrlEncodedContent> AntiforgeryAsync(TestClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
    }
}

public sealed class SettingsTestsOnSqlite(SqliteApp app) : SettingsTests(app);

public sealed class SettingsTestsOnPostgres(PostgresApp app) : SettingsTests(app);
