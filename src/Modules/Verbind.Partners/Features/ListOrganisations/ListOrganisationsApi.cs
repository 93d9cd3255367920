using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Localisation;

namespace Verbind.Partners.Features.ListOrganisations;

/// <summary>GET /api/netwerken/{network}/organisaties?q=&amp;kind=&amp;sector=&amp;role=&amp;status=&amp;page=</summary>
internal static class ListOrganisationsApi
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/organisaties", HandleAsync).WithName("ListOrganisations");

    public sealed record OrganisationRowJson(Guid Id, string Name, string Kind, string Sector, string? Municipality, string Role, DateOnly StartDate, DateOnly? EndDate, bool Active);

    private static async Task<Results<Ok<PageJson<OrganisationRowJson>>, ValidationProblem>> HandleAsync(
        string? q, string? kind, string? sector, string? role, string? status, int? page,
        ListOrganisations list, IStringLocalizer<PartnersText> localizer, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var filter = new OrganisationFilter(
            ApiChecks.Query(errors, q),
            ApiChecks.Filter<OrganisationKind>(errors, "kind", kind),
            ApiChecks.Filter<Sector>(errors, "sector", sector),
            ApiChecks.Filter<MembershipRole>(errors, "role", role),
            ApiChecks.Filter<MembershipStatus>(errors, "status", status) ?? MembershipStatus.Active,
            ApiChecks.Page(errors, page));
        if (errors.Count > 0)
        {
            return ApiChecks.Problem(errors, localizer);
        }
        var result = await list.HandleAsync(filter, cancellationToken);
        return TypedResults.Ok(PageJson.From(result, r => new OrganisationRowJson(
            r.Id, r.Name, r.Kind.ToString(), r.Sector.ToString(), r.Municipality, r.Role.ToString(), r.StartDate, r.EndDate, r.IsActive)));
    }
}
