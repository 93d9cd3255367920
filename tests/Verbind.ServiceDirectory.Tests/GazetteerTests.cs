using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Tests;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = new();

    [Fact]
    public void Ships_the_Belgian_and_Dutch_postcodes()
    {
        Assert.InRange(Gazetteer.Places.Count(p => p.CountryCode == "BE"), 2900, 3000);
        Assert.InRange(Gazetteer.Places.Count(p => p.CountryCode == "NL"), 4300, 4400);
    }

    [Theory]
    [InlineData("3000", "Leuven")]
    [InlineData("leuven", "Leuven")]
    [InlineData("  LEUVEN ", "Leuven")]
    [InlineData("3000 Leuven", "Leuven")]
    public void Resolves_a_postcode_or_a_place_name(string text, string place) =>
        Assert.Equal(place, Gazetteer.Resolve(text, "BE")?.Name);

    [Theory]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("99999")]
    [InlineData("Atlantis")]
    public void Resolves_nothing_for_an_unknown_or_hostile_text(string text) => Assert.Null(Gazetteer.Resolve(text));

    [Fact]
    public void Resolves_nothing_for_a_very_long_text() => Assert.Null(Gazetteer.Resolve(new string('3', 10_000)));

    [Fact]
    public void Measures_the_distance_between_two_places_in_kilometres()
    {
        var leuven = Gazetteer.Resolve("Leuven", "BE")!.Point;
        var brussels = Gazetteer.Resolve("1000", "BE")!.Point;

        Assert.InRange(leuven.DistanceKmTo(brussels), 20, 30);
        Assert.Equal(0, leuven.DistanceKmTo(leuven), 6);
    }
}
