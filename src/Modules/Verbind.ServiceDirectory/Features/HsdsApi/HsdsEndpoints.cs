using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>The handlers of the HSDS endpoints; each reads its parameters, answers 400 when one is wrong.</summary>
internal sealed class HsdsEndpoints(HsdsServiceQueries services, AppDbContext db, IPartnerDirectory partners, Gazetteer gazetteer)
{
    public async Task<IResult> ServicesAsync(HttpContext http)
    {
        var p = HsdsParameters.Read(http.Request.Query);
        if (!p.IsValid)
        {
            return BadParameters(p);
        }
        services.EnterPublicScope();
        var cancellationToken = http.RequestAborted;
        if (p.Ndjson)
        {
            return new NdjsonResult(p, services);
        }
        var (ids, total) = await services.PageAsync(p, cancellationToken);
        if (p.Full)
        {
            var full = await services.FullAsync(ids, cancellationToken);
            var organisations = await OrganisationsAsync(full.Select(s => s.OrganisationId), cancellationToken);
            return Page(full.Select(s => HsdsMapping.ToFull(s, organisations.GetValueOrDefault(s.OrganisationId))).ToList(), total, p);
        }
        var list = await services.ListAsync(ids, cancellationToken);
        return p.Minimal
            ? Page(list.Select(HsdsMapping.ToMinimal).ToList(), total, p)
            : Page(list.Select(HsdsMapping.ToList).ToList(), total, p);
    }

