using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Import;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.Export;

/// <summary>
/// The current network's organisations (with their membership here) and people, as rows in the import
/// layout. Each organisation shows its current membership: the one active today, else the latest.
/// </summary>
internal sealed class PartnerExport(AppDbContext db, TimeProvider clock)
{
    public async Task<List<string?[]>> OrganisationRowsAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Include(o => o.Memberships)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return organisations.Select(o => Row(o, CurrentMembership(o, today), person: null)).ToList();
    }

    public async Task<List<string?[]>> PeopleRowsAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Include(o => o.Memberships)
            .Include(o => o.People)
            .AsSplitQuery()
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return organisations
            .SelectMany(o => o.People.OrderBy(p => p.FullName, StringComparer.CurrentCultureIgnoreCase).Select(p => Row(o, CurrentMembership(o, today), p)))
            .ToList();
    }

    private static Membership? CurrentMembership(Organisation organisation, DateOnly today) =>
        organisation.Memberships.Where(m => m.IsActiveOn(today)).MaxBy(m => m.StartDate)
        ?? organisation.Memberships.MaxBy(m => m.StartDate);

    private static string?[] Row(Organisation organisation, Membership? membership, Person? person)
    {
        var row = new string?[ImportColumns.All.Count];
        void Set(ImportColumn column, string? value) => row[(int)column] = value;

        Set(ImportColumn.Organisation, organisation.Name);
        Set(ImportColumn.Kind, ImportVocabulary.Kinds.Word(organisation.Kind));
        Set(ImportColumn.Sector, ImportVocabulary.Sectors.Word(organisation.Sector));
        Set(ImportColumn.EnterpriseNumber, organisation.EnterpriseNumber?.Display);
        Set(ImportColumn.Street, organisation.Address.Street);
        Set(ImportColumn.Postcode, organisation.Address.Postcode);
        Set(ImportColumn.Municipality, organisation.Address.Municipality);
        Set(ImportColumn.Country, organisation.Address.CountryCode);
        Set(ImportColumn.Phone, organisation.Phone);
        Set(ImportColumn.Email, organisation.Email);
        Set(ImportColumn.Website, organisation.Website);
        if (membership is not null)
        {
            Set(ImportColumn.Role, ImportVocabulary.Roles.Word(membership.Role));
            Set(ImportColumn.StartDate, membership.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(ImportColumn.EndDate, membership.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (person is not null)
        {
            Set(ImportColumn.Person, person.FullName);
            Set(ImportColumn.Function, person.Function);
            Set(ImportColumn.Expertise, string.Join(", ", person.Expertise));
            Set(ImportColumn.PersonEmail, person.Email);
            Set(ImportColumn.PersonPhone, person.Phone);
        }
        return row;
    }
}
