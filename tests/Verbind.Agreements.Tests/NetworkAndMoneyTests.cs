using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>Tenancy, roles, bad input on the coordinator's forms, contributions and reminders through the real SMTP listener.</summary>
public abstract class NetworkAndMoneyTests(AppFactory app)
{
    [Fact]
    public async Task Another_networks_agreements_and_partners_stay_out_of_reach()
    {
        var (networkA, coordinator) = await app.NetworkWithCoordinatorAsync();
        var networkB = await app.CreateNetworkAsync();
        var partyB = await app.PartyAsync(networkB, "Verborgen Partij B");
        var agreementB = await app.DraftAsync(networkB, [partyB]);
        var a = networkA.Slug;
        foreach (var url in new[]
        {
            $"/netwerk/{a}/afspraken/{agreementB}", $"/netwerk/{a}/afspraken/{agreementB}/bewerken", $"/netwerk/{a}/afspraken/{agreementB}/versies/1",
            $"/netwerk/{a}/afspraken/{agreementB}/versies/1/pdf", $"/netwerk/{networkB.Slug}/afspraken", $"/netwerk/{networkB.Slug}/afspraken/{agreementB}",
        })
        {
            using var response = await coordinator.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
        var list = await coordinator.GetPageAsync($"/netwerk/{a}/afspraken");
        Assert.DoesNotContain("Verborgen", list.Body!.TextContent, StringComparison.Ordinal);

        // A party of another network cannot be slipped into a new agreement.
        using var create = await coordinator.SubmitFormAsync($"/netwerk/{a}/afspraken/nieuw", new Dictionary<string, string>
        {
            ["Input.Template"] = "engagement", ["Input.StartDate"] = "2026-01-01", ["Input.Parties"] = partyB.OrganisationId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.NotNull((await TestClient.ParseAsync(create)).QuerySelector("[role=alert]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Agreement>().CountAsync(x => x.NetworkId == networkA.Id)));
    }

    [Fact]
    public async Task Viewers_read_agreements_but_cannot_draft_send_or_see_money()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        await viewer.GetPageAsync($"/netwerk/{network.Slug}/afspraken");
        var detail = await viewer.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}");
        Assert.Null(detail.QuerySelector("form.inline-form"));
        foreach (var url in new[] { $"/netwerk/{network.Slug}/afspraken/nieuw", $"/netwerk/{network.Slug}/afspraken/bijdragen", $"/netwerk/{network.Slug}/afspraken/begroting", $"/netwerk/{network.Slug}/afspraken/bijdragen/export.csv" })
        {
            using var response = await viewer.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
        }
        Assert.Null((await app.LatestVersionAsync(agreementId)).SentAt);
    }

    [Fact]
    public async Task Wrong_draft_input_is_refused_with_messages_and_changes_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        var before = CanonicalDocument.Sha256(await app.LatestVersionAsync(agreementId));
        var url = $"/netwerk/{network.Slug}/afspraken/{agreementId}/bewerken";
        foreach (var values in new[]
        {
            new Dictionary<string, string> { ["Input.Title"] = "" },
            new Dictionary<string, string> { ["Input.Title"] = new string('x', 301) },
            new Dictionary<string, string> { ["Input.StartDate"] = "2026-02-30" },
            new Dictionary<string, string> { ["Input.EndDate"] = "2020-01-01" },
            new Dictionary<string, string> { ["Input.Renewal"] = "7" },
            new Dictionary<string, string> { ["Input.PayContribution"] = "true", ["Input.ContributionAmount"] = "1e9" },
            new Dictionary<string, string> { ["Input.AttendMeetings"] = "true", ["Input.MeetingsPerYear"] = "-1" },
            new Dictionary<string, string> { ["Input.Preamble"] = new string('x', 20_001) },
            new Dictionary<string, string> { ["Input.Goals"] = "bad\u0001char" },
        })
        {
            using var response = await coordinator.SubmitFormAsync(url, values);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        }
        Assert.Equal(before, CanonicalDocument.Sha256(await app.LatestVersionAsync(agreementId)));
        using var hostileId = await coordinator.Http.GetAsync($"/netwerk/{network.Slug}/afspraken/not-a-guid", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, hostileId.StatusCode);
    }

    [Fact]
    public async Task Contributions_get_a_valid_structured_reference_can_be_paid_and_exported_in_euro()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var municipality = await app.PartyAsync(network, "Gemeente Nevelrode", OrganisationKind.Municipality);
        var ngo = await app.PartyAsync(network, "Netwerk vzw");
        await app.SignedAgreementAsync(network, [municipality, ngo]);
        var url = $"/netwerk/{network.Slug}/afspraken/bijdragen";
        using var request = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.DueDate"] = "2026-03-01" }, "form.form");
        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);
        var payment = await app.WithDbAsync(db => db.Set<PaymentRequest>().SingleAsync(p => p.NetworkId == network.Id));
        Assert.Equal("Gemeente Nevelrode", payment.OrganisationName);
        Assert.Equal(1000m, payment.Amount);
        Assert.True(StructuredReference.TryParse(payment.Reference, out _));

        // Asking again for the same year makes no second request.
        using var again = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.DueDate"] = "2026-03-01" }, "form.form");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PaymentRequest>().CountAsync(p => p.NetworkId == network.Id)));

        var csv = Encoding.UTF8.GetString(await coordinator.Http.GetByteArrayAsync($"{url}/export.csv", TestContext.Current.CancellationToken));
        Assert.Contains(StructuredReference.Format(payment.Reference), csv, StringComparison.Ordinal);
        Assert.Contains("1000.00", csv, StringComparison.Ordinal);
        using var xlsx = await coordinator.Http.GetAsync($"{url}/export.xlsx", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);

        using var paid = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["PaidOn"] = "2026-02-15" }, "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal(new DateOnly(2026, 2, 15), (await app.WithDbAsync(db => db.Set<PaymentRequest>().SingleAsync(p => p.Id == payment.Id))).PaidOn);

