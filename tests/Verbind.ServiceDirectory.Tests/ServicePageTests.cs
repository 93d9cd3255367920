using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;
using static Verbind.ServiceDirectory.Tests.SearchArrange;

namespace Verbind.ServiceDirectory.Tests;

public abstract class ServicePageTests(AppFactory app)
{
    private async Task<Service> PublishedServiceAsync(Action<Service, Location>? build = null)
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Vroedvrouwenpraktijk Voorbeeld");
        return await CreateServiceAsync(app, network, organisation, "Prenatale yoga", NewMunicipality(), (s, l) =>
        {
            s.MinimumAgeMonths = 0;
            s.MaximumAgeMonths = 36;
            s.Languages = ["nl", "fr"];
            s.Contacts = [new ServiceContact { Name = "Onthaal", Email = $"onthaal-{Guid.NewGuid():N}@test.verbind.local" }];
            s.Schedules = [new Schedule { Days = [DayOfWeek.Tuesday], OpensAt = new(19, 0), ClosesAt = new(20, 30) }];
            l.Transportation = "Bus 2, halte Voorbeeldplein";
            build?.Invoke(s, l);
        });
    }

    [Fact]
    public async Task Shows_what_a_parent_needs_without_signing_in()
    {
        var service = await PublishedServiceAsync();

        var page = await app.NewClient().GetPageAsync("/aanbod/" + service.Id);
        var text = page.Body!.TextContent;

        Assert.Equal("Prenatale yoga", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Vroedvrouwenpraktijk Voorbeeld", text, StringComparison.Ordinal);
        Assert.Contains("0–3 jaar", text, StringComparison.Ordinal);
        Assert.Contains("19:00–20:30", text, StringComparison.Ordinal);
        Assert.Contains("Bus 2, halte Voorbeeldplein", text, StringComparison.Ordinal);
        Assert.Contains("Gratis", text, StringComparison.Ordinal);
        Assert.Contains("Voorbeeldstraat 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_address_shows_only_the_municipality()
    {
        var service = await PublishedServiceAsync((_, l) => l.IsRedacted = true);

        var page = await app.NewClient().GetPageAsync("/aanbod/" + service.Id);

        Assert.DoesNotContain("Voorbeeldstraat", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bus 2", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_service_gives_a_friendly_404(string id)
    {
        var page = await app.NewClient().GetPageAsync("/aanbod/" + id, HttpStatusCode.NotFound);

        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_inactive_service_gives_a_404()
    {
        var service = await PublishedServiceAsync((s, _) => s.Status = ServiceStatus.Inactive);

        await app.NewClient().GetPageAsync("/aanbod/" + service.Id, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_question_is_mailed_as_plain_text_to_the_contact_with_the_parent_as_reply_to()
    {
        var service = await PublishedServiceAsync();
        var contact = service.Contacts[0].Email!;
        var parent = $"ouder-{Guid.NewGuid():N}@test.verbind.local";

        using var response = await app.NewClient().SubmitFormAsync("/aanbod/" + service.Id, new Dictionary<string, string>
        {
            ["Ask.Name"] = "Sam <b>Voorbeeld</b>\r\nBcc: iemand@test.verbind.local",
            ["Ask.Email"] = parent,
            ["Ask.Question"] = "Mag mijn partner mee? <script>alert(1)</script>",
        }, "form.ask-form");
        var page = await TestClient.ParseAsync(response);

        Assert.Contains("Je vraag is verstuurd", page.QuerySelector(".ask-form")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var mail = await app.Mail.WaitForMailAsync(contact, "Prenatale yoga");
        Assert.Equal(parent, mail.ReplyTo.Mailboxes.Single().Address);
        Assert.Null(mail.HtmlBody);
        Assert.Contains("Mag mijn partner mee? <script>alert(1)</script>", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(mail.Bcc);
    }

    [Fact]
    public async Task A_question_without_a_valid_address_is_refused_and_sends_nothing()
    {
        var service = await PublishedServiceAsync();

        using var response = await app.NewClient().SubmitFormAsync("/aanbod/" + service.Id, new Dictionary<string, string>
        {
            ["Ask.Email"] = "geen-adres",
            ["Ask.Question"] = new string('x', 3000),
        }, "form.ask-form");
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".ask-form .validation-summary, .ask-form .validation-message"));
    }

    [Fact]
    public async Task Questions_from_one_address_are_limited_per_hour()
    {
        var service = await PublishedServiceAsync();
        var parent = $"veel-{Guid.NewGuid():N}@test.verbind.local";
        var client = app.NewClient();
        string last = "";
        for (var i = 0; i <= 5; i++)
        {
            using var response = await client.SubmitFormAsync("/aanbod/" + service.Id, new Dictionary<string, string>
            {
                ["Ask.Email"] = parent,
                ["Ask.Question"] = "Vraag " + i,
            }, "form.ask-form");
            last = (await TestClient.ParseAsync(response)).QuerySelector(".ask-form")!.ParentElement!.TextContent;
        }

        Assert.Contains("al vaak gebruikt", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_wrong_information_creates_a_task_for_the_service_and_tells_its_network()
    {
        var service = await PublishedServiceAsync();
        var network = await app.WithDbAsync(db => db.Set<Verbind.Platform.Tenancy.Network>().SingleAsync(n => n.Id == service.NetworkId));
        var coordinator = await app.CreateUserAsync(network, Verbind.Platform.Tenancy.NetworkRole.Coordinator);

        using var response = await app.NewClient().SubmitFormAsync("/aanbod/" + service.Id, new Dictionary<string, string>
        {
            ["Report.Message"] = "De uren kloppen niet meer <b>sinds september</b>.",
        }, "form.report-form");

        Assert.Contains("Bedankt", (await TestClient.ParseAsync(response)).QuerySelector(".report-form")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => db.Set<InformationReport>().SingleAsync(r => r.ServiceId == service.Id));
        Assert.Equal(service.NetworkId, report.NetworkId);
        Assert.Equal(ReportStatus.Open, report.Status);
        Assert.Equal("De uren kloppen niet meer <b>sinds september</b>.", report.Message);
        var mail = await app.Mail.WaitForMailAsync(coordinator.Email, service.Name);
        Assert.Contains("sinds september", mail.TextBody, StringComparison.Ordinal);
    }
}

public sealed class ServicePageTestsOnSqlite(SqliteApp app) : ServicePageTests(app);

public sealed class ServicePageTestsOnPostgres(PostgresApp app) : ServicePageTests(app);
