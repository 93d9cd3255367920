using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Privacy;
using Verbind.Helpline.Features.Referral;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Verbind.Helpline.Tests;

public abstract class PagesAndFormsTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_chat_page_states_what_stays_confidential_offers_the_questions_and_a_quick_exit()
    {
        var (_, helpline) = await Arrange.HelplineAsync(app);
        using var parent = Arrange.Parent(app);
        var page = await parent.Client.GetPageAsync($"/chat/{helpline.Slug}");
        Assert.Equal("Testhulplijn", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("#confidentiality-title"));
        Assert.NotNull(page.QuerySelector("label[for=chat-topic]"));
        Assert.NotNull(page.QuerySelector("#chat-log[role=log][aria-live=polite] #chat-messages"));
        var exit = page.QuerySelector("a#quick-exit");
        Assert.NotNull(exit);
        Assert.Same(exit, page.QuerySelector("a, button"));
        Assert.Contains("verbind.chat=", string.Join(";", parent.Cookies.GetAllCookies().Select(c => c.ToString())), StringComparison.Ordinal);
        await parent.Client.GetPageAsync("/chat/bestaat-niet", HttpStatusCode.NotFound);
        await parent.Client.GetPageAsync("/chat/%3Cscript%3E", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_anonymous_request_gives_a_code_with_which_the_parent_reads_the_counsellors_answer()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app, open: false);
        using var parent = Arrange.Parent(app);
        using var sent = await parent.Client.SubmitFormAsync($"/chat/{helpline.Slug}/aanvraag", new Dictionary<string, string>
        {
            ["Input.Question"] = "Kan iemand me <b>morgen</b> helpen?",
            ["Input.Municipality"] = "Dauwveld",
        });
        var done = await TestClient.ParseAsync(sent);
        var code = done.QuerySelector("#request-code")?.TextContent ?? throw new InvalidOperationException("No code on the page.");
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        var request = await app.WithDbAsync(db => db.Set<OfflineRequest>().SingleAsync(r => r.HelplineId == helpline.Id));
        Assert.Equal("Kan iemand me <b>morgen</b> helpen?", request.Question);
        Assert.DoesNotContain(code, request.CodeHash!, StringComparison.Ordinal);

        using var counsellor = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        var list = await counsellor.Client.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/aanvragen");
        Assert.Contains("Kan iemand me <b>morgen</b> helpen?", list.QuerySelector($"#request-{request.Id}")?.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector($"#request-{request.Id} b"));
        using var pickedUp = await counsellor.Client.SubmitFormAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/aanvragen", new Dictionary<string, string>(), $"form[action$='{request.Id}/oppakken']");
        Assert.Equal(HttpStatusCode.Redirect, pickedUp.StatusCode);
        using var empty = await counsellor.Client.SubmitFormAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/aanvragen", new Dictionary<string, string> { ["reply"] = "  " }, $"form[action$='{request.Id}/antwoord']");
        Assert.Contains("fout=empty", empty.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var replied = await counsellor.Client.SubmitFormAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/aanvragen", new Dictionary<string, string> { ["reply"] = "Ja, morgen om 19 uur." }, $"form[action$='{request.Id}/antwoord']");
        Assert.DoesNotContain("fout=", replied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var wrong = await parent.Client.SubmitFormAsync($"/chat/{helpline.Slug}/antwoord", new Dictionary<string, string> { ["Input.Code"] = "AAAA-BBBB-CCCC" });
        Assert.NotNull((await TestClient.ParseAsync(wrong)).QuerySelector("[role=alert]"));
        using var right = await parent.Client.SubmitFormAsync($"/chat/{helpline.Slug}/antwoord", new Dictionary<string, string> { ["Input.Code"] = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        Assert.Equal("Ja, morgen om 19 uur.", (await TestClient.ParseAsync(right)).QuerySelector("#request-reply")?.TextContent);
    }

    [Fact]
    public async Task A_request_with_contact_needs_a_way_to_reach_the_parent_and_bad_input_stores_nothing()
    {
        var (_, helpline) = await Arrange.HelplineAsync(app, open: false);
        using var parent = Arrange.Parent(app);
        var url = $"/chat/{helpline.Slug}/aanvraag";
        foreach (var values in new[]
        {
            new Dictionary<string, string> { ["Input.Question"] = "Vraag", ["Input.Anonymous"] = "False" },
            new Dictionary<string, string> { ["Input.Question"] = "Vraag", ["Input.Anonymous"] = "False", ["Input.ContactEmail"] = "geen-adres" },
            new Dictionary<string, string> { ["Input.Question"] = "Vraag", ["Input.Anonymous"] = "False", ["Input.ContactPhone"] = "<script>" },
            new Dictionary<string, string> { ["Input.Question"] = "" },
            new Dictionary<string, string> { ["Input.Question"] = new string('x', OfflineRequest.MaxQuestionLength + 1) },
        })
        {
            using var response = await parent.Client.SubmitFormAsync(url, values);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OfflineRequest>().CountAsync(r => r.HelplineId == helpline.Id)));
        using var ok = await parent.Client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Question"] = "Bel me aub", ["Input.Anonymous"] = "False", ["Input.ContactName"] = "Sam", ["Input.ContactPhone"] = "+32 470 00 00 00",
        });
        Assert.NotNull((await TestClient.ParseAsync(ok)).QuerySelector("#request-sent"));
        var stored = await app.WithDbAsync(db => db.Set<OfflineRequest>().SingleAsync(r => r.HelplineId == helpline.Id));
        Assert.Null(stored.CodeHash);
        Assert.Equal("+32 470 00 00 00", stored.ContactPhone);
    }

    [Fact]
    public async Task Staff_pages_are_for_the_helplines_staff_and_not_found_from_another_network()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        await viewer.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console", HttpStatusCode.Forbidden);
        await viewer.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/aanvragen", HttpStatusCode.Forbidden);
        await viewer.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/rooster", HttpStatusCode.Forbidden);
        await viewer.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/statistiek");

        var (otherNetwork, otherHelpline) = await Arrange.HelplineAsync(app);
        using var staff = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        await staff.Client.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console");
        await staff.Client.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{otherHelpline.Slug}/console", HttpStatusCode.NotFound);
        await staff.Client.GetPageAsync($"/netwerk/{otherNetwork.Slug}/hulplijn/{otherHelpline.Slug}/console", HttpStatusCode.NotFound);
        using var anonymous = app.NewClient();
        using var redirect = await anonymous.Http.GetAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
    }

    [Fact]
    public async Task Counsellors_sign_up_for_shifts_see_the_gaps_and_get_their_shifts_as_a_calendar()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app, open: false);
        using var supervisor = await Arrange.StaffAsync(app, network, helpline, StaffRole.Supervisor);
        var roster = $"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/rooster";
        using var bad = await supervisor.Client.SubmitFormAsync(roster, new Dictionary<string, string> { ["day"] = "Blursday", ["start"] = "19:00", ["end"] = "22:00" }, "form[action$='/diensten']");
        Assert.Contains("fout=shift-invalid", bad.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var same = await supervisor.Client.SubmitFormAsync(roster, new Dictionary<string, string> { ["day"] = "Monday", ["start"] = "19:00", ["end"] = "19:00" }, "form[action$='/diensten']");
        Assert.Contains("fout=shift-invalid", same.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // A weekday two days from now, so the four coming weeks hold four shifts whatever the hour of the run.
        var day = TimeProvider.System.GetUtcNow().AddDays(2).DayOfWeek.ToString();
        using var added = await supervisor.Client.SubmitFormAsync(roster, new Dictionary<string, string> { ["day"] = day, ["start"] = "19:00", ["end"] = "22:00", ["needed"] = "1" }, "form[action$='/diensten']");
        Assert.DoesNotContain("fout", added.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = await supervisor.Client.GetPageAsync(roster);
        Assert.Equal(4, page.QuerySelectorAll("#roster-weeks tbody tr .roster-gap").Length);
        using var signedUp = await supervisor.Client.SubmitFormAsync(roster, new Dictionary<string, string>(), "form[action$='/inschrijven']");
        page = await supervisor.Client.GetPageAsync(roster);
        Assert.Equal(3, page.QuerySelectorAll("#roster-weeks tbody tr .roster-gap").Length);

        using var feed = await supervisor.Client.SubmitFormAsync(roster, new Dictionary<string, string>(), "form[action$='/agenda']");
        var link = (await supervisor.Client.GetPageAsync(TestClient.LocalPath(feed.Headers.Location!))).QuerySelector("#agenda-link")!.TextContent;
        using var anonymous = app.NewClient();
        var calendar = await anonymous.Http.GetStringAsync(new Uri(link).PathAndQuery, Cancel);
        Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Single(calendar.Split("BEGIN:VEVENT").Skip(1));
        using var wrongToken = await anonymous.Http.GetAsync("/hulplijn/agenda/verkeerd.ics", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);

        using var counsellor = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        using var notAllowed = await counsellor.Client.SubmitFormAsync(roster, new Dictionary<string, string> { ["day"] = "Monday", ["start"] = "10:00", ["end"] = "12:00" }, "form[action$='/inschrijven']");
        var shifts = await app.WithDbAsync(db => db.Set<Shift>().CountAsync(s => s.HelplineId == helpline.Id));
        Assert.Equal(1, shifts);
    }

    [Fact]
    public async Task Statistics_suppress_counts_under_ten_outside_the_helpline_and_show_no_content()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app);
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 12; i++)
            {
                db.Add(new Conversation
                {
                    NetworkId = network.Id, HelplineId = helpline.Id, ResumeTokenHash = Guid.NewGuid().ToString("N"), Status = ConversationStatus.Ended,
                    QueuedAt = now.AddMinutes(-30), AssignedAt = now.AddMinutes(-28), EndedAt = now.AddMinutes(-5),
                    Municipality = i < 3 ? "Vlasbeke" : "Maanhove", Summary = "Geheime samenvatting",
                });
            }
            await db.SaveChangesAsync();
        });
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        var outside = await viewer.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/statistiek");
        var rows = outside.QuerySelectorAll("#stats-municipalities tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rows, r => r.Contains("Maanhove", StringComparison.Ordinal) && r.Contains('9') is false && r.EndsWith("<10", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Vlasbeke", StringComparison.Ordinal) && r.EndsWith("<10", StringComparison.Ordinal));
        Assert.DoesNotContain("Geheime samenvatting", outside.Body!.TextContent, StringComparison.Ordinal);

        using var staff = await Arrange.StaffAsync(app, network, helpline, StaffRole.Counsellor);
        var inside = await staff.Client.GetPageAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/statistiek");
        var insideRows = inside.QuerySelectorAll("#stats-municipalities tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(insideRows, r => r.Contains("Vlasbeke", StringComparison.Ordinal) && r.EndsWith('3'));
        var csv = await staff.Client.Http.GetStringAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/statistiek.csv", Cancel);
        Assert.Contains("\"Maanhove\";9", csv, StringComparison.Ordinal);
        var outsideCsv = await viewer.Http.GetStringAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/statistiek.csv", Cancel);
        Assert.Contains("\"Maanhove\";<10", outsideCsv, StringComparison.Ordinal);
        Assert.Contains(";12;12;0;", outsideCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_job_deletes_transcripts_of_chats_older_than_the_helplines_setting_and_keeps_the_counts()
    {
        var (network, helpline) = await Arrange.HelplineAsync(app, configure: h => h.RetentionDays = 30);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var old = NewEnded(network, helpline, now.AddDays(-31));
        var recent = NewEnded(network, helpline, now.AddDays(-2));
        await app.WithDbAsync(async db =>
        {
            db.AddRange(old, recent);
            foreach (var conversation in new[] { old, recent })
            {
                db.Add(new ChatMessage { NetworkId = network.Id, ConversationId = conversation.Id, ClientMessageId = Guid.NewGuid(), Text = "inhoud", SentAt = conversation.EndedAt!.Value });
                db.Add(new ChatMessage
                {
                    NetworkId = network.Id, ConversationId = conversation.Id, ClientMessageId = Guid.NewGuid(), Kind = MessageKind.ServiceCard,
                    Text = new ServiceCard("Praatgroep", "Rouwzorg vzw", "Zilverbeek", "/aanbod/" + Guid.NewGuid()).ToText(), SentAt = conversation.EndedAt!.Value,
                });
            }
            await db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TranscriptRetention>().RunAsync(Cancel);

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == old.Id)));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ChatMessage>().CountAsync(m => m.ConversationId == recent.Id)));
        var kept = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == old.Id));
        Assert.Null(kept.Summary);
        Assert.Empty(kept.Tags);
        Assert.NotNull(kept.TranscriptDeletedAt);
        Assert.Equal("Zilverbeek", kept.Municipality);
        Assert.Equal(1, kept.Referrals);
    }

    private static Conversation NewEnded(Network network, NetworkHelpline helpline, DateTime endedAt) => new()
    {
        NetworkId = network.Id, HelplineId = helpline.Id, ResumeTokenHash = Guid.NewGuid().ToString("N"), Status = ConversationStatus.Ended,
        QueuedAt = endedAt.AddMinutes(-30), AssignedAt = endedAt.AddMinutes(-25), EndedAt = endedAt, Summary = "samenvatting", Tags = ["rouw"], Municipality = "Zilverbeek", Referrals = 1,
    };
}

public sealed class PagesAndFormsTestsOnSqlite(SqliteApp app) : PagesAndFormsTests(app);

public sealed class PagesAndFormsTestsOnPostgres(PostgresApp app) : PagesAndFormsTests(app);
