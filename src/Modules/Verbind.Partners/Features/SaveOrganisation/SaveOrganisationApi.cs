using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Features.ViewOrganisation;
using Verbind.Partners.Localisation;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.SaveOrganisation;

/// <summary>
/// POST /api/netwerken/{network}/organisaties and PUT .../organisaties/{id}, for coordinators. The body
/// is an <see cref="OrganisationInput"/>; problems come back as a validation problem with field errors.
/// </summary>
internal static class SaveOrganisationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/organisaties", CreateAsync).RequireAuthorization(NetworkPolicies.Coordinator).WithName("CreateOrganisation");
        api.MapPut("/organisaties/{id}", UpdateAsync).RequireAuthorization(NetworkPolicies.Coordinator).WithName("UpdateOrganisation");
    }

    public sealed record CreatedJson(OrganisationJson Organisation, bool LinkedExisting);

    private static async Task<Results<Created<CreatedJson>, ValidationProblem>> CreateAsync(
        OrganisationInput input, string network, SaveOrganisation save, OrganisationDetails details,
        IStringLocalizer<PartnersText> localizer, CancellationToken cancellationToken)
    {
        var outcome = await save.CreateAsync(input, cancellationToken);
        if (!outcome.Succeeded)
        {
            return ApiChecks.Problem(outcome.Errors, localizer);
        }
        var detail = await details.HandleAsync(outcome.Id!.Value, cancellationToken);
        return TypedResults.Created($"/api/netwerken/{network}/organisaties/{outcome.Id}", new CreatedJson(OrganisationJson.From(detail!), outcome.LinkedExisting));
    }

    private static async Task<Results<Ok<OrganisationJson>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, OrganisationInput input, SaveOrganisation save, OrganisationDetails details,
        IStringLocalizer<PartnersText> localizer, CancellationToken cancellationToken)
    {
        var outcome = await save.UpdateAsync(id, input, cancellationToken);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }
        if (!outcome.Succeeded)
        {
            return ApiChecks.Problem(outcome.Errors, localizer);
        }
        return TypedResults.Ok(OrganisationJson.From((await details.HandleAsync(id, cancellationToken))!));
    }
}
