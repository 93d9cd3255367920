using System.Globalization;
using System.Text;

namespace Verbind.ServiceDirectory.Features.Geo;

/// <summary>
/// Resolves Belgian and Dutch postcodes and place names to a point, from the CSV embedded in the module
/// (see Data/Geo/README.md). Read once; lookups are dictionary reads. Nothing calls an outside service.
/// </summary>
public sealed class Gazetteer
{
    public const string Attribution = "Postcodes: GeoNames (www.geonames.org) en bpost, CC BY 4.0.";

    private readonly Dictionary<string, List<GeoPlace>> _byPostcode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<GeoPlace>> _byName = new(StringComparer.Ordinal);

    public Gazetteer() : this(OpenEmbedded())
    {
    }

    internal Gazetteer(TextReader csv)
    {
        csv.ReadLine(); // header
        while (csv.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (fields.Length != 5
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                continue;
            }
            var place = new GeoPlace(fields[0], fields[1], fields[2], new GeoPoint(latitude, longitude));
            Add(_byPostcode, Key(place.CountryCode, place.Postcode), place);
            Add(_byPostcode, place.Postcode, place);
            Add(_byName, Fold(place.Name), place);
        }
        Places = _byPostcode.Where(p => p.Key.Contains(':', StringComparison.Ordinal)).SelectMany(p => p.Value).ToList();
    }

    /// <summary>Every row of the gazetteer.</summary>
    public IReadOnlyList<GeoPlace> Places { get; }

    /// <summary>The places of a postcode ("3000", "1012"), in one country when given; empty when unknown.</summary>
    public IReadOnlyList<GeoPlace> ByPostcode(string postcode, string? countryCode = null)
    {
        var key = countryCode is null ? postcode.Trim() : Key(countryCode, postcode.Trim());
        return _byPostcode.TryGetValue(key, out var places) ? places : [];
    }

    /// <summary>The places with this name, case and accents ignored ("leuven", "Liège"); empty when unknown.</summary>
    public IReadOnlyList<GeoPlace> ByName(string name) =>
        _byName.TryGetValue(Fold(name), out var places) ? places : [];

    /// <summary>A postcode or a place name as a parent types it ("3000", "Leuven", "3000 Leuven", "NL 1012").</summary>
    public GeoPlace? Resolve(string? text, string? countryCode = null)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }
        var trimmed = text.Trim();
        var postcode = new string(trimmed.TakeWhile(char.IsAsciiDigit).ToArray());
        if (postcode.Length == 4)
        {
            var places = ByPostcode(postcode, countryCode);
            var rest = trimmed[4..].Trim();
            return places.FirstOrDefault(p => rest.Length > 0 && Fold(p.Name) == Fold(rest)) ?? (places.Count > 0 ? places[0] : null);
        }
        return ByName(trimmed).FirstOrDefault(p => countryCode is null || p.CountryCode == countryCode);
    }

    /// <summary>Lower case without accents or punctuation, so "Sint-Truiden" finds "sint truiden".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }

    private static string Key(string countryCode, string postcode) => countryCode.ToUpperInvariant() + ":" + postcode;

    private static void Add(Dictionary<string, List<GeoPlace>> index, string key, GeoPlace place)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(place);
    }

    private static StreamReader OpenEmbedded() =>
        new(typeof(Gazetteer).Assembly.GetManifestResourceStream("Verbind.ServiceDirectory.postcodes.csv")
            ?? throw new InvalidOperationException("postcodes.csv is not embedded in the module."), Encoding.UTF8);
}
