using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Partners.Domain;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>The evaluation of a signed agreement and what each decision (renew, change, stop) does next.</summary>
public abstract class EvaluationTests(AppFactory app)
{
    [Fact]
    public async Task Renewing_makes_the_next_version_for_the_next_term_that_the_parties_can_sign_at_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var municipality = await app.PartyAsync(network, "Gemeente Verlenghem", OrganisationKind.Municipality);
        var agreementId = await app.SignedAgreementAsync(network, [municipality], "pilot", "2026-01-01");
        var first = await app.LatestVersionAsync(agreementId);

        using var evaluated = await EvaluateAsync(coordinator, network.Slug, agreementId, "Renew");
        Assert.Equal(HttpStatusCode.Redirect, evaluated.StatusCode);

        var next = await app.LatestVersionAsync(agreementId);
        Assert.Equal(2, next.Number);
        Assert.Equal(VersionStatus.Draft, next.Status);
        Assert.Equal(new DateOnly(2027, 1, 1), next.Term.StartDate);
        Assert.Equal(new DateOnly(2027, 12, 31), next.Term.EndDate);
        Assert.Equal(first.Term.EvaluationDate!.Value.AddYears(1), next.Term.EvaluationDate);
        Assert.Equal(first.Commitments.Select(c => c.CanonicalLine()).Order(), next.Commitments.Select(c => c.CanonicalLine()).Order());
        Assert.Equal(municipality.SignerEmail, Assert.Single(next.Signers).Email);
        Assert.Null(next.Signers[0].SignedAt);
        var evaluatedVersion = await app.WithDbAsync(db => db.Set<AgreementVersion>().SingleAsync(v => v.Id == first.Id));
        Assert.Equal(EvaluationDecision.Renew, evaluatedVersion.Decision);
        Assert.Equal("Geslaagd proefjaar", evaluatedVersion.EvaluationOutcome);

