using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.PersonalCodes;

/// <summary>
/// Personal codes: random, kept only as a keyed hash with the counsellor they point to. A code tells
/// nothing about the parent, their chats or the counsellor; it only steers the next chat's assignment.
/// </summary>
public sealed class PersonalCodeBook(AppDbContext db, TimeProvider clock)
{
    /// <summary>The counsellor a code points to, or null for an unknown or malformed code; a known code's use is noted.</summary>
    public async Task<Guid?> CounsellorAsync(NetworkHelpline helpline, string code, CancellationToken cancellationToken)
    {
        var normalised = Secrets.NormaliseCode(code);
        if (normalised.Length != Secrets.CodeLength)
        {
            return null;
        }
        var hash = Secrets.KeyedHash(normalised, helpline.HashKey);
        var found = await db.Set<PersonalCode>().FirstOrDefaultAsync(c => c.HelplineId == helpline.Id && c.CodeHash == hash, cancellationToken);
        if (found is null)
        {
            return null;
        }
        found.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return found.CounsellorId;
    }

    /// <summary>A new code for <paramref name="counsellorId"/>; only the caller ever sees it.</summary>
    public async Task<string> IssueAsync(NetworkHelpline helpline, Guid counsellorId, CancellationToken cancellationToken)
    {
        var code = Secrets.NewCode();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PersonalCode
        {
            NetworkId = helpline.NetworkId,
            HelplineId = helpline.Id,
            CodeHash = Secrets.KeyedHash(Secrets.NormaliseCode(code), helpline.HashKey),
            CounsellorId = counsellorId,
            CreatedAt = now,
            LastUsedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }
}
