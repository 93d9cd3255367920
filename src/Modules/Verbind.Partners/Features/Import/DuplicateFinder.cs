using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.Import;

internal enum MatchedBy
{
    EnterpriseNumber,
    NameAndPostcode,
}

/// <summary>An existing organisation that an organisation of the file is probably the same as.</summary>
internal sealed record DuplicateMatch(
    Guid OrganisationId, string Name, string? EnterpriseNumber, string? Postcode, string? Municipality, MatchedBy By, bool InThisNetwork);

/// <summary>
/// Finds the organisations of a file that already exist: by enterprise number anywhere on the platform
/// (an enterprise is one shared record), else by name and postcode among this network's organisations,
/// ignoring case, accents, spaces and punctuation.
/// </summary>
internal sealed class DuplicateFinder(AppDbContext db)
{
    /// <returns>Matches by the index of the organisation in <paramref name="organisations"/>.</returns>
    public async Task<Dictionary<int, DuplicateMatch>> FindAsync(IReadOnlyList<StagedOrganisation> organisations, CancellationToken cancellationToken)
    {
        var networkId = db.NetworkScope.Required.Id;
        var numbers = organisations.Where(o => o.EnterpriseNumber is not null).Select(o => EnterpriseNumber.FromStorage(o.EnterpriseNumber!)).ToList();
        var byNumber = new Dictionary<string, DuplicateMatch>(StringComparer.Ordinal);
        // Chunks keep the parameter list of one query small on both providers.
        foreach (var chunk in numbers.Chunk(500))
        {
            var found = await db.Set<Organisation>().IgnoreQueryFilters().AsNoTracking()
                .Where(o => chunk.Contains(o.EnterpriseNumber!))
                .Select(o => new { o.Id, o.Name, o.EnterpriseNumber, o.Address.Postcode, o.Address.Municipality, InThisNetwork = o.Memberships.Any(m => m.NetworkId == networkId) })
                .ToListAsync(cancellationToken);
            foreach (var o in found)
            {
                byNumber[o.EnterpriseNumber!.ToStorage()] = new DuplicateMatch(o.Id, o.Name, o.EnterpriseNumber.Display, o.Postcode, o.Municipality, MatchedBy.EnterpriseNumber, o.InThisNetwork);
            }
        }

        var inNetwork = await db.Set<Organisation>().AsNoTracking()
            .OrderBy(o => o.CreatedAt)
            .Select(o => new { o.Id, o.Name, o.EnterpriseNumber, o.Address.Postcode, o.Address.Municipality })
            .ToListAsync(cancellationToken);
        var byNameAndPostcode = inNetwork
            .GroupBy(o => TextKey.NameAndPostcode(o.Name, o.Postcode))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var matches = new Dictionary<int, DuplicateMatch>();
        for (var i = 0; i < organisations.Count; i++)
        {
            var staged = organisations[i];
            if (staged.EnterpriseNumber is not null && byNumber.TryGetValue(staged.EnterpriseNumber, out var sameNumber))
            {
                matches[i] = sameNumber;
            }
            else if (byNameAndPostcode.TryGetValue(TextKey.NameAndPostcode(staged.Name, staged.Postcode), out var same))
            {
                matches[i] = new DuplicateMatch(same.Id, same.Name, same.EnterpriseNumber?.Display, same.Postcode, same.Municipality, MatchedBy.NameAndPostcode, InThisNetwork: true);
            }
        }
        return matches;
    }
}
