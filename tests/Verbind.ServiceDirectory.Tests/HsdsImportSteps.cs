using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The steps of the HSDS import as a coordinator takes them through the pages.</summary>
internal static class HsdsImportSteps
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> UploadAsync(this TestClient client, Network network, byte[] content, string fileName = "aanbod.json")
    {
        var page = await client.GetPageAsync($"/netwerk/{network.Slug}/aanbod/import");
        var form = page.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/json");
        body.Add(file, "bestand", fileName);
        return await client.Http.PostAsync(form.Action, body, Cancel);
    }

    /// <summary>Uploads and expects the preview: returns its address and page.</summary>
    public static async Task<(string Url, IDocument Page)> PreviewAsync(this TestClient client, Network network, byte[] content, string fileName = "aanbod.json")
    {
        using var response = await client.UploadAsync(network, content, fileName);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var url = TestClient.LocalPath(response.Headers.Location!);
        Assert.Matches("/aanbod/import/[0-9a-f-]{36}$", url);
        return (url, await client.GetPageAsync(url));
    }

    public static async Task<HttpResponseMessage> ConfirmAsync(this TestClient client, string previewUrl) =>
        await client.SubmitFormAsync(previewUrl, new Dictionary<string, string>(), $"form[action='{previewUrl}/bevestigen']");

    public static string[] Problems(this IDocument preview) =>
        preview.QuerySelectorAll("#import-problems tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToArray();

    public static async Task<List<Service>> ServicesOfAsync(this AppFactory app, Network network) =>
        await app.WithDbAsync(db => db.Set<Service>().AsNoTracking().Where(s => s.NetworkId == network.Id)
            .Include(s => s.Terms).Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.CostOptions).Include(s => s.ServiceAreas)
            .Include(s => s.RequiredDocuments).Include(s => s.Capacities).Include(s => s.Schedules)
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Schedules)
            .OrderBy(s => s.Name).ToListAsync());

    /// <summary>Makes the organisations an active partner of <paramref name="network"/> too.</summary>
    public static Task JoinAsync(this AppFactory app, Network network, params Organisation[] organisations) => app.WithDbAsync(async db =>
    {
        foreach (var organisation in organisations)
        {
            db.Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, Role = MembershipRole.Partner, StartDate = new DateOnly(2020, 1, 1) });
        }
        await db.SaveChangesAsync();
    });
}
