using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Printing;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>The PDF with its signature page, and the public verification by code and by uploaded PDF.</summary>
public abstract class VerificationAndPdfTests(AppFactory app)
{
    private async Task<(Verbind.Platform.Tenancy.Network Network, TestClient Coordinator, Guid AgreementId, AgreementVersion Version)> SignedAsync()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var party = await app.PartyAsync(network, "Gemeente Dauwveld");
        var agreementId = await app.DraftAsync(network, [party]);
        await app.SendAsync(network, agreementId);
        using var signed = await app.SignAsync(await app.SigningTokenAsync(party.SignerEmail), "Vera Vertegenwoordiger");
        return (network, coordinator, agreementId, await app.LatestVersionAsync(agreementId));
    }

    [Fact]
    public async Task The_pdf_has_the_text_and_a_signature_page_with_signer_time_hash_and_code()
    {
        var (network, coordinator, agreementId, version) = await SignedAsync();
        using var response = await coordinator.Http.GetAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}/versies/1/pdf", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Pilootovereenkomst", text, StringComparison.Ordinal);
        Assert.Contains("Dauwveld", text, StringComparison.Ordinal);
        Assert.Contains("Vertegenwoordiger", text, StringComparison.Ordinal);
        Assert.Contains(version.VerificationCode, text, StringComparison.Ordinal);
        Assert.Contains(CanonicalDocument.Sha256(version), text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // The same state gives the same file, so an uploaded copy is recognised.
        var again = await coordinator.Http.GetByteArrayAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}/versies/1/pdf", TestContext.Current.CancellationToken);
        Assert.Equal(bytes, again);
    }

    [Fact]
    public async Task Verification_by_code_says_unaltered_then_detects_a_change_made_in_the_database()
    {
        var (_, _, _, version) = await SignedAsync();
        using var visitor = app.NewClient();
        var page = await visitor.GetPageAsync($"/verificatie?code={version.VerificationCode.ToLowerInvariant()}");
        Assert.Contains("onveranderd", page.QuerySelector(".verify-result [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vera Vertegenwoordiger", page.QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@", page.QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var commitment = await db.Set<Commitment>().FirstAsync(c => c.VersionId == version.Id && c.Kind == CommitmentKind.PayContribution);
            commitment.Amount = 10m;
            await db.SaveChangesAsync();
        });
        var altered = await visitor.GetPageAsync($"/verificatie?code={version.VerificationCode}");
        Assert.Contains("gewijzigd", altered.QuerySelector(".verify-result [role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_pdf_is_recognised_and_a_changed_or_foreign_one_is_not()
    {
        var (network, coordinator, agreementId, _) = await SignedAsync();
        var bytes = await coordinator.Http.GetByteArrayAsync($"/netwerk/{network.Slug}/afspraken/{agreementId}/versies/1/pdf", TestContext.Current.CancellationToken);

        using var visitor = app.NewClient();
        Assert.Contains("onveranderd", (await UploadAsync(visitor, bytes)).QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);
        var changed = bytes.ToArray();
        changed[^20] ^= 0x01;
        Assert.Contains("niet door Verbind", (await UploadAsync(visitor, changed)).QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("niet door Verbind", (await UploadAsync(visitor, "<script>alert(1)</script>"u8.ToArray())).QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);
        var empty = await visitor.GetPageAsync("/verificatie?pdf=../../etc/passwd");
        Assert.Contains("niet door Verbind", empty.QuerySelector(".verify-result")!.TextContent, StringComparison.Ordinal);
        var unknown = await visitor.GetPageAsync("/verificatie?code=%27%20OR%201%3D1");
        Assert.NotNull(unknown.QuerySelector(".verify-result [role=alert]"));
    }

    [Fact]
    public void A_ten_page_declaration_gives_ten_to_twenty_pages_and_its_text_can_be_read_back()
    {
        // How fast it renders is measured in bench/agreements (run.sh ends with the PDF figure).
        var version = BenchmarkDocuments.TenPages(40);
        var bytes = AgreementPdf.Render(version.Version, "Netwerk", version.Signers, "/verificatie", BenchmarkDocuments.Labels, TimeProvider.System.GetUtcNow().UtcDateTime);
        using var pdf = PdfDocument.Open(bytes);
        Assert.InRange(pdf.NumberOfPages, 10, 20);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("Handtekeningen", words);
        Assert.Contains("ABCD-EFGH-JKMN", words);
    }

    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(TestClient client, byte[] content)
    {
        var page = await client.GetPageAsync("/verificatie");
        var token = page.QuerySelector("form[action='/verificatie/pdf'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "pdf", "afspraak.pdf");
        using var response = await client.Http.PostAsync("/verificatie/pdf", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(TestClient.LocalPath(response.Headers.Location!));
    }
}

public sealed class VerificationAndPdfTestsOnSqlite(SqliteApp app) : VerificationAndPdfTests(app);

public sealed class VerificationAndPdfTestsOnPostgres(PostgresApp app) : VerificationAndPdfTests(app);
