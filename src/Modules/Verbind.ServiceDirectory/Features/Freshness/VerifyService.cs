using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Features.Owners;

namespace Verbind.ServiceDirectory.Features.Freshness;

/// <summary>"Verified today": someone who may edit the service confirms its record is right as it stands.</summary>
public sealed class VerifyService(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public enum Outcome
    {
        Verified,
        NotFound,
        Forbidden,
    }

    public async Task<Outcome> VerifyAsync(Guid serviceId, string? assurerEmail, CancellationToken cancellationToken)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return Outcome.NotFound;
        }
        if (!await access.CanEditAsync(service.OrganisationId, cancellationToken))
        {
            return Outcome.Forbidden;
        }
        service.LastVerifiedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        service.AssurerEmail = assurerEmail is { Length: <= 256 } ? assurerEmail : null;
        service.StaleReminderSentAt = null;
        service.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Verified;
    }
}
