using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;

namespace Verbind.ServiceDirectory.Data;

/// <summary>The Directory tables (directory_*) in the shared AppDbContext.</summary>
internal sealed class ServiceDirectoryModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
    }
}
