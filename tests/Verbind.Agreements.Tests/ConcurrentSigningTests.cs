using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>
/// A 40-party declaration signed by every party at the same moment: no signature lost, none doubled.
/// The speed is measured in bench/agreements, not here.
/// </summary>
public abstract class ConcurrentSigningTests(AppFactory app)
{
    [Fact]
    public async Task Forty_parties_signing_at_once_give_exactly_forty_signatures()
    {
        const int parties = 40;
        var network = await app.CreateNetworkAsync();
        var all = new List<Arrange.Party>();
        for (var i = 0; i < parties; i++)
        {
            all.Add(await app.PartyAsync(network, $"Partner {i + 1:D2}"));
        }
        var agreementId = await app.DraftAsync(network, all, template: "engagement");
        await app.SendAsync(network, agreementId);

        // Every signer opens their page first (as people do); then all press "sign" at once.
        var forms = new List<(TestClient Client, IHtmlFormElement Form, string Url)>();
        foreach (var party in all)
        {
            var token = await app.SigningTokenAsync(party.SignerEmail);
            var client = app.NewClient();
            var url = $"/ondertekenen/{token}";
            var page = await client.GetPageAsync(url);
            forms.Add((client, (IHtmlFormElement)page.QuerySelector("form.sign-form")!, url));
        }
        using var start = new ManualResetEventSlim(false);
        var statuses = new HttpStatusCode[parties];
        var tasks = forms.Select((f, i) => Task.Run(async () =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            using var response = await f.Client.SubmitAsync(f.Form, new Dictionary<string, string> { ["Input.TypedName"] = $"Ondertekenaar {i}", ["Input.Consent"] = "true" }, f.Url);
            statuses[i] = response.StatusCode;
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);
        forms.ForEach(f => f.Client.Dispose());

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var version = await app.LatestVersionAsync(agreementId);
        var signatures = await app.WithDbAsync(db => db.Set<Signature>().Where(s => s.VersionId == version.Id).ToListAsync());
        Assert.Equal(parties, signatures.Count);
        Assert.Equal(parties, signatures.Select(s => s.SignerId).Distinct().Count());
        Assert.Equal(VersionStatus.FullySigned, version.Status);
        Assert.All(signatures, s => Assert.Equal(CanonicalDocument.Sha256(version), s.DocumentSha256));
    }
}

public sealed class ConcurrentSigningTestsOnSqlite(SqliteApp app) : ConcurrentSigningTests(app);

public sealed class ConcurrentSigningTestsOnPostgres(PostgresApp app) : ConcurrentSigningTests(app);