        // Ready for signing: the coordinator sends it as it is and the party signs the renewal.
        using var send = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}", new Dictionary<string, string>(), "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);
        var token = await app.SigningTokenAsync(municipality.SignerEmail);
        using var signer = app.NewClient();
        var page = await signer.GetPageAsync($"/ondertekenen/{token}");
        Assert.Contains("Versie 2", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        using var signed = await app.SignAsync(token);
        Assert.Equal(VersionStatus.FullySigned, (await app.LatestVersionAsync(agreementId)).Status);
    }

    [Fact]
    public async Task Changing_makes_an_editable_draft_for_the_same_term_and_stopping_makes_none()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var changed = await app.SignedAgreementAsync(network, [party], "engagement", "2026-01-01");
        var stopped = await app.SignedAgreementAsync(network, [party], "engagement", "2026-01-01");

        using var change = await EvaluateAsync(coordinator, network.Slug, changed, "Change");
        var draft = await app.LatestVersionAsync(changed);
        Assert.Equal(2, draft.Number);
        Assert.Equal(VersionStatus.Draft, draft.Status);
        Assert.Equal(new DateOnly(2026, 1, 1), draft.Term.StartDate);
        Assert.NotNull((await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{changed}/bewerken")).QuerySelector("form.form--wide"));

        using var stop = await EvaluateAsync(coordinator, network.Slug, stopped, "Stop");
        var last = await app.LatestVersionAsync(stopped);
        Assert.Equal(1, last.Number);
        Assert.Equal(VersionStatus.FullySigned, last.Status);
        Assert.Equal(EvaluationDecision.Stop, last.Decision);
        var status = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{stopped}");
        Assert.Contains("Beslissing: Stoppen", status.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(status.QuerySelector("form.form"));
    }

    [Theory]
    [InlineData("Renew")]
    [InlineData("Change")]
    public async Task While_the_next_version_awaits_signatures_the_signed_one_stays_in_force(string decision)
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var town = await app.PartyAsync(network, "Gemeente Blijfgem", OrganisationKind.Municipality);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var agreementId = await app.SignedAgreementAsync(network, [town], "pilot", today.AddMonths(-11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var slug = $"blijf-{Guid.NewGuid():N}"[..20];
        await app.WithDbAsync(async db =>
        {
            var campaign = new Campaign { NetworkId = network.Id, Slug = slug, Title = "Sterrengemeenten", Intro = "" };
            db.Add(campaign);
            db.Add(new CampaignAgreement { NetworkId = network.Id, CampaignId = campaign.Id, AgreementId = agreementId });
            db.Add(new CampaignMunicipality { NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = town.OrganisationId, Slug = "blijfgem", Name = town.Name });
            await db.SaveChangesAsync();
        });
        var badge = $"/campagne/{slug}/blijfgem/badge.svg";
        var scorecard = $"/netwerk/{network.Slug}/afspraken/scorekaart/{town.OrganisationId}";
        using var visitor = app.NewClient();

        using var evaluated = await EvaluateAsync(coordinator, network.Slug, agreementId, decision);
        await app.SendAsync(network, agreementId);
        var token = await app.SigningTokenAsync(town.SignerEmail);

        using (var shining = await visitor.Http.GetAsync(badge, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, shining.StatusCode);
        }
        Assert.Equal(3, (await coordinator.GetPageAsync(scorecard)).QuerySelectorAll("tbody th[scope=row]").Length);

        using var signed = await app.SignAsync(token);
        using (var stillShining = await visitor.Http.GetAsync(badge, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, stillShining.StatusCode);
        }
        // Once the next version is signed, the scorecard follows one version, not both.
        Assert.Equal(3, (await coordinator.GetPageAsync(scorecard)).QuerySelectorAll("tbody th[scope=row]").Length);
    }

    [Fact]
    public async Task Wrong_evaluations_are_refused_with_a_message_and_change_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.SignedAgreementAsync(network, [party], "pilot");
        var url = $"/netwerk/{network.Slug}/afspraken/{agreementId}";
        foreach (var values in new[]
        {
            new Dictionary<string, string> { ["Evaluation.Outcome"] = "Goed", ["Evaluation.Decision"] = "7" },
            new Dictionary<string, string> { ["Evaluation.Outcome"] = "Goed", ["Evaluation.Decision"] = "<script>alert(1)</script>" },
            new Dictionary<string, string> { ["Evaluation.Outcome"] = "", ["Evaluation.Decision"] = "Renew" },
            new Dictionary<string, string> { ["Evaluation.Outcome"] = new string('x', 201), ["Evaluation.Decision"] = "Renew" },
            new Dictionary<string, string> { ["Evaluation.Outcome"] = "Goed", ["Evaluation.Notes"] = "bad\u0001char", ["Evaluation.Decision"] = "Renew" },
        })
        {
            using var response = await coordinator.SubmitFormAsync(url, values, "form.form");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await TestClient.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("[role=alert]"));
            Assert.DoesNotContain("<script>alert", page.Body!.InnerHtml, StringComparison.Ordinal);
        }
        var version = await app.LatestVersionAsync(agreementId);
        Assert.Equal(1, version.Number);
        Assert.Null(version.EvaluatedAt);
    }

    private static Task<HttpResponseMessage> EvaluateAsync(TestClient coordinator, string network, Guid agreementId, string decision) =>
        coordinator.SubmitFormAsync($"/netwerk/{network}/afspraken/{agreementId}", new Dictionary<string, string>
        {
            ["Evaluation.Outcome"] = "Geslaagd proefjaar", ["Evaluation.Notes"] = "Ouders vonden de weg.", ["Evaluation.Decision"] = decision,
        }, "form.form");
}

public sealed class EvaluationTestsOnSqlite(SqliteApp app) : EvaluationTests(app);

public sealed class EvaluationTestsOnPostgres(PostgresApp app) : EvaluationTests(app);