    public async Task<IResult> ServiceAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var serviceId))
        {
            return BadId();
        }
        services.EnterPublicScope();
        var found = await services.FullAsync([serviceId], cancellationToken);
        if (found.Count == 0)
        {
            return NotFound();
        }
        var organisations = await OrganisationsAsync([found[0].OrganisationId], cancellationToken);
        return Results.Json(HsdsMapping.ToFull(found[0], organisations.GetValueOrDefault(found[0].OrganisationId)), HsdsApi.Json);
    }

    /// <summary>Organisations are published when they give at least one active service (ADR 0067).</summary>
    public async Task<IResult> OrganizationsAsync(HttpContext http)
    {
        var p = HsdsParameters.Read(http.Request.Query);
        if (!p.IsValid)
        {
            return BadParameters(p);
        }
        services.EnterPublicScope();
        var cancellationToken = http.RequestAborted;
        var withoutSearch = Copy(p);
        var ids = await services.Filtered(withoutSearch).Select(s => s.OrganisationId).Distinct().ToListAsync(cancellationToken);
        IEnumerable<PartnerSummary> found = await partners.FindAsync(ids, cancellationToken);
        if (p.Search is { } text)
        {
            found = found.Where(o => o.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase));
        }
        var all = found.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(o => o.Id).ToList();
        var page = all.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(HsdsMapping.ToOrganization).ToList();
        return Page(page, all.Count, p);
    }

    public async Task<IResult> OrganizationAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var organisationId))
        {
            return BadId();
        }
        services.EnterPublicScope();
        var own = await db.Services.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.Status == ServiceStatus.Active)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        if (own.Count == 0)
        {
            return NotFound();
        }
        var found = await partners.FindAsync([organisationId], cancellationToken);
        var organisation = found.Count > 0 ? found[0] : null;
        if (organisation is null)
        {
            return NotFound();
        }
        return Results.Json(HsdsMapping.ToOrganization(organisation) with { Services = own.Select(HsdsMapping.ToList).ToList() }, HsdsApi.Json);
    }

    public async Task<IResult> ServiceAtLocationsAsync(HttpContext http)
    {
        var p = HsdsParameters.Read(http.Request.Query);
        if (!p.IsValid)
        {
            return BadParameters(p);
        }
        GeoPoint? centre = null;
        if (p is { Postcode: { } postcode, ProximityMetres: not null })
        {
            var places = gazetteer.ByPostcode(postcode);
            centre = places.Count > 0 ? places[0].Point : null;
            if (centre is null)
            {
                return BadParameters("postcode", "postcode is not a known Belgian or Dutch postcode.");
            }
        }
        services.EnterPublicScope();
        var cancellationToken = http.RequestAborted;
        var searchIds = p.Search is null ? null : await services.SearchAsync(p, cancellationToken);
        var links = services.Links(p, searchIds);
        IReadOnlyList<Guid> pageIds;
        int total;
        if (centre is { } point)
        {
            var near = await HsdsServiceQueries.NearAsync(links, point, p.ProximityMetres!.Value, cancellationToken);
            (pageIds, total) = (near.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).ToList(), near.Count);
        }
        else
        {
            total = await links.CountAsync(cancellationToken);
            pageIds = await links.OrderBy(l => l.Service!.Name).ThenBy(l => l.Id)
                .Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(l => l.Id).ToListAsync(cancellationToken);
        }
        var found = await services.LinksByIdAsync(pageIds, p.Full, cancellationToken);
        var schedules = p.Full ? await services.LinkSchedulesAsync(pageIds, cancellationToken) : null;
        return Page(found.Select(l => HsdsMapping.ToServiceAtLocation(l, withService: true) with
        {
            Schedules = schedules?[l.Id].Select(HsdsMapping.ToSchedule).ToList(),
        }).ToList(), total, p);
    }

    public async Task<IResult> ServiceAtLocationAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var linkId))
        {
            return BadId();
        }
        services.EnterPublicScope();
        var found = await services.LinksByIdAsync([linkId], full: true, cancellationToken);
        if (found.Count == 0)
        {
            return NotFound();
        }
        var schedules = await services.LinkSchedulesAsync([linkId], cancellationToken);
        return Results.Json(HsdsMapping.ToServiceAtLocation(found[0], withService: true) with
        {
            Schedules = schedules[linkId].Select(HsdsMapping.ToSchedule).ToList(),
        }, HsdsApi.Json);
    }

    public async Task<IResult> TaxonomiesAsync(HttpContext http)
    {
        var p = HsdsParameters.Read(http.Request.Query);
        if (!p.IsValid)
        {
            return BadParameters(p);
        }
        var taxonomies = await db.Taxonomies.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id).ToListAsync(http.RequestAborted);
        var matching = taxonomies.Where(t => p.Search is null
            || t.Name.Contains(p.Search, StringComparison.CurrentCultureIgnoreCase) || t.Code.Contains(p.Search, StringComparison.OrdinalIgnoreCase)).ToList();
        return Page(matching.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(HsdsMapping.ToTaxonomy).ToList(), matching.Count, p);
    }

    public async Task<IResult> TaxonomyAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var taxonomyId))
        {
            return BadId();
        }
        var taxonomy = await db.Taxonomies.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taxonomyId, cancellationToken);
        return taxonomy is null ? NotFound() : Results.Json(HsdsMapping.ToTaxonomy(taxonomy), HsdsApi.Json);
    }

    public async Task<IResult> TaxonomyTermsAsync(HttpContext http)
    {
        var p = HsdsParameters.Read(http.Request.Query);
        if (!p.IsValid)
        {
            return BadParameters(p);
        }
        var terms = db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).AsQueryable();
        if (p.TaxonomyId is { } taxonomyId)
        {
            terms = terms.Where(t => t.TaxonomyId == taxonomyId);
        }
        if (p.ParentId is { } parentId)
        {
            terms = terms.Where(t => t.ParentId == parentId);
        }
        if (p.TopOnly)
        {
            terms = terms.Where(t => t.ParentId == null);
        }
        var all = await terms.OrderBy(t => t.Name).ThenBy(t => t.Id).ToListAsync(http.RequestAborted);
        var matching = all.Where(t => p.Search is null
            || t.Name.Contains(p.Search, StringComparison.CurrentCultureIgnoreCase)
            || t.Code.Contains(p.Search, StringComparison.OrdinalIgnoreCase)
            || t.Synonyms.Any(s => s.Contains(p.Search, StringComparison.CurrentCultureIgnoreCase))).ToList();
        return Page(matching.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(HsdsMapping.ToTerm).ToList(), matching.Count, p);
    }

    public async Task<IResult> TaxonomyTermAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var termId))
        {
            return BadId();
        }
        var term = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).FirstOrDefaultAsync(t => t.Id == termId, cancellationToken);
        return term is null ? NotFound() : Results.Json(HsdsMapping.ToTerm(term), HsdsApi.Json);
    }

    private async Task<Dictionary<Guid, PartnerSummary>> OrganisationsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        (await partners.FindAsync(ids.Distinct().ToList(), cancellationToken)).ToDictionary(o => o.Id);

    private static HsdsParameters Copy(HsdsParameters p) =>
        HsdsParameters.Read(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["taxonomy_term_id"] = p.TaxonomyTermId?.ToString() ?? "",
            ["taxonomy_id"] = p.TaxonomyId?.ToString() ?? "",
        }));

    private static IResult Page<T>(IReadOnlyList<T> contents, int total, HsdsParameters p) =>
        Results.Json(HsdsPage.Of(contents, total, p.Page, p.PerPage), HsdsApi.Json);

    private static IResult BadParameters(HsdsParameters p) =>
        Results.ValidationProblem(p.Errors.ToDictionary(e => e.Key, e => e.Value), title: "One or more query parameters are not valid.");

    private static IResult BadParameters(string name, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] }, title: "One or more query parameters are not valid.");

    private static IResult BadId() => BadParameters("id", "id must be a UUID (8-4-4-4-12 hexadecimal digits).");

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>
    /// Every match as one JSON object per line, written as it is read through one reused JSON writer straight
    /// into the response pipe, flushed every <see cref="FlushEvery"/> lines: memory stays flat however many there are.
    /// </summary>
    private sealed class NdjsonResult(HsdsParameters p, HsdsServiceQueries services) : IResult
    {
        private const int FlushEvery = 100;

        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "application/x-ndjson; charset=utf-8";
            var body = http.Response.BodyWriter;
            await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = HsdsApi.Json.Encoder });
            var count = 0;
            await foreach (var service in services.StreamAsync(p, http.RequestAborted))
            {
                object item = p.Full ? HsdsMapping.ToFull(service, null) : p.Minimal ? HsdsMapping.ToMinimal(service) : HsdsMapping.ToList(service);
                JsonSerializer.Serialize(json, item, item.GetType(), HsdsApi.Json);
                json.Flush();
                json.Reset();
                body.Write("\n"u8);
                if (++count % FlushEvery == 0)
                {
                    await body.FlushAsync(http.RequestAborted);
                }
            }
            await body.FlushAsync(http.RequestAborted);
        }
    }
}
