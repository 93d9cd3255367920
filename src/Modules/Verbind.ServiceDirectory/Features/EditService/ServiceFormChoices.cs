using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Owners;

namespace Verbind.ServiceDirectory.Features.EditService;

/// <summary>What the service form offers to choose from: the organisations the user may edit for, the terms, the locations.</summary>
public sealed record ServiceFormChoices(
    IReadOnlyList<(string Value, string Text)> Organisations,
    IReadOnlyList<Taxonomy> Taxonomies,
    IReadOnlyList<(string Value, string Text)> Locations)
{
    public static async Task<ServiceFormChoices> LoadAsync(AppDbContext db, IPartnerDirectory partners, DirectoryAccess access, Guid? currentOrganisation, CancellationToken cancellationToken)
    {
        var own = await access.EditableOrganisationsAsync(cancellationToken);
        var organisations = (await partners.ActivePartnersAsync(cancellationToken)).Where(p => own is null || own.Contains(p.Id)).ToList();
        if (currentOrganisation is { } current && organisations.All(p => p.Id != current))
        {
            organisations.AddRange(await partners.FindAsync([current], cancellationToken));
        }
        var taxonomies = await db.Taxonomies.AsNoTracking().Include(t => t.Terms).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new { l.Id, l.Name, l.Municipality }).Take(1000).ToListAsync(cancellationToken);
        return new ServiceFormChoices(
            organisations.Select(o => (o.Id.ToString(), o.Name)).ToList(),
            taxonomies,
            locations.Select(l => (l.Id.ToString(), l.Municipality is null ? l.Name : $"{l.Name} ({l.Municipality})")).ToList());
    }
}
