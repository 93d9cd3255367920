using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.Import;

/// <summary>Drops a staged import of this network without writing anything else.</summary>
internal sealed class CancelImport(AppDbContext db)
{
    /// <returns>False when this network has no such import.</returns>
    public async Task<bool> HandleAsync(Guid importId, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<PartnerImport>().Where(i => i.Id == importId).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }
}
