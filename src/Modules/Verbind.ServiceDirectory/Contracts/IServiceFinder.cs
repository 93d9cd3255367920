namespace Verbind.ServiceDirectory.Contracts;

/// <summary>A published service as another module (the Helpline) shows it to a parent: with its public page.</summary>
public sealed record FoundService(Guid Id, string Name, string? OrganisationName, string? Municipality, double? DistanceKm, string PublicUrl);

/// <summary>What other modules may ask of the Directory's search: services by words and a postcode or place.</summary>
public interface IServiceFinder
{
    /// <summary>
    /// The best matches for <paramref name="text"/> (any words; empty for all) near <paramref name="postcodeOrPlace"/>
    /// ("3000", "Leuven"; unknown or empty means anywhere), nearest first among equally good ones.
    /// </summary>
    Task<IReadOnlyList<FoundService>> FindAsync(string? text, string? postcodeOrPlace, int max, CancellationToken cancellationToken);
}
