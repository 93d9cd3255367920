using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;

namespace Verbind.Platform.Modules;

/// <summary>
/// A module's part of the one AppDbContext model: its entity configurations and tables
/// (named <c>&lt;module&gt;_&lt;entity&gt;</c>). Registered in DI by the module.
/// </summary>
public interface IModelContribution
{
    void Configure(ModelBuilder modelBuilder, AppDbContext context);
}
