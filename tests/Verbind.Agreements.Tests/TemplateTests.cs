using System.Net;
using Verbind.Agreements.Domain;
using Verbind.Testing;
using static Verbind.Agreements.Domain.CommitmentKind;

namespace Verbind.Agreements.Tests;

/// <summary>Each of the four kinds of declaration can be drafted from its template, with its sections and structured commitments.</summary>
public abstract class TemplateTests(AppFactory app)
{
    public static TheoryData<string, AgreementKind, string, CommitmentKind[]> Templates => new()
    {
        { "intent", AgreementKind.IntentDeclaration, "Intentieverklaring", [AttendMeetings, JoinWorkgroups, Publicise] },
        { "engagement", AgreementKind.EngagementDeclaration, "Engagementsverklaring", [AttendMeetings, KeepOfferingUpToDate, JoinWorkgroups, Publicise, ShareData] },
        { "pilot", AgreementKind.PilotAgreement, "Pilootovereenkomst", [PayContribution, Publicise, FreeText] },
        { "coalition", AgreementKind.CoalitionCharter, "Coalitieakkoord", [AttendMeetings, ShareData, FreeText] },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task A_declaration_drafted_from_a_template_carries_the_sections_and_structured_commitments_of_its_kind(
        string template, AgreementKind kind, string kindName, CommitmentKind[] commitments)
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network);
        var newPage = $"/netwerk/{network.Slug}/afspraken/nieuw";
        Assert.NotNull((await coordinator.GetPageAsync(newPage)).QuerySelector($"input[name='Input.Template'][value='{template}']"));

        using var created = await coordinator.SubmitFormAsync(newPage, new Dictionary<string, string>
        {
            ["Input.Template"] = template, ["Input.StartDate"] = "2026-01-01", ["Input.Parties"] = party.OrganisationId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agreementId = Guid.Parse(TestClient.LocalPath(created.Headers.Location!).Split('/')[4]);

        var version = await app.LatestVersionAsync(agreementId);
        Assert.Equal(kind, version.Kind);
        Assert.All(new[] { version.Preamble, version.Goals, version.Principles, version.Responsibilities }, section => Assert.False(string.IsNullOrWhiteSpace(section)));
        Assert.True(version.Term.EndDate > version.Term.StartDate);
        Assert.Equal(new DateOnly(2026, 1, 1), version.Term.StartDate);
        var ordered = version.Commitments.OrderBy(c => c.Position).ToList();
        Assert.Equal(commitments, ordered.Select(c => c.Kind));
        Assert.All(ordered, c => Assert.True(c.Kind switch
        {
            AttendMeetings or JoinWorkgroups => c.Quantity > 0,
            PayContribution => c.Amount > 0,
            FreeText => !string.IsNullOrWhiteSpace(c.Text),
            _ => c.Quantity is null && c.Amount is null,
        }, $"{c.Kind}: {c.Quantity} {c.Amount} {c.Text}"));
        Assert.Equal(party.OrganisationId, Assert.Single(version.Parties).OrganisationId);
        Assert.Equal(party.SignerEmail, Assert.Single(version.Signers).Email);

        var document = (await coordinator.GetPageAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}")).QuerySelector("article.agreement-document")!;
        Assert.Contains(kindName, document.QuerySelector(".agreement-document__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Partijen", "Inleiding", "Doelen", "Principes", "Verantwoordelijkheden", "Engagementen", "Looptijd"],
            document.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        // The goals are numbered (Markdown rendered), the commitments are a list of their own.
        Assert.True(document.QuerySelectorAll(".agreement-document__text ol li").Length >= 2);
        Assert.Equal(commitments.Length, document.QuerySelectorAll("ol.utrecht-ordered-list > li").Length);
    }
}

public sealed class TemplateTestsOnSqlite(SqliteApp app) : TemplateTests(app);

public sealed class TemplateTestsOnPostgres(PostgresApp app) : TemplateTests(app);
