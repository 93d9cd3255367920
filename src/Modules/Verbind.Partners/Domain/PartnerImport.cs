using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Domain;

/// <summary>
/// An uploaded import file, parsed and waiting for the coordinator's confirmation. Nothing of it is in
/// the partner tables yet. Removed when confirmed or cancelled; expired ones are removed on the next upload.
/// </summary>
public sealed class PartnerImport : Entity, INetworkOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public Guid NetworkId { get; set; }
    public Guid? UploadedBy { get; set; }
    public required string FileName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>The parsed rows and their problems, as JSON (the import feature's own format).</summary>
    public required string Content { get; set; }

    public bool IsExpiredAt(DateTime now) => now >= ExpiresAt;
}
