namespace Verbind.Platform.Tenancy;

/// <summary>
/// A record that belongs to exactly one network. The AppDbContext filters every query on it to the
/// current network and refuses to save it into another network.
/// </summary>
public interface INetworkOwned
{
    Guid NetworkId { get; set; }
}
