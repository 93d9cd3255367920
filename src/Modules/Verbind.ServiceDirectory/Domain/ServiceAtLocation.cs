using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>A service given at a location (HSDS <c>service_at_location</c>).</summary>
public sealed class ServiceAtLocation : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public Service? Service { get; set; }
    public Guid LocationId { get; set; }
    public Location? Location { get; set; }
    public string? Description { get; set; }
}
