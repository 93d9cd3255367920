namespace Verbind.ServiceDirectory.Features.Geo;

/// <summary>A point in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle distance in kilometres (haversine): accurate to metres at the distances a parent travels.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
                + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180 && double.IsFinite(Latitude) && double.IsFinite(Longitude);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>A place of the gazetteer: one postcode and one of its place names.</summary>
public sealed record GeoPlace(string CountryCode, string Postcode, string Name, GeoPoint Point);
