using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Data;

/// <summary>The staging table of imports waiting for confirmation (partners_imports).</summary>
internal sealed class ImportModel : IModelContribution
{
    public void Configure(ModelBuilder modelBuilder, AppDbContext context)
    {
        modelBuilder.Entity<PartnerImport>(import =>
        {
            import.ToTable("partners_imports");
            import.Property(i => i.FileName).HasMaxLength(260);
            import.HasIndex(i => i.NetworkId);
            import.HasIndex(i => i.ExpiresAt);
            import.HasOne<Network>().WithMany().HasForeignKey(i => i.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
