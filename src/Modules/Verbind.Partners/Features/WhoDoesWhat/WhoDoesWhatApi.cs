using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Localisation;

namespace Verbind.Partners.Features.WhoDoesWhat;

/// <summary>GET /api/netwerken/{network}/wie-doet-wat?q=&amp;expertise=&amp;sector=&amp;place=&amp;kind=&amp;page=&amp;organisationPage=</summary>
internal static class WhoDoesWhatApi
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/wie-doet-wat", HandleAsync).WithName("WhoDoesWhat");

    public sealed record ProfessionalJson(Guid Id, string FullName, string? Function, IReadOnlyList<string> Expertise, string? Email, string? Phone, Guid OrganisationId, string OrganisationName, string? Place);

    public sealed record OrganisationJson(Guid Id, string Name, string Kind, string Sector, string? Municipality, string? Phone, string? Email, string? Website);

    public sealed record ResultJson(PageJson<ProfessionalJson> People, PageJson<OrganisationJson> Organisations);

    private static async Task<Results<Ok<ResultJson>, ValidationProblem>> HandleAsync(
        string? q, string? expertise, string? sector, Guid? place, string? kind, int? page, int? organisationPage,
        FindWhoDoesWhat find, IStringLocalizer<PartnersText> localizer, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var tag = Check.Text(errors, "expertise", expertise, ExpertiseTags.MaxTagLength);
        var filter = new WhoDoesWhatFilter(
            ApiChecks.Query(errors, q), tag is null ? null : ExpertiseTags.Normalise(tag),
            ApiChecks.Filter<Sector>(errors, "sector", sector), place,
            ApiChecks.Filter<OrganisationKind>(errors, "kind", kind),
            ApiChecks.Page(errors, page), ApiChecks.Page(errors, organisationPage));
        if (errors.Count > 0)
        {
            return ApiChecks.Problem(errors, localizer);
        }
        var result = await find.HandleAsync(filter, cancellationToken);
        return TypedResults.Ok(new ResultJson(
            PageJson.From(result.People, p => new ProfessionalJson(p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.OrganisationId, p.OrganisationName, p.PlaceName)),
            PageJson.From(result.Organisations, o => new OrganisationJson(o.Id, o.Name, o.Kind.ToString(), o.Sector.ToString(), o.Municipality, o.Phone, o.Email, o.Website))));
    }
}
