using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Import.Tests;

/// <summary>What a coordinator does on the import pages, as HTTP requests.</summary>
internal static class ImportSteps
{
    /// <summary>Opens the import page and posts its upload form with <paramref name="content"/> as the file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this TestClient client, Network network, byte[] content, string fileName = "partners.csv", bool withToken = true)
    {
        var page = await client.GetPageAsync($"/netwerk/{network.Slug}/import");
        var form = page.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        if (withToken)
        {
            var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            body.Add(new StringContent(token), "__RequestVerificationToken");
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        body.Add(file, "bestand", fileName);
        return await client.Http.PostAsync(form.Action, body);
    }

    /// <summary>Uploads and expects the preview: returns its address.</summary>
    public static async Task<string> UploadForPreviewAsync(this TestClient client, Network network, byte[] content, string fileName = "partners.csv")
    {
        using var response = await client.UploadAsync(network, content, fileName);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches($"^/netwerk/{network.Slug}/import/[0-9a-f-]{{36}}$", location);
        return location;
    }

    /// <summary>Uploads and expects a refusal: returns the message the import page then shows.</summary>
    public static async Task<string> UploadRefusedAsync(this TestClient client, Network network, byte[] content, string fileName = "partners.csv")
    {
        using var response = await client.UploadAsync(network, content, fileName);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/netwerk/{network.Slug}/import?fout=", location, StringComparison.Ordinal);
        var page = await client.GetPageAsync(location);
        return page.QuerySelector("[role=alert]")!.TextContent.Trim();
    }

    /// <summary>Posts the preview's confirm form, with choices as keuze-{index} = merge|new|skip.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this TestClient client, string previewUrl, IDictionary<string, string>? choices = null)
    {
        var page = await client.GetPageAsync(previewUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.import-confirm")!;
        return await client.SubmitAsync(form, choices ?? new Dictionary<string, string>(), previewUrl);
    }

    /// <summary>Confirms and expects the result page: returns its address with the counts.</summary>
    public static async Task<string> ConfirmDoneAsync(this TestClient client, string previewUrl, IDictionary<string, string>? choices = null)
    {
        using var response = await client.ConfirmAsync(previewUrl, choices);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/import/klaar?", location, StringComparison.Ordinal);
        return location;
    }

    public static Guid ImportId(string previewUrl) => Guid.Parse(previewUrl[(previewUrl.LastIndexOf('/') + 1)..]);

    /// <summary>The rows of the preview's table with this id, as the text of their cells.</summary>
    public static List<string[]> TableRows(this IDocument page, string tableId) =>
        page.QuerySelectorAll($"#{tableId} tbody tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToArray())
            .ToList();

    public static Task<int> CountAsync<T>(this AppFactory app, Func<IQueryable<T>, IQueryable<T>>? filter = null) where T : class =>
        app.WithDbAsync(db => (filter ?? (q => q))(db.Set<T>()).CountAsync());

    /// <summary>Audit entries about the network's records, its organisations included (those carry no network).</summary>
    public static Task<int> AuditCountAsync(this AppFactory app, Network network) => app.WithDbAsync(async db =>
    {
        var ids = await db.Set<Organisation>().Where(o => o.Memberships.Any(m => m.NetworkId == network.Id)).Select(o => o.Id).ToListAsync();
        var organisations = ids.Select(id => id.ToString()).ToList();
        return await db.AuditEntries.CountAsync(a => a.NetworkId == network.Id || organisations.Contains(a.EntityId));
    });

    /// <summary>An organisation that is a partner of <paramref name="network"/>, made directly in the database.</summary>
    public static async Task<Organisation> AddOrganisationAsync(this AppFactory app, Network network, string name, string? postcode = null, string? kbo = null, Action<Organisation>? change = null)
    {
        var organisation = new Organisation
        {
            Name = name,
            Kind = OrganisationKind.Other,
            Sector = Sector.Other,
            Address = new Address { Postcode = postcode, Municipality = postcode is null ? null : "Zonnedal" },
            EnterpriseNumber = kbo is null ? null : EnterpriseNumber.TryParse(kbo, EnterpriseRegister.Kbo, out var number, out _) ? number : throw new ArgumentException(kbo),
        };
        change?.Invoke(organisation);
        await app.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
            await db.SaveChangesAsync();
        });
        return organisation;
    }
}
