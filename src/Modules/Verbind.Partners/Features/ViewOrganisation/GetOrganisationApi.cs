using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verbind.Partners.Features.Common;

namespace Verbind.Partners.Features.ViewOrganisation;

/// <summary>GET /api/netwerken/{network}/organisaties/{id}: 404 when the organisation is not in this network.</summary>
internal static class GetOrganisationApi
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/organisaties/{id}", HandleAsync).WithName("GetOrganisation");

    private static async Task<Results<Ok<OrganisationJson>, NotFound>> HandleAsync(Guid id, OrganisationDetails details, CancellationToken cancellationToken) =>
        await details.HandleAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(OrganisationJson.From(detail)) : TypedResults.NotFound();
}

public sealed record OrganisationJson(
    Guid Id, string Name, string Kind, string Sector, string? EnterpriseNumber, string? Register, AddressJson Address,
    string? Phone, string? Email, string? Website, IReadOnlyList<MembershipJson> Memberships, IReadOnlyList<PersonSummary> People)
{
    public static OrganisationJson From(OrganisationDetail detail)
    {
        var o = detail.Organisation;
        return new OrganisationJson(
            o.Id, o.Name, o.Kind.ToString(), o.Sector.ToString(), o.EnterpriseNumber?.Display, o.EnterpriseNumber?.Register.ToString().ToUpperInvariant(),
            AddressJson.From(o.Address), o.Phone, o.Email, o.Website,
            detail.History.Select(m => new MembershipJson(m.Role.ToString(), m.StartDate, m.EndDate)).ToList(),
            detail.People);
    }
}

public sealed record MembershipJson(string Role, DateOnly StartDate, DateOnly? EndDate);
