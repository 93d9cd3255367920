using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Signing;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>Drafting, sending and signing through HTTP and the real SMTP listener; links that must not work.</summary>
public abstract class SigningTests(AppFactory app)
{
    [Fact]
    public async Task A_coordinator_drafts_from_a_template_sends_and_each_signer_signs_once_through_their_link()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var municipality = await app.PartyAsync(network, "Gemeente Maanhove");
        var ngo = await app.PartyAsync(network, "Lichtpunt vzw");

        using var created = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/afspraken/nieuw", new Dictionary<string, string>
        {
            ["Input.Template"] = "pilot",
            ["Input.StartDate"] = "2026-01-01",
            ["Input.Parties"] = municipality.OrganisationId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = TestClient.LocalPath(created.Headers.Location!);
        var agreementId = Guid.Parse(editUrl.Split('/')[4]);
        await app.InNetworkAsync(network, async services =>
        {
            // A second party added the way the form would: through the draft (the page takes one checkbox per party).
            var drafts = services.GetService(typeof(Features.Drafting.AgreementDrafts)) as Features.Drafting.AgreementDrafts;
            return await drafts!.AddSignerAsync(agreementId, (await app.LatestVersionAsync(agreementId)).Parties[0].Id.ToString(), "Sam Schepen", "Schepen", $"schepen-{Guid.NewGuid():N}@test.verbind.local", CancellationToken.None);
        });
        using var saved = await coordinator.SubmitFormAsync(editUrl, new Dictionary<string, string>
        {
            ["Input.Title"] = "Pilootovereenkomst Maanhove",
            ["Input.Preamble"] = "Een proefjaar <script>alert('x')</script> met **steun**.",
            ["Input.PayContribution"] = "true",
            ["Input.ContributionAmount"] = "1000,00",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var send = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}", new Dictionary<string, string>(), "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);
        var token = await app.SigningTokenAsync(municipality.SignerEmail);

        using var signer = app.NewClient();
        var page = await signer.GetPageAsync($"/ondertekenen/{token}");
        Assert.Contains("Pilootovereenkomst Maanhove", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("article script"));
        Assert.Contains("<strong>steun</strong>", page.QuerySelector("article")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Gemeente Maanhove", page.QuerySelector("form.sign-form")!.TextContent, StringComparison.Ordinal);

        using var signed = await app.SignAsync(token);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("Dank u", await signed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // Signing twice is harmless: the same link now says it was used, and there is still one signature.
        var again = await signer.GetPageAsync($"/ondertekenen/{token}");
        Assert.Contains("al ondertekend", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("form.sign-form"));
        var version = await app.LatestVersionAsync(agreementId);
        var signatures = await app.WithDbAsync(db => db.Set<Signature>().Where(s => s.VersionId == version.Id).ToListAsync());
        var signature = Assert.Single(signatures);
        Assert.Equal(CanonicalDocument.Sha256(version), signature.DocumentSha256);
        Assert.Equal(CanonicalDocument.Text(version), signature.ShownText);
        Assert.Null(signature.IpAddress);
        Assert.Equal("Gemeente Maanhove", signature.OrganisationName);
        Assert.Equal(VersionStatus.AwaitingSignatures, version.Status);

        var status = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}");
        Assert.Contains("1 van 2", status.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ngo.Name, status.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_submits_of_one_link_at_the_same_time_make_one_signature()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var token = await app.SigningTokenAsync(party.SignerEmail);

        using var first = app.NewClient();
        using var second = app.NewClient();
        var formA = ((await first.GetPageAsync($"/ondertekenen/{token}")).QuerySelector("form.sign-form") as AngleSharp.Html.Dom.IHtmlFormElement)!;
        var formB = ((await second.GetPageAsync($"/ondertekenen/{token}")).QuerySelector("form.sign-form") as AngleSharp.Html.Dom.IHtmlFormElement)!;
        var values = new Dictionary<string, string> { ["Input.TypedName"] = "Vera", ["Input.Consent"] = "true" };
        var responses = await Task.WhenAll(
            first.SubmitAsync(formA, values, $"/ondertekenen/{token}"),
            second.SubmitAsync(formB, values, $"/ondertekenen/{token}"));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var version = await app.LatestVersionAsync(agreementId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Signature>().CountAsync(s => s.VersionId == version.Id)));
        Assert.Equal(VersionStatus.FullySigned, version.Status);
    }

    [Fact]
    public async Task Forged_expired_and_withdrawn_links_get_a_clear_page_and_sign_nothing()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var token = await app.SigningTokenAsync(party.SignerEmail);
        using var client = app.NewClient();

        foreach (var forged in new[] { "abc", new string('x', 43), "%3Cscript%3E", new string('a', 5000) })
        {
            using var response = await client.Http.GetAsync($"/ondertekenen/{forged}", TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Gone or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{forged[..Math.Min(10, forged.Length)]}: {response.StatusCode}");
        }
        var unknown = await client.GetPageAsync("/ondertekenen/bestaat-niet-0123456789", HttpStatusCode.Gone);
        Assert.Contains("niet (meer) geldig", unknown.Body!.TextContent, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var signer = await db.Set<Signer>().SingleAsync(s => s.Email == party.SignerEmail);
            signer.ExpiresAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        var expired = await client.GetPageAsync($"/ondertekenen/{token}", HttpStatusCode.Gone);
        Assert.Contains("verlopen", expired.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(expired.QuerySelector("form.sign-form"));
        using var post = await client.Http.PostAsync($"/ondertekenen/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.TypedName"] = "x" }), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.InternalServerError, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Signature>().CountAsync(s => s.SignerId == db.Set<Signer>().Single(x => x.Email == party.SignerEmail).Id)));
    }

    [Fact]
    public async Task Bad_signing_input_is_refused_with_a_message_and_records_nothing()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var token = await app.SigningTokenAsync(party.SignerEmail);

        foreach (var values in new[]
        {
            new Dictionary<string, string> { ["Input.TypedName"] = "", ["Input.Consent"] = "true" },
            new Dictionary<string, string> { ["Input.TypedName"] = "Vera" },
            new Dictionary<string, string> { ["Input.TypedName"] = new string('x', 201), ["Input.Consent"] = "true" },
            new Dictionary<string, string> { ["Input.TypedName"] = "Vera", ["Input.Consent"] = "true", ["Input.DrawnImage"] = "data:image/svg+xml;base64,PHN2Zz4=" },
            new Dictionary<string, string> { ["Input.TypedName"] = "Vera", ["Input.Consent"] = "true", ["Input.DrawnImage"] = "data:image/png;base64,bm90IGEgcG5n" },
        })
        {
            using var client = app.NewClient();
            using var response = await client.SubmitFormAsync($"/ondertekenen/{token}", values, "form.sign-form");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await TestClient.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("[role=alert]"));
        }
        using var tampered = await app.SignAsync(token, extra: new Dictionary<string, string> { ["Input.ShownSha256"] = new string('0', 64) });
        Assert.Equal(HttpStatusCode.Conflict, tampered.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Signature>().CountAsync(s => s.NetworkId == network.Id)));
    }

    [Fact]
    public async Task The_ip_address_is_kept_only_when_the_network_asks_for_it()
    {
        var network = await app.CreateNetworkAsync();
        var party = await app.PartyAsync(network);
        await app.WithDbAsync(async db =>
        {
            db.Set<AgreementSettings>().Add(new AgreementSettings { NetworkId = network.Id, RecordSignerIp = true });
            await db.SaveChangesAsync();
        });
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var token = await app.SigningTokenAsync(party.SignerEmail);
        // The test server has no remote address; the signing service gets the one Kestrel would give.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var signing = scope.ServiceProvider.GetRequiredService<SignAgreement>();
            var view = await signing.FindAsync(token, CancellationToken.None);
            var outcome = await signing.SignAsync(token, new SignInput { TypedName = "Vera", Consent = true, ShownSha256 = view.DocumentSha256 }, "203.0.113.7", CancellationToken.None);
            Assert.True(outcome.Recorded);
        }
        var signature = await app.WithDbAsync(db => db.Set<Signature>().SingleAsync(s => s.NetworkId == network.Id));
        Assert.Equal("203.0.113.7", signature.IpAddress);
    }

    [Fact]
    public async Task A_sent_version_is_frozen_and_a_change_makes_a_new_version_that_withdraws_the_old_links()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        var oldToken = await app.SigningTokenAsync(party.SignerEmail);
        var edit = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}/bewerken");
        Assert.Null(edit.QuerySelector("form[method=post].form--wide"));

        using var newVersion = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}", new Dictionary<string, string>(), "form.inline-form:last-of-type");
        var latest = await app.LatestVersionAsync(agreementId);
        Assert.Equal(2, latest.Number);
        Assert.Equal(VersionStatus.Draft, latest.Status);
        await app.SendAsync(network, agreementId);
        using var client = app.NewClient();
        await client.GetPageAsync($"/ondertekenen/{oldToken}", HttpStatusCode.Gone);
        var first = await app.WithDbAsync(db => db.Set<AgreementVersion>().SingleAsync(v => v.AgreementId == agreementId && v.Number == 1));
        Assert.Equal(VersionStatus.Superseded, first.Status);
        await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}/versies/1");
    }
}

public sealed class SigningTestsOnSqlite(SqliteApp app) : SigningTests(app);

public sealed class SigningTestsOnPostgres(PostgresApp app) : SigningTests(app);
