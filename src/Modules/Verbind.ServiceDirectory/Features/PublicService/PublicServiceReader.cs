using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.PublicService;

/// <summary>An active service with everything its public page shows, and its organisation.</summary>
internal sealed record PublicServiceView(Service Service, PartnerSummary? Organisation, string? QuestionRecipient);

/// <summary>Reads an active service of any network for the public page; null when unknown or not active.</summary>
internal sealed class PublicServiceReader(AppDbContext db, NetworkScope scope, IPartnerDirectory partners, TimeProvider clock)
{
    public async Task<PublicServiceView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (scope.NetworkId is null)
        {
            scope.EnterAllNetworks();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var service = await db.Services.AsNoTracking().AsSplitQuery()
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Schedules)
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.SpecialDays)
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Phones)
            .Include(s => s.Schedules)
            .Include(s => s.Phones)
            .Include(s => s.Contacts)
            .Include(s => s.CostOptions)
            .Include(s => s.RequiredDocuments)
            .Include(s => s.Events.Where(e => e.EndsAt >= now).OrderBy(e => e.StartsAt).Take(5))
            .Include(s => s.Terms).ThenInclude(t => t.Term!).ThenInclude(t => t.Taxonomy)
            .FirstOrDefaultAsync(s => s.Id == id && s.Status == ServiceStatus.Active, cancellationToken);
        if (service is null)
        {
            return null;
        }
        var organisation = await partners.FindAsync([service.OrganisationId], cancellationToken) is [var first, ..] ? first : null;
        var recipient = service.Contacts.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Email))?.Email ?? service.Email;
        return new PublicServiceView(service, organisation, string.IsNullOrWhiteSpace(recipient) ? null : recipient.Trim());
    }
}
