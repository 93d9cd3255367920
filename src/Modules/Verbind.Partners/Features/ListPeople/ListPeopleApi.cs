using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Localisation;

namespace Verbind.Partners.Features.ListPeople;

/// <summary>GET /api/netwerken/{network}/personen?q=&amp;organisation=&amp;page=</summary>
internal static class ListPeopleApi
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/personen", HandleAsync).WithName("ListPeople");

    private static async Task<Results<Ok<PageJson<PersonRow>>, ValidationProblem>> HandleAsync(
        string? q, Guid? organisation, int? page, ListPeople list, IStringLocalizer<PartnersText> localizer, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var filter = new PeopleFilter(ApiChecks.Query(errors, q), organisation, ApiChecks.Page(errors, page));
        if (errors.Count > 0)
        {
            return ApiChecks.Problem(errors, localizer);
        }
        var result = await list.HandleAsync(filter, cancellationToken);
        return TypedResults.Ok(PageJson.From(result, row => row));
    }
}
