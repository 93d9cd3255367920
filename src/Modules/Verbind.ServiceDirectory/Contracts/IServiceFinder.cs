namespace Verbind.ServiceDirectory.Contracts;

/// <summary>A published service as another module (the Helpline) shows it to a parent: with its public page.</summary>
public sealed record FoundService(Guid Id, string Name, string? OrganisationName, string? Municipality, double? DistanceKm, string PublicUrl);

/// <summary>
/// What other modules may ask of the Directory's search: the published (active) services of one network.
/// The network is a parameter, never the caller's ambient scope, so a module acting for one network (a
/// helpline referring a parent) can only ever see and hand out that network's services.
/// </summary>
public interface IServiceFinder
{
    /// <summary>
    /// The best matches for <paramref name="text"/> (any words; empty for all) near <paramref name="postcodeOrPlace"/>
    /// ("3000", "Leuven"; unknown or empty means anywhere), nearest first among equally good ones.
    /// </summary>
    Task<IReadOnlyList<FoundService>> FindAsync(Guid networkId, string? text, string? postcodeOrPlace, int max, CancellationToken cancellationToken);

    /// <summary>The published service <paramref name="serviceId"/> of the network, or null (unknown, inactive, or another network's).</summary>
    Task<FoundService?> FindByIdAsync(Guid networkId, Guid serviceId, CancellationToken cancellationToken);
}
