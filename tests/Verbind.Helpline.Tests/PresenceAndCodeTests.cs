using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Presence;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>The console heartbeat and the expiry of stale presence (a crashed instance); personal codes for the same counsellor.</summary>
public abstract class PresenceAndCodeTests(AppFactory app)
{
    [Fact]
    public async Task A_counsellor_whose_console_stopped_beating_is_set_away_and_their_unanswered_chats_return_to_the_queue()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var crashedBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var crashed = await Arrange.OnDutyAsync(crashedBrowser, helpline);
        await using var unanswered = await Arrange.Parent(app).ConnectAsync();
        var unansweredId = await StartAsync(unanswered, helpline, expectStatus: "Active");
        await using var answered = await Arrange.Parent(app).ConnectAsync();
        var answeredId = await StartAsync(answered, helpline, expectStatus: "Active");
        (await crashed.CallAsync("Reply", answeredId, Guid.NewGuid(), "Ik ben er.")).Succeeded();

        // The counsellor's instance dies: no disconnect arrives, the row still counts a connection.
        await MakeStaleAsync(crashedBrowser.UserId, helpline);
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        (await parent.CallAsync("Start", new { helpline = helpline.Slug })).RefusedWith("closed");

        await ExpireAsync();
        var presence = await app.WithDbAsync(db => db.Set<CounsellorPresence>().SingleAsync(p => p.HelplineId == helpline.Id && p.UserId == crashedBrowser.UserId));
        Assert.Equal((Availability.Away, 0), (presence.Availability, presence.Connections));
        await unanswered.NextAsync("status", s => s.GetProperty("status").GetString() == "Waiting");
        await unanswered.NextAsync("message", m => m.GetProperty("sender").GetString() == "System" && m.GetProperty("text").GetString() == PresenceExpiry.ReturnedToQueue);
        await unanswered.NextAsync("queue", q => q.GetProperty("position").GetInt32() == 1);
        var returned = await ConversationAsync(unansweredId);
        Assert.Equal((ConversationStatus.Waiting, null, null), (returned.Status, returned.CounsellorId, returned.AssignedAt));
        var kept = await ConversationAsync(answeredId);
        Assert.Equal((ConversationStatus.Active, crashedBrowser.UserId), (kept.Status, kept.CounsellorId));

