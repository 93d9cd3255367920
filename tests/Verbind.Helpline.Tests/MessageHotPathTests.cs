using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Chat;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>
/// The message path reads nothing it can skip (ADR 0091, 0092): these check that what it still reads for
/// every message, with the writer's batch (the conversation's state and the caller's role), takes effect at
/// the next message of a connection that has already sent many, and that the writer alone keeps resends harmless.
/// </summary>
public abstract class MessageHotPathTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("helpline")]
    [InlineData("network")]
    public async Task A_counsellor_removed_from_the_helpline_or_the_network_is_refused_at_the_next_message(string removedFrom)
    {
        await using var chat = await Chat.StartAsync(app);
        var (network, userId, counsellor, _, conversationId) = chat;
        for (var i = 0; i < 3; i++)
        {
            (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), $"Bericht {i}")).Succeeded();
        }

        await app.WithDbAsync(db => removedFrom == "helpline"
            ? db.Set<HelplineStaff>().Where(s => s.UserId == userId).ExecuteDeleteAsync(Cancel)
            : db.NetworkUserRoles.Where(r => r.UserId == userId && r.NetworkId == network.Id).ExecuteDeleteAsync(Cancel));

        (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Na het verwijderen")).RefusedWith("not-found");
        (await counsellor.CallAsync("Note", conversationId, Guid.NewGuid(), "Na het verwijderen")).RefusedWith("not-found");
        (await counsellor.CallAsync("StaffTyping", conversationId)).RefusedWith("not-found");
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId, Cancel)));
    }

    [Fact]
    public async Task Once_a_chat_ends_neither_side_can_send_into_it_from_connections_that_sent_before()
    {
        await using var chat = await Chat.StartAsync(app);
        var (_, _, counsellor, parent, conversationId) = chat;
        (await parent.CallAsync("Send", Guid.NewGuid(), "Hallo")).Succeeded();
        (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Dag")).Succeeded();

        (await counsellor.CallAsync("End", conversationId, null)).Succeeded();

        (await parent.CallAsync("Send", Guid.NewGuid(), "Nog iets")).RefusedWith("ended");
        (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Nog iets")).RefusedWith("ended");
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId, Cancel)));
    }

    [Fact]
    public async Task A_client_id_of_the_other_side_is_refused_and_its_message_stays_as_it_was()
    {
        await using var chat = await Chat.StartAsync(app);
        var (_, _, counsellor, parent, conversationId) = chat;
        var counsellorsId = Guid.NewGuid();
        var parentsId = Guid.NewGuid();
        (await counsellor.CallAsync("Reply", conversationId, counsellorsId, "Van de hulpverlener")).Succeeded();
        (await parent.CallAsync("Send", parentsId, "Van de ouder")).Succeeded();

        (await parent.CallAsync("Send", counsellorsId, "Overgenomen id")).RefusedWith("invalid");
        (await counsellor.CallAsync("Reply", conversationId, parentsId, "Overgenomen id")).RefusedWith("invalid");

        var messages = await app.WithDbAsync(db => db.Set<ChatMessage>().Where(m => m.ConversationId == conversationId).ToListAsync(Cancel));
        Assert.Equal(2, messages.Count);
        Assert.Equal("Van de hulpverlener", messages.Single(m => m.ClientMessageId == counsellorsId).Text);
        Assert.Equal("Van de ouder", messages.Single(m => m.ClientMessageId == parentsId).Text);
    }

    [Fact]
    public async Task A_message_reaches_the_senders_other_tabs_and_consoles_but_is_not_sent_back_to_the_sending_connection()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var console = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        await using var secondConsole = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var parentBrowser = Arrange.Parent(app);
        await using var tab = await parentBrowser.ConnectAsync();
        var started = (await tab.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data;
        var conversationId = started.GetProperty("conversationId").GetGuid();
        await using var secondTab = await parentBrowser.ConnectAsync();
        (await secondTab.CallAsync("Resume", started.GetProperty("resumeToken").GetString()!)).Succeeded();
        await console.NextAsync("assigned");

        var sent = (await tab.CallAsync("Send", Guid.NewGuid(), "Van de ouder")).Succeeded().Data.GetProperty("id").GetGuid();
        var replied = (await console.CallAsync("Reply", conversationId, Guid.NewGuid(), "Van de hulpverlener")).Succeeded().Data.GetProperty("id").GetGuid();
        (await tab.CallAsync("Send", Guid.NewGuid(), "Nog eens")).Succeeded();

        Assert.Equal(sent, (await secondTab.NextAsync("message")).GetProperty("id").GetGuid());
        Assert.Equal(replied, (await secondConsole.NextAsync("message", m => m.GetProperty("sender").GetString() == "Counsellor")).GetProperty("id").GetGuid());
        // Events keep their order on a connection: the sending connection would have had its own message before the other side's next one.
        Assert.Equal(replied, (await tab.NextAsync("message")).GetProperty("id").GetGuid());
        Assert.Equal(sent, (await console.NextAsync("message")).GetProperty("id").GetGuid());
        Assert.Equal("Nog eens", (await console.NextAsync("message")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_writer_stores_each_client_id_once_whether_its_resend_shares_the_batch_or_comes_later()
    {
        await using var chat = await Chat.StartAsync(app);
        var (network, _, _, _, conversationId) = chat;
        var writer = app.Services.GetRequiredService<MessageWriter>();
        ChatMessage Message(Guid clientId) => ParentMessage(network, conversationId, clientId);
        var earlier = Guid.NewGuid();
        Assert.True((await writer.WriteAsync(Message(earlier))).IsNew);
        var twice = Guid.NewGuid();
        var others = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();

        // Queued together, so they share a batch when the writer is free.
        var results = await Task.WhenAll(
            [writer.WriteAsync(Message(twice)), writer.WriteAsync(Message(earlier)), writer.WriteAsync(Message(twice)), .. others.Select(id => writer.WriteAsync(Message(id)))]);

        Assert.Equal([true, false, false], results[..3].Select(r => r.IsNew));
        Assert.All(results[3..], r => Assert.True(r.IsNew));
        var stored = await app.WithDbAsync(db => db.Set<ChatMessage>().Where(m => m.ConversationId == conversationId).Select(m => m.ClientMessageId).ToListAsync(Cancel));
        Assert.Equal(new[] { earlier, twice }.Concat(others).Order(), stored.Order());
    }

    [Fact]
    public async Task A_message_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        await using var chat = await Chat.StartAsync(app);
        var (network, _, _, _, conversationId) = chat;
        var writer = app.Services.GetRequiredService<MessageWriter>();
        ChatMessage Message(Guid conversation) => ParentMessage(network, conversation, Guid.NewGuid());

        var good = Enumerable.Range(0, 5).Select(_ => writer.WriteAsync(Message(conversationId))).ToList();
        var orphan = writer.WriteAsync(Message(Guid.NewGuid()));

        Assert.All(await Task.WhenAll(good), r => Assert.True(r.IsNew));
        await Assert.ThrowsAsync<DbUpdateException>(() => orphan);
        Assert.Equal(5, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId, Cancel)));
    }

    [Fact]
    public async Task The_writer_checks_each_message_of_a_batch_against_its_conversation_and_stores_only_the_allowed_ones()
    {
        await using var chat = await Chat.StartAsync(app);
        var (network, counsellorId, _, _, conversationId) = chat;
        await using var otherNetworks = await Chat.StartAsync(app);
        var writer = app.Services.GetRequiredService<MessageWriter>();
        var open = new MessageCheck(null, found => found is null ? "no-conversation" : found.Conversation.IsOpen ? null : "ended");
        MessageCheck StaffOnly(Guid userId) => new(userId, found => found?.Role is null ? "not-found" : null);

        // Queued together, so they share a batch when the writer is free.
        var results = await Task.WhenAll(
            writer.WriteAsync(ParentMessage(network, conversationId, Guid.NewGuid()), open),
            writer.WriteAsync(ParentMessage(network, otherNetworks.ConversationId, Guid.NewGuid()), open),
            writer.WriteAsync(ParentMessage(network, Guid.NewGuid(), Guid.NewGuid()), open),
            writer.WriteAsync(ParentMessage(network, conversationId, Guid.NewGuid()), StaffOnly(counsellorId)),
            writer.WriteAsync(ParentMessage(network, conversationId, Guid.NewGuid()), StaffOnly(otherNetworks.CounsellorId)));

        Assert.Equal([null, "no-conversation", "no-conversation", null, "not-found"], results.Select(r => r.Refusal));
        Assert.Equal((conversationId, counsellorId), (results[0].Conversation!.Id, results[0].Conversation!.CounsellorId));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId, Cancel)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == otherNetworks.ConversationId, Cancel)));
    }

    private static ChatMessage ParentMessage(Network network, Guid conversationId, Guid clientId) => new()
    {
        NetworkId = network.Id, ConversationId = conversationId, ClientMessageId = clientId, Sender = MessageSender.Parent, Text = "x",
        SentAt = TimeProvider.System.GetUtcNow().UtcDateTime,
    };

    /// <summary>A chat between a parent and the counsellor it was assigned to, in a helpline of a new network.</summary>
    private sealed record Chat(Network Network, Guid CounsellorId, ChatConnection Counsellor, ChatConnection Parent, Guid ConversationId) : IAsyncDisposable
    {
        public static async Task<Chat> StartAsync(AppFactory app)
        {
            var (network, helpline) = await Arrange.HelplineAsync(app);
            using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
            var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
            var parent = await Arrange.Parent(app).ConnectAsync();
            var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
            await counsellor.NextAsync("assigned");
            return new Chat(network, counsellorBrowser.UserId, counsellor, parent, started.Data.GetProperty("conversationId").GetGuid());
        }

        public async ValueTask DisposeAsync()
        {
            await Counsellor.DisposeAsync();
            await Parent.DisposeAsync();
        }
    }
}

public sealed class MessageHotPathTestsOnSqlite(SqliteApp app) : MessageHotPathTests(app);

public sealed class MessageHotPathTestsOnPostgres(PostgresApp app) : MessageHotPathTests(app);
