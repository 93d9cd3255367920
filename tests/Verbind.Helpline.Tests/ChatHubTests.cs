using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

public abstract class ChatHubTests(AppFactory app)
{
    private static readonly string[] Tags = ["rouw", "partner", "<b>vet</b>"];

    [Fact]
    public async Task A_parent_and_a_counsellor_chat_and_every_message_is_stored_before_it_is_acknowledged()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);

        using var parentBrowser = Arrange.Parent(app);
        await parentBrowser.Client.GetPageAsync($"/chat/{helpline.Slug}");
        await using var parent = await parentBrowser.ConnectAsync();
        var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug, topic = "family", municipality = "Maanhove" })).Succeeded();
        Assert.Equal("Active", started.Data.GetProperty("status").GetString());
        var conversationId = started.Data.GetProperty("conversationId").GetGuid();
        var assigned = await counsellor.NextAsync("assigned");
        Assert.Equal(conversationId, assigned.GetProperty("conversation").GetProperty("id").GetGuid());

        var sent = (await parent.CallAsync("Send", Guid.NewGuid(), "Goedenavond, mag ik iets vragen?")).Succeeded();
        var storedId = sent.Data.GetProperty("id").GetGuid();
        Assert.True(await app.WithDbAsync(db => db.Set<ChatMessage>().AnyAsync(m => m.Id == storedId)));
        var received = await counsellor.NextAsync("message");
        Assert.Equal("Goedenavond, mag ik iets vragen?", received.GetProperty("text").GetString());

        (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Natuurlijk, ik luister.")).Succeeded();
        var reply = await parent.NextAsync("message", m => m.GetProperty("sender").GetString() == "Counsellor");
        Assert.Equal("Natuurlijk, ik luister.", reply.GetProperty("text").GetString());

        (await counsellor.CallAsync("Note", conversationId, Guid.NewGuid(), "Interne notitie")).Succeeded();
        (await counsellor.CallAsync("End", conversationId, "Kort gesprek over de familie.")).Succeeded();
        var ended = await parent.NextAsync("status", s => s.GetProperty("status").GetString() == "Ended");
        Assert.True(ended.GetProperty("survey").GetBoolean());
        // The parent never receives the internal note.
        while (parent.TryNext("message", out var message))
        {
            Assert.NotEqual("InternalNote", message.GetProperty("kind").GetString());
        }
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(ConversationStatus.Ended, conversation.Status);
        Assert.Equal("Maanhove", conversation.Municipality);
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
    }

    [Fact]
    public async Task A_resent_message_is_stored_once_and_answered_with_the_same_id()
    {
        var (_, helpline, parent, conversationId) = await ChatWithCounsellorAsync();
        await using var _ = parent;
        var clientId = Guid.NewGuid();
        var first = (await parent.CallAsync("Send", clientId, "Eén keer")).Succeeded();
        var again = (await parent.CallAsync("Send", clientId, "Eén keer")).Succeeded();
        Assert.Equal(first.Data.GetProperty("id").GetGuid(), again.Data.GetProperty("id").GetGuid());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientId)));
    }

    [Fact]
    public async Task A_resend_racing_its_original_from_a_second_connection_is_stored_once_and_the_messages_beside_it_all_are()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var parentBrowser = Arrange.Parent(app);
        await using var first = await parentBrowser.ConnectAsync();
        var started = (await first.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        var conversationId = started.Data.GetProperty("conversationId").GetGuid();
        await using var second = await parentBrowser.ConnectAsync();
        (await second.CallAsync("Resume", started.Data.GetProperty("resumeToken").GetString()!)).Succeeded();
        var assigned = await counsellor.NextAsync("assigned");
        Assert.Equal(conversationId, assigned.GetProperty("conversation").GetProperty("id").GetGuid());

        var clientId = Guid.NewGuid();
        var calls = Enumerable.Range(0, 5).SelectMany(i => new[]
        {
            first.CallAsync("Send", clientId, "Twee keer verstuurd"),
            second.CallAsync("Send", clientId, "Twee keer verstuurd"),
            counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), $"Antwoord {i}"),
        }).ToList();
        var answers = await Task.WhenAll(calls);

        var resent = answers.Where((_, i) => i % 3 != 2).Select(a => a.Succeeded().Data.GetProperty("id").GetGuid()).Distinct();
        Assert.Single(resent);
        Assert.All(answers, a => a.Succeeded());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientId)));
        Assert.Equal(6, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
    }

    [Fact]
    public async Task Empty_oversized_and_id_less_messages_are_refused_and_markup_is_kept_as_text()
    {
        var (_, _, parent, conversationId) = await ChatWithCounsellorAsync();
        await using var _ = parent;
        (await parent.CallAsync("Send", Guid.NewGuid(), "   ")).RefusedWith("empty");
        (await parent.CallAsync("Send", Guid.NewGuid(), new string('x', ChatMessage.MaxLength + 1))).RefusedWith("too-long");
        (await parent.CallAsync("Send", Guid.Empty, "geen id")).RefusedWith("invalid");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));

        const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var sent = (await parent.CallAsync("Send", Guid.NewGuid(), Markup)).Succeeded();
        Assert.Equal(Markup, sent.Data.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_frame_beyond_the_hub_limit_closes_that_connection_and_stores_nothing()
    {
        var (_, _, parent, conversationId) = await ChatWithCounsellorAsync();
        await using var _ = parent;
        await Assert.ThrowsAsync<HubException>(() => parent.CallAsync("Send", Guid.NewGuid(), new string('x', 200_000)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
    }

    [Fact]
    public async Task A_parent_cannot_call_counsellor_methods()
    {
        var (_, _, parent, conversationId) = await ChatWithCounsellorAsync();
        await using var _ = parent;
        var refused = await Assert.ThrowsAsync<HubException>(() => parent.CallAsync("Reply", conversationId, Guid.NewGuid(), "Ik doe me voor als hulpverlener"));
        Assert.Contains("unauthorized", refused.Message, StringComparison.OrdinalIgnoreCase);
        await Assert.ThrowsAsync<HubException>(() => parent.CallAsync("End", conversationId, "weg"));
        await Assert.ThrowsAsync<HubException>(() => parent.CallAsync("SilentRead", conversationId));
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(ConversationStatus.Active, conversation.Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
    }

    [Fact]
    public async Task Counsellors_are_refused_unknown_conversations_and_those_of_another_helpline()
    {
        var (_, _, parent, conversationId) = await ChatWithCounsellorAsync();
        await using var _ = parent;
        var (otherNetwork, otherHelpline) = await Arrange.HelplineAsync(app);
        using var outsiderBrowser = await Arrange.StaffAsync(app, otherNetwork, otherHelpline, StaffRole.Supervisor);
        await using var outsider = await Arrange.OnDutyAsync(outsiderBrowser, otherHelpline);

        (await outsider.CallAsync("Reply", conversationId, Guid.NewGuid(), "Van een andere hulplijn")).RefusedWith("not-found");
        (await outsider.CallAsync("End", conversationId, null)).RefusedWith("not-found");
        (await outsider.CallAsync("SilentRead", conversationId)).RefusedWith("not-found");
        (await outsider.CallAsync("Take", conversationId)).RefusedWith("not-found");
        (await outsider.CallAsync("Reply", Guid.NewGuid(), Guid.NewGuid(), "Onbekend gesprek")).RefusedWith("not-found");
        (await outsider.CallAsync("OpenConsole", Guid.NewGuid())).RefusedWith("not-allowed");

        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(ConversationStatus.Active, conversation.Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SupervisionAccess>().CountAsync(a => a.ConversationId == conversationId)));
    }

    [Fact]
    public async Task A_resume_token_brings_back_the_conversation_and_is_refused_once_the_chat_ended()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var parentBrowser = Arrange.Parent(app);
        var token = "";
        Guid conversationId;
        await using (var first = await parentBrowser.ConnectAsync())
        {
            var started = (await first.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
            token = started.Data.GetProperty("resumeToken").GetString()!;
            conversationId = started.Data.GetProperty("conversationId").GetGuid();
            (await first.CallAsync("Send", Guid.NewGuid(), "Voor de onderbreking")).Succeeded();
        }

        await using var second = await parentBrowser.ConnectAsync();
        var resumed = (await second.CallAsync("Resume", token)).Succeeded();
        Assert.Equal("Voor de onderbreking", resumed.Data.GetProperty("messages")[0].GetProperty("text").GetString());
        (await second.CallAsync("Send", Guid.NewGuid(), "Na de onderbreking")).Succeeded();

        (await counsellor.CallAsync("End", conversationId, null)).Succeeded();
        await using var replay = await parentBrowser.ConnectAsync();
        (await replay.CallAsync("Resume", token)).RefusedWith("ended");
        (await replay.CallAsync("Send", Guid.NewGuid(), "Na het einde")).RefusedWith("no-conversation");
        (await replay.CallAsync("Resume", "niet-een-token")).RefusedWith("not-found");
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId)));

        (await replay.CallAsync("Survey", token, 4, 5)).Succeeded();
        (await replay.CallAsync("Survey", token, 1, 1)).RefusedWith("ended");
        (await replay.CallAsync("Survey", token, 9, 1)).RefusedWith("invalid");
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == conversationId));
        Assert.Equal((4, 5), (conversation.SurveyHelped, conversation.SurveyWouldReturn));
    }

    [Fact]
    public async Task When_no_shift_is_staffed_the_chat_is_closed_and_starting_is_refused()
    {
        var (_, helpline) = await Arrange.HelplineAsync(app, open: false);
        using var parentBrowser = Arrange.Parent(app);
        var page = await parentBrowser.Client.GetPageAsync($"/chat/{helpline.Slug}");
        Assert.NotNull(page.QuerySelector("#chat-closed"));
        Assert.NotNull(page.QuerySelector($"a[href='/chat/{helpline.Slug}/aanvraag']"));
        await using var parent = await parentBrowser.ConnectAsync();
        (await parent.CallAsync("Start", new { helpline = helpline.Slug })).RefusedWith("closed");
        (await parent.CallAsync("Start", new { helpline = "bestaat-niet" })).RefusedWith("not-found");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Conversation>().CountAsync(c => c.HelplineId == helpline.Id)));
    }

    [Fact]
    public async Task A_shift_without_an_available_counsellor_keeps_the_chat_closed()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await counsellorBrowser.ConnectAsync();
        (await counsellor.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        (await parent.CallAsync("Start", new { helpline = helpline.Slug })).RefusedWith("closed");
        (await counsellor.CallAsync("SetAvailability", "Available", 1)).Succeeded();
        (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
    }

    [Fact]
    public async Task Consoles_get_the_queue_when_it_changes_and_supervisors_also_when_only_the_counsellors_changed()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var firstBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var first = await Arrange.OnDutyAsync(firstBrowser, helpline, capacity: 1);
        using var supervisorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        await using var supervisor = await supervisorBrowser.ConnectAsync();
        (await supervisor.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        while (first.TryNext("queue", out _) || supervisor.TryNext("queue", out _))
        {
        }

        // Another counsellor comes on duty: nobody waits, so only the supervisor's overview refreshes.
        using var secondBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var second = await Arrange.OnDutyAsync(secondBrowser, helpline, capacity: 1);
        Assert.Equal(0, (await supervisor.NextAsync("queue")).GetArrayLength());

        // Two parents are taken at once (never in the queue), the third waits and shows in every console.
        await using var parents = new Parents(app);
        Assert.Equal("Active", (await parents.StartAsync(helpline)).Data.GetProperty("status").GetString());
        Assert.Equal("Active", (await parents.StartAsync(helpline)).Data.GetProperty("status").GetString());
        var waiting = (await parents.StartAsync(helpline)).Data.GetProperty("conversationId").GetGuid();
        var queue = await first.NextAsync("queue");
        Assert.Equal(waiting, Assert.Single(queue.EnumerateArray()).GetProperty("id").GetGuid());
        await second.NextAsync("queue", q => q.GetArrayLength() == 1);
    }

    /// <summary>Anonymous parents, each on a connection of their own, disposed together.</summary>
    private sealed class Parents(AppFactory app) : IAsyncDisposable
    {
        private readonly List<ChatConnection> _connections = [];

        public async Task<Answer> StartAsync(NetworkHelpline helpline)
        {
            var parent = await Arrange.Parent(app).ConnectAsync();
            _connections.Add(parent);
            return (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var connection in _connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_queue_puts_risk_first_tells_each_parent_their_place_and_a_parent_can_leave_it()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline, capacity: 1);
        await using var first = await Arrange.Parent(app).ConnectAsync();
        Assert.Equal("Active", (await first.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("status").GetString());

        await using var second = await Arrange.Parent(app).ConnectAsync();
        var waiting = (await second.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        Assert.Equal(1, waiting.Data.GetProperty("queue").GetProperty("position").GetInt32());
        Assert.True(waiting.Data.GetProperty("queue").GetProperty("estimatedWaitMinutes").GetInt32() > 0);

        await using var third = await Arrange.Parent(app).ConnectAsync();
        var urgent = (await third.CallAsync("Start", new { helpline = helpline.Slug, topic = "safety" })).Succeeded();
        Assert.Equal(1, urgent.Data.GetProperty("queue").GetProperty("position").GetInt32());
        await second.NextAsync("queue", q => q.GetProperty("position").GetInt32() == 2);

        (await third.CallAsync("Leave")).Succeeded();
        await second.NextAsync("queue", q => q.GetProperty("position").GetInt32() == 1);
        (await third.CallAsync("Leave")).RefusedWith("ended");
        var left = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == urgent.Data.GetProperty("conversationId").GetGuid()));
        Assert.Equal(ConversationStatus.Left, left.Status);
    }

    [Fact]
    public async Task A_supervisor_reads_silently_and_the_read_is_recorded_and_audited_and_a_counsellor_cannot()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var colleagueBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var colleague = await colleagueBrowser.ConnectAsync();
        (await colleague.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        using var supervisorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        await using var supervisor = await supervisorBrowser.ConnectAsync();
        (await supervisor.CallAsync("OpenConsole", helpline.Id)).Succeeded();

        await using var parent = await Arrange.Parent(app).ConnectAsync();
        var conversationId = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("conversationId").GetGuid();
        (await parent.CallAsync("Send", Guid.NewGuid(), "Eerste bericht")).Succeeded();

        (await colleague.CallAsync("SilentRead", conversationId)).RefusedWith("not-found");
        (await colleague.CallAsync("Supervision")).RefusedWith("not-allowed");
        (await colleague.CallAsync("Reply", conversationId, Guid.NewGuid(), "Niet mijn gesprek")).RefusedWith("not-found");

        var overview = (await supervisor.CallAsync("Supervision")).Succeeded();
        Assert.Equal(conversationId, overview.Data.GetProperty("live")[0].GetProperty("id").GetGuid());
        var read = (await supervisor.CallAsync("SilentRead", conversationId)).Succeeded();
        Assert.Equal("Eerste bericht", read.Data.GetProperty("messages")[0].GetProperty("text").GetString());
        (await parent.CallAsync("Send", Guid.NewGuid(), "Tweede bericht")).Succeeded();
        await supervisor.NextAsync("message", m => m.GetProperty("text").GetString() == "Tweede bericht");
        Assert.False(parent.TryNext("message", out var notice) && notice.GetProperty("sender").GetString() == "System");

        var access = await app.WithDbAsync(db => db.Set<SupervisionAccess>().SingleAsync(a => a.ConversationId == conversationId));
        Assert.Equal((supervisorBrowser.UserId, SupervisionKind.SilentRead), (access.UserId, access.Kind));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == access.Id.ToString())));

        (await supervisor.CallAsync("Join", conversationId)).Succeeded();
        await parent.NextAsync("message", m => m.GetProperty("sender").GetString() == "System");
    }

    [Fact]
    public async Task A_risk_flag_alerts_the_supervisor_and_a_transfer_moves_the_chat_with_a_note()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var supervisorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        await using var supervisor = await supervisorBrowser.ConnectAsync();
        (await supervisor.CallAsync("OpenConsole", helpline.Id)).Succeeded();
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        var conversationId = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("conversationId").GetGuid();

        (await counsellor.CallAsync("FlagRisk", conversationId, true)).Succeeded();
        var alert = await supervisor.NextAsync("risk");
        Assert.Equal(conversationId, alert.GetProperty("id").GetGuid());
        (await counsellor.CallAsync("SetTags", conversationId, Tags)).Succeeded();
        (await counsellor.CallAsync("SetTags", conversationId, Enumerable.Range(0, 11).Select(i => $"tag{i}").ToArray())).RefusedWith("invalid");

        (await counsellor.CallAsync("Transfer", conversationId, Guid.NewGuid(), "Aan iemand die geen hulpverlener is")).RefusedWith("invalid");
        (await counsellor.CallAsync("Transfer", conversationId, supervisorBrowser.UserId, "Graag overnemen, gaat over veiligheid.")).Succeeded();
        await supervisor.NextAsync("assigned", a => a.GetProperty("conversation").GetProperty("id").GetGuid() == conversationId);
        await counsellor.NextAsync("ended", e => e.GetProperty("conversationId").GetGuid() == conversationId);
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(supervisorBrowser.UserId, conversation.CounsellorId);
        Assert.True(conversation.Risk);
        Assert.Equal(["rouw", "partner", "<b>vet</b>"], conversation.Tags);
        (await counsellor.CallAsync("Reply", conversationId, Guid.NewGuid(), "Niet meer mijn gesprek")).RefusedWith("not-found");
    }

    [Fact]
    public async Task Blocking_ends_the_chat_and_refuses_a_new_one_from_that_browser_for_the_time_given()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        using var parentBrowser = Arrange.Parent(app);
        await parentBrowser.Client.GetPageAsync($"/chat/{helpline.Slug}");
        await using var parent = await parentBrowser.ConnectAsync();
        var conversationId = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("conversationId").GetGuid();

        (await counsellor.CallAsync("Block", conversationId, "", 24)).RefusedWith("empty");
        (await counsellor.CallAsync("Block", conversationId, "Scheldwoorden", 100_000)).RefusedWith("invalid");
        (await counsellor.CallAsync("Block", conversationId, "Herhaaldelijk scheldwoorden", 24)).Succeeded();
        await parent.NextAsync("status", s => s.GetProperty("status").GetString() == "Ended");

        await using var again = await parentBrowser.ConnectAsync();
        (await again.CallAsync("Start", new { helpline = helpline.Slug })).RefusedWith("blocked");
        await using var someoneElse = await Arrange.Parent(app).ConnectAsync();
        (await someoneElse.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
    }

    [Fact]
    public async Task Starting_many_chats_from_one_address_is_limited_without_a_puzzle()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app, configure: h => h.MaxQueueLength = 100);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        var answers = new List<Answer>();
        for (var i = 0; i < 6; i++)
        {
            await using var parent = await Arrange.Parent(app).ConnectAsync();
            answers.Add(await parent.CallAsync("Start", new { helpline = helpline.Slug }));
        }
        Assert.All(answers.Take(5), a => a.Succeeded());
        answers[5].RefusedWith("rate-limited");
    }

    [Fact]
    public async Task With_equal_load_the_next_chat_goes_to_the_counsellor_who_had_none_for_longest()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var firstBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var first = await Arrange.OnDutyAsync(firstBrowser, helpline);
        using var secondBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var second = await Arrange.OnDutyAsync(secondBrowser, helpline);

        await using var parent = await Arrange.Parent(app).ConnectAsync();
        var chatId = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("conversationId").GetGuid();
        var taker = (await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == chatId))).CounsellorId!.Value;
        var other = taker == firstBrowser.UserId ? secondBrowser.UserId : firstBrowser.UserId;
        var lastAssigned = await app.WithDbAsync(db => db.Set<CounsellorPresence>().Where(p => p.HelplineId == helpline.Id)
            .ToDictionaryAsync(p => p.UserId, p => p.LastAssignedAt, TestContext.Current.CancellationToken));
        Assert.True(lastAssigned[taker] > lastAssigned[other]);
        (await (taker == firstBrowser.UserId ? first : second).CallAsync("End", chatId, null)).Succeeded();

        // Both have no chat now: the one never given a chat is next.
        await using var nextParent = await Arrange.Parent(app).ConnectAsync();
        var nextId = (await nextParent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("conversationId").GetGuid();
        Assert.Equal(other, (await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == nextId))).CounsellorId);
    }

    private async Task<(ChatConnection Counsellor, NetworkHelpline Helpline, ChatConnection Parent, Guid ConversationId)> ChatWithCounsellorAsync()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        var parent = await Arrange.Parent(app).ConnectAsync();
        var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        return (counsellor, helpline, parent, started.Data.GetProperty("conversationId").GetGuid());
    }
}

public sealed class ChatHubTestsOnSqlite(SqliteApp app) : ChatHubTests(app);

public sealed class ChatHubTestsOnPostgres(PostgresApp app) : ChatHubTests(app);
