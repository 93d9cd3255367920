using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>
/// Reminders before an evaluation date and an end date, and for an overdue contribution, through the real
/// SMTP listener: they reach the coordinators and the parties of that network, once, even when two passes
/// (two instances of the app) run at the same time.
/// </summary>
public abstract class ReminderTests(AppFactory app)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Reminders_before_the_evaluation_and_the_end_reach_the_coordinator_and_every_party_once()
    {
        var network = await app.CreateNetworkAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        var strangerCoordinator = await app.CreateUserAsync(await app.CreateNetworkAsync(), NetworkRole.Coordinator);
        var parties = new[] { await app.PartyAsync(network), await app.PartyAsync(network) };
        var agreementId = await app.SignedAgreementAsync(network, parties, "coalition", Today.AddMonths(-11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await app.WithDbAsync(async db =>
        {
            var version = await db.Set<AgreementVersion>().SingleAsync(v => v.AgreementId == agreementId);
            version.Term.EvaluationDate = Today.AddDays(1);
            version.Term.EndDate = Today.AddDays(2);
            await db.SaveChangesAsync();
        });

        await Task.WhenAll(app.RunRemindersAsync(), app.RunRemindersAsync());
        await app.RunRemindersAsync();

        foreach (var email in parties.Select(p => p.SignerEmail).Append(coordinator.Email))
        {
            var evaluation = await app.Mail.WaitForMailAsync(email, "Evaluatie nadert");
            Assert.Contains("Coalitieakkoord", evaluation.TextBody, StringComparison.Ordinal);
            await app.Mail.WaitForMailAsync(email, "Afspraak loopt af");
            Assert.Single(app.Mail.MessagesTo(email), m => (m.Subject ?? "").Contains("Evaluatie nadert", StringComparison.Ordinal));
            Assert.Single(app.Mail.MessagesTo(email), m => (m.Subject ?? "").Contains("Afspraak loopt af", StringComparison.Ordinal));
        }
        Assert.Empty(app.Mail.MessagesTo(strangerCoordinator.Email));
    }

    [Fact]
    public async Task After_the_evaluation_no_reminder_asks_again_for_a_decision()
    {
        var (network, coordinatorClient) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.SignedAgreementAsync(network, [party], "pilot", Today.AddMonths(-11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var stop = await coordinatorClient.SubmitFormAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}", new Dictionary<string, string>
        {
            ["Evaluation.Outcome"] = "Niet voortzetten", ["Evaluation.Decision"] = "Stop",
        }, "form.form");
        await app.WithDbAsync(async db =>
        {
            var version = await db.Set<AgreementVersion>().SingleAsync(v => v.AgreementId == agreementId);
            version.Term.EndDate = Today.AddDays(1);
            await db.SaveChangesAsync();
        });

        await app.RunRemindersAsync();

        Assert.DoesNotContain(app.Mail.MessagesTo(party.SignerEmail), m => (m.Subject ?? "").Contains("Afspraak loopt af", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contribution_past_its_due_date_shows_as_overdue_and_its_reminder_is_mailed_once()
    {
        var (network, coordinatorClient) = await app.NetworkWithCoordinatorAsync();
        var coordinator = await app.CreateUserAsync(network, NetworkRole.Coordinator);
        var late = await app.PartyAsync(network, "Gemeente Laatbeek", OrganisationKind.Municipality);
        var paid = await app.PartyAsync(network, "Gemeente Stiptegem", OrganisationKind.Municipality);
        var agreementId = await app.SignedAgreementAsync(network, [late, paid], "pilot");
        var url = $"/netwerk/{network.Slug}/afspraken/bijdragen";
        var due = Today.AddDays(-10);
        using var requested = await coordinatorClient.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.AgreementId"] = agreementId.ToString(),
            ["Input.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.DueDate"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, "form.form");
        var reference = await app.WithDbAsync(async db =>
        {
            var requests = await db.Set<PaymentRequest>().Where(p => p.AgreementId == agreementId).ToListAsync();
            Assert.Equal(2, requests.Count);
            requests.Single(p => p.OrganisationId == paid.OrganisationId).PaidOn = Today.AddDays(-12);
            await db.SaveChangesAsync();
            return requests.Single(p => p.OrganisationId == late.OrganisationId).Reference;
        });

        var rows = (await coordinatorClient.GetPageAsync(url)).QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("Achterstallig", rows[late.Name], StringComparison.Ordinal);
        Assert.Contains("Betaald", rows[paid.Name], StringComparison.Ordinal);
        Assert.DoesNotContain("Achterstallig", rows[paid.Name], StringComparison.Ordinal);

        await Task.WhenAll(app.RunRemindersAsync(), app.RunRemindersAsync());
        await app.RunRemindersAsync();

        foreach (var email in new[] { late.SignerEmail, coordinator.Email })
        {
            var mail = await app.Mail.WaitForMailAsync(email, "nog niet ontvangen");
            Assert.Contains(StructuredReference.Format(reference), mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Gemeente Laatbeek", mail.TextBody, StringComparison.Ordinal);
            Assert.Single(app.Mail.MessagesTo(email), m => (m.Subject ?? "").Contains("nog niet ontvangen", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(app.Mail.MessagesTo(paid.SignerEmail), m => (m.Subject ?? "").Contains("nog niet ontvangen", StringComparison.Ordinal));
    }
}

public sealed class ReminderTestsOnSqlite(SqliteApp app) : ReminderTests(app);

public sealed class ReminderTestsOnPostgres(PostgresApp app) : ReminderTests(app);
