using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.Import;

/// <summary>One organisation of the file, by its index in the file, and the existing one it may duplicate.</summary>
internal sealed record PreviewItem(int Index, StagedOrganisation Organisation, DuplicateMatch? Match);

internal sealed record ImportPreview(PartnerImport Import, StagedFile File, IReadOnlyList<PreviewItem> Duplicates, IReadOnlyList<PreviewItem> New)
{
    public int PeopleInFile => File.Organisations.Sum(o => o.People.Count);
}

/// <summary>
/// What confirming an import would do, worked out again on every view: the existing organisations
/// can change while the preview waits.
/// </summary>
internal sealed class ImportPreviewQuery(AppDbContext db, DuplicateFinder duplicates)
{
    /// <returns>Null when this network has no such import (any more).</returns>
    public async Task<ImportPreview?> GetAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.Set<PartnerImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return null;
        }
        var file = StagedFile.FromJson(import.Content);
        var matches = await duplicates.FindAsync(file.Organisations, cancellationToken);
        var items = file.Organisations.Select((o, i) => new PreviewItem(i, o, matches.GetValueOrDefault(i))).ToList();
        return new ImportPreview(import, file, items.Where(i => i.Match is not null).ToList(), items.Where(i => i.Match is null).ToList());
    }
}