        // A second run (another instance) changes nothing more.
        await ExpireAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == unansweredId && m.Sender == MessageSender.System)));

        using var colleagueBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var colleague = await Arrange.OnDutyAsync(colleagueBrowser, helpline);
        var assigned = await colleague.NextAsync("assigned");
        Assert.Equal(unansweredId, assigned.GetProperty("conversation").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Expiry_runs_on_several_instances_at_once_and_returns_each_chat_once()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        var conversationId = await StartAsync(parent, helpline, expectStatus: "Active");
        await MakeStaleAsync(counsellorBrowser.UserId, helpline);

        // The app's own job may run as well; whoever comes first returns the chat, once.
        await Task.WhenAll(ExpireAsync(), ExpireAsync(), ExpireAsync());
        Assert.Equal(ConversationStatus.Waiting, (await ConversationAsync(conversationId)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == conversationId && m.Sender == MessageSender.System)));
    }

    [Fact]
    public async Task The_heartbeat_keeps_a_console_online_and_after_an_expiry_tells_it_that_it_was_set_away()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        var minuteAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await SetLastSeenAsync(counsellorBrowser.UserId, helpline, minuteAgo);
        (await counsellor.CallAsync("Heartbeat")).Succeeded();
        await ExpireAsync();
        var beating = await PresenceAsync(counsellorBrowser.UserId, helpline);
        Assert.Equal(Availability.Available, beating.Availability);
        Assert.True(beating.LastSeenAt > minuteAgo);

        await MakeStaleAsync(counsellorBrowser.UserId, helpline);
        await ExpireAsync();
        var beat = (await counsellor.CallAsync("Heartbeat")).Succeeded();
        Assert.Equal("Away", beat.Data.GetProperty("availability").GetString());
        var presence = await PresenceAsync(counsellorBrowser.UserId, helpline);
        Assert.Equal(1, presence.Connections);
        Assert.True(presence.LastSeenAt > TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1));

        // Only an open console beats: a parent is refused by authorisation, staff without a console by the hub.
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        await Assert.ThrowsAsync<HubException>(() => parent.CallAsync("Heartbeat"));
        await using var noConsole = await counsellorBrowser.ConnectAsync();
        (await noConsole.CallAsync("Heartbeat")).RefusedWith("not-allowed");
    }

    [Theory]
    [InlineData("helpline")]
    [InlineData("network")]
    public async Task A_counsellor_removed_from_the_helpline_or_the_network_is_refused_at_the_next_heartbeat_and_stays_stale(string removedFrom)
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        (await counsellor.CallAsync("Heartbeat")).Succeeded();
        var minuteAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await SetLastSeenAsync(counsellorBrowser.UserId, helpline, minuteAgo);

        var userId = counsellorBrowser.UserId;
        await app.WithDbAsync(db => removedFrom == "helpline"
            ? db.Set<HelplineStaff>().Where(s => s.UserId == userId).ExecuteDeleteAsync(TestContext.Current.CancellationToken)
            : db.NetworkUserRoles.Where(r => r.UserId == userId && r.NetworkId == network.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        (await counsellor.CallAsync("Heartbeat")).RefusedWith("not-allowed");
        Assert.Equal(minuteAgo, (await PresenceAsync(userId, helpline)).LastSeenAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_personal_code_asks_for_the_same_counsellor_who_gets_the_chat_before_a_longer_idle_colleague()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var firstBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var first = await Arrange.OnDutyAsync(firstBrowser, helpline);
        await using var parent = await Arrange.Parent(app).ConnectAsync();
        var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        var token = started.Data.GetProperty("resumeToken").GetString()!;
        var conversationId = started.Data.GetProperty("conversationId").GetGuid();
        (await first.CallAsync("Reply", conversationId, Guid.NewGuid(), "Dag, ik ben er.")).Succeeded();
        (await first.CallAsync("End", conversationId, null)).Succeeded();

        var code = (await parent.CallAsync("PersonalCode", token)).Succeeded().Data.GetProperty("code").GetString()!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        (await parent.CallAsync("PersonalCode", token)).RefusedWith("invalid");
        var hashes = await app.WithDbAsync(db => db.Set<PersonalCode>().Where(c => c.HelplineId == helpline.Id).Select(c => c.CodeHash).ToListAsync());
        Assert.DoesNotContain(hashes, h => h.Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

        // The colleague waited longest, so by the fair rules the next chat is theirs; the code asks for the first counsellor.
        using var colleagueBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var colleague = await Arrange.OnDutyAsync(colleagueBrowser, helpline);
        await using var returning = await Arrange.Parent(app).ConnectAsync();
        var again = (await returning.CallAsync("Start", new { helpline = helpline.Slug, code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) })).Succeeded();
        // The answer says nothing about the counsellor: the same fields as any start.
        Assert.Equal(["conversationId", "queue", "resumeToken", "status"], again.Data.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var returningChat = await ConversationAsync(again.Data.GetProperty("conversationId").GetGuid());
        Assert.Equal((firstBrowser.UserId, firstBrowser.UserId), (returningChat.CounsellorId, returningChat.PreferredCounsellorId));

        await using var newcomer = await Arrange.Parent(app).ConnectAsync();
        var other = await ConversationAsync(await StartAsync(newcomer, helpline, expectStatus: "Active"));
        Assert.Equal(colleagueBrowser.UserId, other.CounsellorId);

        // When the asked-for counsellor is away, the fair rules decide.
        (await first.CallAsync("SetAvailability", "Away", 2)).Succeeded();
        await using var later = await Arrange.Parent(app).ConnectAsync();
        var laterChat = await ConversationAsync((await later.CallAsync("Start", new { helpline = helpline.Slug, code })).Succeeded().Data.GetProperty("conversationId").GetGuid());
        Assert.Equal(colleagueBrowser.UserId, laterChat.CounsellorId);
    }

    [Fact]
    public async Task Unknown_hostile_and_other_helplines_codes_are_refused_and_start_nothing()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline);
        var (otherNetwork, otherHelpline) = await Arrange.HelplineAsync(app);
        using var otherBrowser = await Arrange.StaffAsync(app, otherNetwork, otherHelpline, StaffRole.Counsellor);
        await using var otherCounsellor = await Arrange.OnDutyAsync(otherBrowser, otherHelpline);
        await using var otherParent = await Arrange.Parent(app).ConnectAsync();
        var otherStart = (await otherParent.CallAsync("Start", new { helpline = otherHelpline.Slug })).Succeeded();
        (await otherCounsellor.CallAsync("Reply", otherStart.Data.GetProperty("conversationId").GetGuid(), Guid.NewGuid(), "Hallo")).Succeeded();
        var otherCode = (await otherParent.CallAsync("PersonalCode", otherStart.Data.GetProperty("resumeToken").GetString())).Succeeded().Data.GetProperty("code").GetString();

        await using var parent = await Arrange.Parent(app).ConnectAsync();
        foreach (var code in new[] { otherCode, "AAAA-BBBB-CCCC", "<script>alert(1)</script>", new string('9', 1000) })
        {
            (await parent.CallAsync("Start", new { helpline = helpline.Slug, code })).RefusedWith("code-unknown");
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Conversation>().CountAsync(c => c.HelplineId == helpline.Id)));
        (await parent.CallAsync("PersonalCode", "niet-een-token")).RefusedWith("not-found");
    }

    [Fact]
    public async Task No_personal_code_for_a_chat_that_nobody_answered()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        using var counsellorBrowser = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        await using var counsellor = await Arrange.OnDutyAsync(counsellorBrowser, helpline, capacity: 1);
        await using var first = await Arrange.Parent(app).ConnectAsync();
        await StartAsync(first, helpline, expectStatus: "Active");
        await using var waiting = await Arrange.Parent(app).ConnectAsync();
        var token = (await waiting.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded().Data.GetProperty("resumeToken").GetString();
        (await waiting.CallAsync("PersonalCode", token)).RefusedWith("ended");
        (await waiting.CallAsync("Leave")).Succeeded();
        (await waiting.CallAsync("PersonalCode", token)).RefusedWith("ended");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PersonalCode>().CountAsync(c => c.HelplineId == helpline.Id)));
    }

    /// <summary>One run of the expiry, as any instance's job would do it (the app's own job may run too).</summary>
    private async Task ExpireAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PresenceExpiry>().RunAsync(TestContext.Current.CancellationToken);
    }

    private Task<int> MakeStaleAsync(Guid userId, NetworkHelpline helpline) =>
        SetLastSeenAsync(userId, helpline, TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1));

    private Task<int> SetLastSeenAsync(Guid userId, NetworkHelpline helpline, DateTime at) => app.WithDbAsync(db =>
        db.Set<CounsellorPresence>().Where(p => p.HelplineId == helpline.Id && p.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastSeenAt, at)));

    private Task<CounsellorPresence> PresenceAsync(Guid userId, NetworkHelpline helpline) =>
        app.WithDbAsync(db => db.Set<CounsellorPresence>().SingleAsync(p => p.HelplineId == helpline.Id && p.UserId == userId));

    private Task<Conversation> ConversationAsync(Guid id) => app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == id));

    private static async Task<Guid> StartAsync(ChatConnection parent, NetworkHelpline helpline, string expectStatus)
    {
        var started = (await parent.CallAsync("Start", new { helpline = helpline.Slug })).Succeeded();
        Assert.Equal(expectStatus, started.Data.GetProperty("status").GetString());
        return started.Data.GetProperty("conversationId").GetGuid();
    }
}

public sealed class PresenceAndCodeTestsOnSqlite(SqliteApp app) : PresenceAndCodeTests(app);

public sealed class PresenceAndCodeTestsOnPostgres(PostgresApp app) : PresenceAndCodeTests(app);
