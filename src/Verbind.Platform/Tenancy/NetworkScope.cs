namespace Verbind.Platform.Tenancy;

/// <summary>
/// The network a request (or a background job) works in. Set once per scope by
/// <see cref="NetworkResolutionMiddleware"/> after the caller's membership was checked.
/// </summary>
public sealed class NetworkScope
{
    public Network? Network { get; private set; }

    public Guid? NetworkId => Network?.Id;

    /// <summary>The caller's role in <see cref="Network"/>; null for platform administrators who are not members.</summary>
    public NetworkRole? Role { get; private set; }

    /// <summary>True only for platform-wide work: seeding, platform administration, system jobs.</summary>
    public bool AllNetworks { get; private set; }

    public void Enter(Network network, NetworkRole? role)
    {
        if (Network is not null && Network.Id != network.Id)
        {
            throw new InvalidOperationException("A scope works in one network only.");
        }
        Network = network;
        Role = role;
    }

    public void EnterAllNetworks() => AllNetworks = true;

    public Network Required => Network ?? throw new InvalidOperationException("No network in this scope.");
}
