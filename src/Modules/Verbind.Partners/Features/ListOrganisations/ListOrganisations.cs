using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ListOrganisations;

/// <summary>What the organisations list filters on; every value comes from a query string and is checked.</summary>
public sealed record OrganisationFilter(
    string? Query = null, OrganisationKind? Kind = null, Sector? Sector = null, MembershipRole? Role = null,
    MembershipStatus Status = MembershipStatus.Active, int Page = 1)
{
    public static OrganisationFilter From(string? q, string? kind, string? sector, string? role, string? status, string? page) => new(
        q?.Trim() is { Length: > 0 and <= 200 } query ? query : null,
        Parse<OrganisationKind>(kind), Parse<Sector>(sector), Parse<MembershipRole>(role),
        Parse<MembershipStatus>(status) ?? MembershipStatus.Active,
        Paging.PageFrom(page));

    public static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;
}

public enum MembershipStatus
{
    Active,
    Ended,
    All,
}

public sealed record OrganisationRow(
    Guid Id, string Name, OrganisationKind Kind, Sector Sector, string? Municipality,
    MembershipRole Role, DateOnly StartDate, DateOnly? EndDate, bool IsActive);

/// <summary>
/// The organisations of the current network with their latest membership there. Starts from the
/// memberships (indexed by network), so a network's list does not scan the platform's organisations.
/// </summary>
public sealed class ListOrganisations(AppDbContext db, TimeProvider clock)
{
    public async Task<Paged<OrganisationRow>> HandleAsync(OrganisationFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var today = clock.Today();
        var memberships = db.Memberships;
        var latest = memberships.Where(m => !memberships.Any(later => later.OrganisationId == m.OrganisationId && later.StartDate > m.StartDate));
        latest = filter.Status switch
        {
            MembershipStatus.Active => latest.Where(m => m.EndDate == null || m.EndDate >= today),
            MembershipStatus.Ended => latest.Where(m => m.EndDate != null && m.EndDate < today),
            _ => latest,
        };
        if (filter.Role is { } role)
        {
            latest = latest.Where(m => m.Role == role);
        }
        if (filter.Kind is { } kind)
        {
            latest = latest.Where(m => m.Organisation!.Kind == kind);
        }
        if (filter.Sector is { } sector)
        {
            latest = latest.Where(m => m.Organisation!.Sector == sector);
        }
        foreach (var term in SearchText.Terms(filter.Query))
        {
            latest = latest.Where(m => m.Organisation!.SearchText.Contains(term));
        }
        var total = await latest.CountAsync(cancellationToken);
        var items = await latest
            .OrderBy(m => m.Organisation!.Name).ThenBy(m => m.OrganisationId)
            .Skip((filter.Page - 1) * pageSize).Take(pageSize)
            .Select(m => new OrganisationRow(
                m.OrganisationId, m.Organisation!.Name, m.Organisation.Kind, m.Organisation.Sector, m.Organisation.Address.Municipality,
                m.Role, m.StartDate, m.EndDate, m.EndDate == null || m.EndDate >= today))
            .ToListAsync(cancellationToken);
        return new Paged<OrganisationRow>(items, filter.Page, pageSize, total);
    }
}
