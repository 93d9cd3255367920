using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>The search index's change log (directory_search_changes): not network-owned, read by every instance.</summary>
internal sealed class SearchIndexModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<SearchIndexChange>(change =>
        {
            change.ToTable("directory_search_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedOnAdd();
            change.HasIndex(c => c.ChangedAt);
        });
    }
}