        var budget = $"/netwerk/{network.Slug}/afspraken/begroting?jaar=2026";
        using var line = await coordinator.SubmitFormAsync(budget, new Dictionary<string, string> { ["Input.Name"] = "Chattool", ["Input.Planned"] = "3600", ["Input.Actual"] = "1800,50" }, "form.form");
        Assert.Equal(HttpStatusCode.Redirect, line.StatusCode);
        using var bad = await coordinator.SubmitFormAsync(budget, new Dictionary<string, string> { ["Input.Name"] = "Fout", ["Input.Planned"] = "0.1e2" }, "form.form");
        Assert.NotNull((await TestClient.ParseAsync(bad)).QuerySelector("[role=alert]"));
        var overview = await coordinator.GetPageAsync(budget);
        Assert.Contains("1.800,50", overview.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var scorecard = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/scorekaart");
        Assert.Contains("Nagekomen", scorecard.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dutch_party_gets_a_betalingskenmerk_and_a_belgian_one_a_structured_reference()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var dutch = await app.PartyAsync(network, "Gemeente Grensdam", OrganisationKind.Municipality, countryCode: "NL");
        var belgian = await app.PartyAsync(network, "Gemeente Grensbeek", OrganisationKind.Municipality);
        await app.SignedAgreementAsync(network, [dutch, belgian]);
        var url = $"/netwerk/{network.Slug}/afspraken/bijdragen";
        using var request = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.DueDate"] = "2026-03-01" }, "form.form");
        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);

        var references = await app.WithDbAsync(db => db.Set<PaymentRequest>().Where(p => p.NetworkId == network.Id).ToDictionaryAsync(p => p.OrganisationId, p => p.Reference));
        Assert.True(DutchPaymentReference.TryParse(references[dutch.OrganisationId], out _));
        Assert.True(StructuredReference.TryParse(references[belgian.OrganisationId], out _));
        var rows = (await coordinator.GetPageAsync(url)).QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("code")!.TextContent);
        Assert.Matches(@"^\d{4} \d{4} \d{4} \d{4}$", rows[dutch.Name]);
        Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", rows[belgian.Name]);
    }

    [Fact]
    public async Task The_reminder_job_mails_coordinators_and_signers_before_the_evaluation_and_only_once()
    {
        var network = await app.CreateNetworkAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        var party = await app.PartyAsync(network);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var agreementId = await app.DraftAsync(network, [party], start: today.AddMonths(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await app.SendAsync(network, agreementId);
        using var signed = await app.SignAsync(await app.SigningTokenAsync(party.SignerEmail));
        await app.WithDbAsync(async db =>
        {
            var version = await db.Set<AgreementVersion>().SingleAsync(v => v.AgreementId == agreementId);
            version.Term.EvaluationDate = today.AddDays(2);
            await db.SaveChangesAsync();
        });

        var first = await app.RunRemindersAsync();
        Assert.True(first.Evaluations >= 1);
        var mail = await app.Mail.WaitForMailAsync(coordinator.Email, "Evaluatie");
        Assert.Contains("Pilootovereenkomst", mail.TextBody, StringComparison.Ordinal);
        await app.Mail.WaitForMailAsync(party.SignerEmail, "Evaluatie");
        await app.RunRemindersAsync();
        Assert.Single(app.Mail.MessagesTo(coordinator.Email), m => (m.Subject ?? "").Contains("Evaluatie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reminder_job_sends_a_fresh_link_before_a_link_expires_and_the_old_one_stops_working()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var oldToken = await app.SigningTokenAsync(party.SignerEmail);
        await app.WithDbAsync(async db =>
        {
            var signer = await db.Set<Signer>().SingleAsync(s => s.Email == party.SignerEmail);
            signer.ExpiresAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(1);
            await db.SaveChangesAsync();
        });
        await app.RunRemindersAsync();
        var newToken = await app.SigningTokenAsync(party.SignerEmail, "Herinnering");
        Assert.NotEqual(oldToken, newToken);
        using var client = app.NewClient();
        await client.GetPageAsync($"/ondertekenen/{oldToken}", HttpStatusCode.Gone);
        await client.GetPageAsync($"/ondertekenen/{newToken}");
    }
}

public sealed class NetworkAndMoneyTestsOnSqlite(SqliteApp app) : NetworkAndMoneyTests(app);

public sealed class NetworkAndMoneyTestsOnPostgres(PostgresApp app) : NetworkAndMoneyTests(app);
