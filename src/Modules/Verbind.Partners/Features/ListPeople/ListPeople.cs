using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ListPeople;

public sealed record PeopleFilter(string? Query = null, Guid? OrganisationId = null, int Page = 1);

public sealed record PersonRow(
    Guid Id, string FullName, string? Function, IReadOnlyList<string> Expertise, string? Email, string? Phone, bool IsRepresentative,
    Guid OrganisationId, string OrganisationName, Guid? PlaceId, string? PlaceName);

/// <summary>The people of the current network, searchable by name, function, expertise and organisation.</summary>
public sealed class ListPeople(AppDbContext db)
{
    public async Task<Paged<PersonRow>> HandleAsync(PeopleFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var people = db.People.AsQueryable();
        if (filter.OrganisationId is { } organisationId)
        {
            people = people.Where(p => p.OrganisationId == organisationId);
        }
        foreach (var term in SearchText.Terms(filter.Query))
        {
            people = people.Where(p => p.SearchText.Contains(term) || p.Organisation!.SearchText.Contains(term));
        }
        var total = await people.CountAsync(cancellationToken);
        var items = await people
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((filter.Page - 1) * pageSize).Take(pageSize)
            .Select(p => new PersonRow(
                p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.IsRepresentative,
                p.OrganisationId, p.Organisation!.Name, p.PlaceId, p.Place != null ? p.Place.Name : null))
            .ToListAsync(cancellationToken);
        return new Paged<PersonRow>(items, filter.Page, pageSize, total);
    }
}
