using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;

namespace Verbind.Helpline.Data;

/// <summary>The Helpline tables (helpline_*) in the shared AppDbContext.</summary>
internal sealed class HelplineModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
    }
}
