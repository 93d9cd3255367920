using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>Referral from the chat (ADR 0090): the Directory of the helpline's own network, service cards, the link card fallback.</summary>
public abstract class ReferralTests(AppFactory app)
{
    private const string Markup = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_counsellor_finds_the_networks_services_near_the_parent_and_the_card_reaches_the_parent_and_survives_a_reconnect()
    {
        var chat = await ChatAsync(municipality: "Leuven");
        var word = Word();
        var near = await HelplineArrange.ReferableServiceAsync(app, chat.Network, $"Praatgroep {word} {Markup}", "Leuven", "Sterrenouders vzw");
        var far = await HelplineArrange.ReferableServiceAsync(app, chat.Network, $"Wandeling {word}", "Gent", latitude: 51.0543, longitude: 3.7174);

        var nearby = (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, word, null)).Succeeded().Data;
        Assert.Equal("Leuven", nearby.GetProperty("place").GetString());
        var hit = Assert.Single(nearby.GetProperty("services").EnumerateArray());
        Assert.Equal(near.Id, hit.GetProperty("id").GetGuid());
        Assert.True(hit.GetProperty("distanceKm").GetDouble() < 1);
        var anywhere = (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, word, "")).Succeeded().Data;
        Assert.Equal(new[] { near.Id, far.Id }.Order(), anywhere.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).Order());

        var clientId = Guid.NewGuid();
        var sent = (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, clientId, near.Id)).Succeeded();
        var received = await chat.Parent.NextAsync("message", m => m.GetProperty("kind").GetString() == "ServiceCard");
        var card = received.GetProperty("card");
        Assert.Equal($"Praatgroep {word} {Markup}", card.GetProperty("name").GetString());
        Assert.Equal("Sterrenouders vzw", card.GetProperty("organisation").GetString());
        Assert.Equal("Leuven", card.GetProperty("municipality").GetString());
        Assert.Equal("/aanbod/" + near.Id, card.GetProperty("url").GetString());
        // A resend is the same card, counted once.
        var again = (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, clientId, near.Id)).Succeeded();
        Assert.Equal(sent.Data.GetProperty("id").GetGuid(), again.Data.GetProperty("id").GetGuid());

        await using var reconnected = await chat.ParentBrowser.ConnectAsync();
        var resumed = (await reconnected.CallAsync("Resume", chat.ResumeToken)).Succeeded();
        var kept = Assert.Single(resumed.Data.GetProperty("messages").EnumerateArray(), m => m.GetProperty("kind").GetString() == "ServiceCard");
        Assert.Equal("/aanbod/" + near.Id, kept.GetProperty("card").GetProperty("url").GetString());
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == chat.ConversationId));
        Assert.Equal(1, conversation.Referrals);
        // Only cards carry a card.
        (await chat.Counsellor.CallAsync("Reply", chat.ConversationId, Guid.NewGuid(), "Gewoon tekst")).Succeeded();
        var plain = await chat.Parent.NextAsync("message", m => m.GetProperty("kind").GetString() == "Text");
        Assert.False(plain.TryGetProperty("card", out _));
    }

    [Fact]
    public async Task Another_networks_service_is_never_found_nor_sent_even_with_a_forged_id()
    {
        var chat = await ChatAsync();
        var word = Word();
        var (otherNetwork, otherHelpline) = await HelplineArrange.HelplineAsync(app);
        var foreign = await HelplineArrange.ReferableServiceAsync(app, otherNetwork, $"Buurdienst {word}", "Leuven");

        var found = (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, word, "")).Succeeded().Data;
        Assert.Empty(found.GetProperty("services").EnumerateArray());
        (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, Guid.NewGuid(), foreign.Id)).RefusedWith("not-found");
        (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, Guid.NewGuid(), Guid.NewGuid())).RefusedWith("not-found");

        // Nor can the other helpline's staff search or send into this chat.
        using var outsiderBrowser = await Arrange.StaffAsync(app, otherNetwork, otherHelpline, StaffRole.Supervisor);
        await using var outsider = await outsiderBrowser.ConnectAsync();
        (await outsider.CallAsync("FindServices", chat.ConversationId, word, "")).RefusedWith("not-found");
        (await outsider.CallAsync("SendServiceCard", chat.ConversationId, Guid.NewGuid(), foreign.Id)).RefusedWith("not-found");

        await AssertNothingStoredAsync(chat.ConversationId);
    }

    [Fact]
    public async Task A_parent_cannot_search_the_directory_or_send_cards()
    {
        var chat = await ChatAsync();
        var service = await HelplineArrange.ReferableServiceAsync(app, chat.Network, "Luisterlijn " + Word(), "Leuven");
        foreach (var call in new Func<Task<Answer>>[]
        {
            () => chat.Parent.CallAsync("FindServices", chat.ConversationId, "luisterlijn", null),
            () => chat.Parent.CallAsync("SendServiceCard", chat.ConversationId, Guid.NewGuid(), service.Id),
            () => chat.Parent.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Nep", "https://voorbeeld.test"),
        })
        {
            var refused = await Assert.ThrowsAsync<HubException>(call);
            Assert.Contains("unauthorized", refused.Message, StringComparison.OrdinalIgnoreCase);
        }
        await AssertNothingStoredAsync(chat.ConversationId);
    }

    [Fact]
    public async Task Hostile_searches_and_link_cards_get_a_clear_refusal_and_a_link_card_keeps_its_name_as_text()
    {
        var chat = await ChatAsync();
        (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, new string('x', 201), null)).RefusedWith("too-long");
        (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, "rouw", new string('x', 101))).RefusedWith("too-long");
        foreach (var text in new[] { Markup, "\"((*~:^ OR -", "  ", "'; DROP TABLE helpline_messages; --" })
        {
            (await chat.Counsellor.CallAsync("FindServices", chat.ConversationId, text, "<script>")).Succeeded();
        }
        (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, Guid.Empty, Guid.NewGuid())).RefusedWith("not-found");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Iets", "javascript:alert(1)")).RefusedWith("invalid");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Iets", "/aanbod/relatief")).RefusedWith("invalid");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Iets", "https://voorbeeld.test/" + new string('a', 500))).RefusedWith("invalid");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), " ", "https://voorbeeld.test")).RefusedWith("empty");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Twee\nregels", "https://voorbeeld.test")).RefusedWith("invalid");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), new string('n', 201), "https://voorbeeld.test")).RefusedWith("too-long");
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Iets", null)).RefusedWith("invalid");
        await AssertNothingStoredAsync(chat.ConversationId);

        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), Markup, "https://voorbeeld.test/hulp")).Succeeded();
        var card = (await chat.Parent.NextAsync("message")).GetProperty("card");
        Assert.Equal(Markup, card.GetProperty("name").GetString());
        Assert.Equal("https://voorbeeld.test/hulp", card.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("organisation").ValueKind);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == chat.ConversationId).Select(c => c.Referrals).SingleAsync()));
    }

    [Fact]
    public async Task Referrals_are_counted_per_week_in_the_statistics_without_content()
    {
        var chat = await ChatAsync();
        var service = await HelplineArrange.ReferableServiceAsync(app, chat.Network, "Geheime dienstnaam " + Word(), "Leuven");
        (await chat.Counsellor.CallAsync("SendServiceCard", chat.ConversationId, Guid.NewGuid(), service.Id)).Succeeded();
        (await chat.Counsellor.CallAsync("SendLinkCard", chat.ConversationId, Guid.NewGuid(), "Elders", "https://voorbeeld.test")).Succeeded();

        var csv = await chat.CounsellorBrowser.Client.Http.GetStringAsync($"/netwerk/{chat.Network.Slug}/hulplijn/{chat.Helpline.Slug}/statistiek.csv", TestContext.Current.CancellationToken);
        Assert.StartsWith("week;chats;answered;unanswered;requests;referrals;", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(";1;1;0;0;2;", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheime dienstnaam", csv, StringComparison.Ordinal);
    }

    private static string Word() => "Verwijs" + Guid.NewGuid().ToString("N")[..8];

    private async Task AssertNothingStoredAsync(Guid conversationId)
    {
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == conversationId).Select(c => c.Referrals).SingleAsync()));
    }

    private sealed record Chat(
        Platform.Tenancy.Network Network, NetworkHelpline Helpline, Browser CounsellorBrowser, ChatConnection Counsellor,
        Browser ParentBrowser, ChatConnection Parent, Guid ConversationId, string ResumeToken);

    /// <summary>A chat between a parent (who gave <paramref name="municipality"/>) and a counsellor on duty.</summary>
    private async Task<Chat> ChatAsync(string? municipality = null)
    {
        var (network, helpline) = await HelplineArrange.HelplineAsync(app);
        var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        var counsellor = await counsellorBrowser.ConnectAsync();
        (await counsellor.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        (await counsellor.CallAsync("SetAvailability", "Available", 2)).Succeeded();
        var parentBrowser = Arrange.Parent(app);
        var parent = await parentBrowser.ConnectAsync();
        var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug, municipality })).Succeeded();
        Assert.Equal("Active", started.Data.GetProperty("status").GetString());
        return new Chat(network, helpline, counsellorBrowser, counsellor, parentBrowser, parent,
            started.Data.GetProperty("conversationId").GetGuid(), started.Data.GetProperty("resumeToken").GetString()!);
    }
}

public sealed class ReferralTestsOnSqlite(SqliteApp app) : ReferralTests(app);

public sealed class ReferralTestsOnPostgres(PostgresApp app) : ReferralTests(app);
