using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>
/// An uploaded HSDS file, checked and waiting for the coordinator's confirmation: nothing of it is in
/// the directory tables yet. Removed when confirmed or cancelled; expired ones go on the next upload.
/// </summary>
public sealed class StagedHsdsImport : Entity, INetworkOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public Guid NetworkId { get; set; }
    public Guid? UploadedBy { get; set; }
    public required string FileName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>The checked services and every problem found, as JSON (<see cref="ImportReport"/>).</summary>
    public required string Content { get; set; }
}

/// <summary>The staging table directory_hsds_imports.</summary>
internal sealed class HsdsImportModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<StagedHsdsImport>(import =>
        {
            import.ToTable("directory_hsds_imports");
            import.Property(i => i.FileName).HasMaxLength(260);
            import.HasIndex(i => i.NetworkId);
            import.HasIndex(i => i.ExpiresAt);
            import.HasOne<Network>().WithMany().HasForeignKey(i => i.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
