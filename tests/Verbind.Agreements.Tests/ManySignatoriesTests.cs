using System.Net;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>A network declaration with more than twenty signatories: who signed, who has not, and a reminder to only the latter.</summary>
public abstract class ManySignatoriesTests(AppFactory app)
{
    [Fact]
    public async Task The_overview_shows_who_signed_and_who_has_not_and_remind_mails_only_those_who_have_not()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var parties = new List<Arrange.Party>();
        for (var i = 0; i < 22; i++)
        {
            parties.Add(await app.PartyAsync(network, $"Partner {i:00} vzw"));
        }
        var agreementId = await app.DraftAsync(network, parties, "engagement");
        await app.SendAsync(network, agreementId);
        var signed = parties.Where((_, i) => i % 2 == 0).ToList();
        var waiting = parties.Except(signed).ToList();
        foreach (var party in signed)
        {
            using var response = await app.SignAsync(await app.SigningTokenAsync(party.SignerEmail));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var url = $"/netwerk/{network.Slug}/afspraken/{agreementId}";

        var overview = await coordinator.GetPageAsync(url);
        Assert.Contains("11 van 22", overview.QuerySelector(".signature-table caption")!.TextContent, StringComparison.Ordinal);
        var rows = overview.QuerySelectorAll(".signature-table tbody tr")
            .ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent.Trim(), r => r.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(22, rows.Count);
        Assert.All(signed, p => Assert.Contains("Ondertekend op", rows[p.Name], StringComparison.Ordinal));
        Assert.All(waiting, p => Assert.Contains("Nog niet ondertekend", rows[p.Name], StringComparison.Ordinal));

        var firstLink = await app.SigningTokenAsync(waiting[0].SignerEmail);
        using var remind = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, remind.StatusCode);
        Assert.EndsWith("verstuurd=11", TestClient.LocalPath(remind.Headers.Location!), StringComparison.Ordinal);
        foreach (var party in waiting)
        {
            await app.Mail.WaitForMailAsync(party.SignerEmail, "Herinnering");
        }
        Assert.All(signed, p => Assert.DoesNotContain(app.Mail.MessagesTo(p.SignerEmail), m => (m.Subject ?? "").Contains("Herinnering", StringComparison.Ordinal)));

        // The reminder's fresh link signs; the first link of that signer no longer does.
        var late = waiting[0];
        using (var client = app.NewClient())
        {
            await client.GetPageAsync($"/ondertekenen/{firstLink}", HttpStatusCode.Gone);
        }
        using var lateSigned = await app.SignAsync(await app.SigningTokenAsync(late.SignerEmail, "Herinnering"));
        Assert.Equal(HttpStatusCode.OK, lateSigned.StatusCode);
        var after = await coordinator.GetPageAsync(url);
        Assert.Contains("12 van 22", after.QuerySelector(".signature-table caption")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class ManySignatoriesTestsOnSqlite(SqliteApp app) : ManySignatoriesTests(app);

public sealed class ManySignatoriesTestsOnPostgres(PostgresApp app) : ManySignatoriesTests(app);
