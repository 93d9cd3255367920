using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Features.Search;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// The HSDS 3.1 API under <c>/hsds</c>: anonymous, read-only, the active services of every network
/// (ADR 0067). Open to every origin for GET through the named CORS policy of this group only.
/// </summary>
public static class HsdsApi
{
    public const string CorsPolicy = "hsds-read";
    public const string Version = "3.1";
    public const string Profile = "https://docs.openreferral.org/en/v3.1/hsds/overview.html";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IServiceCollection AddHsdsApi(this IServiceCollection services)
    {
        services.AddScoped<HsdsServiceQueries>();
        services.AddScoped<HsdsEndpoints>();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));
        return services;
    }

    public static IEndpointRouteBuilder MapHsdsApi(this IEndpointRouteBuilder endpoints)
    {
        var hsds = endpoints.MapGroup("/hsds").WithTags("HSDS 3.1").RequireCors(CorsPolicy).AllowAnonymous();

        hsds.MapGet("/", (HttpContext http) => Results.Json(new HsdsApiInfo(Version, Profile,
                $"{http.Request.Scheme}://{http.Request.Host}/api/openapi/v1.json"), Json))
            .WithName("HsdsApiInfo").WithSummary("The HSDS version, profile and OpenAPI document of this API.")
            .Produces<HsdsApiInfo>();

        hsds.MapGet("/services", (HttpContext http, HsdsEndpoints api) => api.ServicesAsync(http))
            .WithName("HsdsServices")
            .WithSummary("Active services, paginated; filters: search, taxonomy_term_id, taxonomy_id, organization_id, modified_after, minimum_age, maximum_age (years), day (its next date; holidays and special days count), time; minimal, full; format=ndjson streams every match.")
            .Produces<HsdsPage<HsdsService>>().ProducesValidationProblem()
            .CacheForEveryone(SearchIndex.PageCacheTag);

        hsds.MapGet("/services/{id}", (string id, HsdsEndpoints api, CancellationToken cancellationToken) => api.ServiceAsync(id, cancellationToken))
            .WithName("HsdsService").WithSummary("One active service, fully nested.")
            .Produces<HsdsService>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        hsds.MapGet("/organizations", (HttpContext http, HsdsEndpoints api) => api.OrganizationsAsync(http))
            .WithName("HsdsOrganizations").WithSummary("Organisations with at least one active service, paginated; filters: search (name), taxonomy_term_id, taxonomy_id.")
            .Produces<HsdsPage<HsdsOrganization>>().ProducesValidationProblem();

        hsds.MapGet("/organizations/{id}", (string id, HsdsEndpoints api, CancellationToken cancellationToken) => api.OrganizationAsync(id, cancellationToken))
            .WithName("HsdsOrganization").WithSummary("One organisation with its active services.")
            .Produces<HsdsOrganization>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        hsds.MapGet("/service_at_locations", (HttpContext http, HsdsEndpoints api) => api.ServiceAtLocationsAsync(http))
            .WithName("HsdsServiceAtLocations")
            .WithSummary("Where active services are given, paginated; the service filters plus postcode and proximity (metres around the postcode).")
            .Produces<HsdsPage<HsdsServiceAtLocation>>().ProducesValidationProblem();

        hsds.MapGet("/service_at_locations/{id}", (string id, HsdsEndpoints api, CancellationToken cancellationToken) => api.ServiceAtLocationAsync(id, cancellationToken))
            .WithName("HsdsServiceAtLocation").WithSummary("One service at a location, fully nested.")
            .Produces<HsdsServiceAtLocation>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        hsds.MapGet("/taxonomies", (HttpContext http, HsdsEndpoints api) => api.TaxonomiesAsync(http))
            .WithName("HsdsTaxonomies").WithSummary("The taxonomies, paginated; filter: search.")
            .Produces<HsdsPage<HsdsTaxonomy>>().ProducesValidationProblem();

        hsds.MapGet("/taxonomies/{id}", (string id, HsdsEndpoints api, CancellationToken cancellationToken) => api.TaxonomyAsync(id, cancellationToken))
            .WithName("HsdsTaxonomy").WithSummary("One taxonomy.")
            .Produces<HsdsTaxonomy>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        hsds.MapGet("/taxonomy_terms", (HttpContext http, HsdsEndpoints api) => api.TaxonomyTermsAsync(http))
            .WithName("HsdsTaxonomyTerms").WithSummary("Taxonomy terms, paginated; filters: search, taxonomy_id, parent_id, top_only (terms without a parent).")
            .Produces<HsdsPage<HsdsTaxonomyTerm>>().ProducesValidationProblem();

        hsds.MapGet("/taxonomy_terms/{id}", (string id, HsdsEndpoints api, CancellationToken cancellationToken) => api.TaxonomyTermAsync(id, cancellationToken))
            .WithName("HsdsTaxonomyTerm").WithSummary("One taxonomy term.")
            .Produces<HsdsTaxonomyTerm>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }
}
