using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;

namespace Verbind.Agreements.Data;

/// <summary>The Agreements tables (agreements_*) in the shared AppDbContext.</summary>
internal sealed class AgreementsModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
    }
}
