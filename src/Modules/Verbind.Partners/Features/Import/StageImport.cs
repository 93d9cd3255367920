using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.Import;

/// <summary>Reads an uploaded file and keeps what it holds in a <see cref="PartnerImport"/> until the coordinator decides.</summary>
internal sealed class StageImport(AppDbContext db, TimeProvider clock, ICurrentActor actor)
{
    public async Task<(Guid? ImportId, ImportRefusal? Refusal)> HandleAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var read = ImportFileReader.Read(content);
        if (read.Refusal is { } refusal)
        {
            return (null, refusal);
        }
        var network = db.NetworkScope.Required;
        var staged = ImportRowParser.Parse(read.Table!, network.Country == Country.Netherlands ? "NL" : "BE");
        var now = clock.GetUtcNow().UtcDateTime;

        // Expired previews hold personal data nobody will confirm any more: clear them, in every network.
        await db.Set<PartnerImport>().IgnoreQueryFilters().Where(i => i.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

        var import = new PartnerImport
        {
            NetworkId = network.Id,
            UploadedBy = actor.UserId,
            FileName = CleanFileName(fileName),
            CreatedAt = now,
            ExpiresAt = now + PartnerImport.Lifetime,
            Content = staged.ToJson(),
        };
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return (import.Id, null);
    }

    /// <summary>The name without a folder or control characters, at most 100 characters, for display only.</summary>
    internal static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > 100)
        {
            name = name[..100];
        }
        return name.Length == 0 ? "import" : name;
    }
}
