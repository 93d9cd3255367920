using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Partners.Data;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.LinkPersonAccount;

/// <summary>
/// Links by e-mail on demand, within the current network (the context's filter keeps it there). Only a
/// confirmed address counts, so nobody claims a person by registering someone else's address.
/// </summary>
internal sealed class PersonAccountLinker(AppDbContext db, TimeProvider clock) : IPersonAccountLinker
{
    public async Task<int> LinkAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (db.NetworkScope.NetworkId is null)
        {
            return 0;
        }
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.EmailConfirmed })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is not { EmailConfirmed: true, Email: { Length: > 0 } email })
        {
            return 0;
        }
        var normalised = email.Trim().ToLowerInvariant();
        var people = await db.People.Where(p => p.Email == normalised && p.UserId == null).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            person.UserId = userId;
            person.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return people.Count;
    }
}
