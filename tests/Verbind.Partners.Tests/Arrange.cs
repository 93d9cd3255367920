using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

/// <summary>Partners records written straight into the database, for the "given" part of a test.</summary>
internal static class Arrange
{
    private static int _kbo = Random.Shared.Next(10_000_000, 19_000_000);

    /// <summary>A KBO number (starting with 1) no other test of this run uses, with valid check digits.</summary>
    public static string UniqueKbo()
    {
        var body = Interlocked.Increment(ref _kbo);
        return $"{body:D8}{97 - (body % 97):D2}";
    }

    public static async Task<Organisation> OrganisationAsync(
        this AppFactory app, Network network, string? name = null, MembershipRole role = MembershipRole.Partner,
        OrganisationKind kind = OrganisationKind.Ngo, Sector sector = Sector.Social, string? kbo = null,
        DateOnly? start = null, DateOnly? end = null)
    {
        EnterpriseNumber? number = null;
        if (kbo is not null && !EnterpriseNumber.TryParse(kbo, EnterpriseRegister.Kbo, out number, out _))
        {
            throw new ArgumentException("invalid test KBO", nameof(kbo));
        }
        var organisation = new Organisation
        {
            Name = name ?? $"Organisatie {Guid.NewGuid():N}"[..22], Kind = kind, Sector = sector, EnterpriseNumber = number,
            Address = new Address { Street = "Teststraat 1", Postcode = "3000", Municipality = "Testgem" },
        };
        await app.WithDbAsync(async db =>
        {
            db.Organisations.Add(organisation);
            db.Memberships.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = role, StartDate = start ?? new DateOnly(2024, 1, 1), EndDate = end });
            await db.SaveChangesAsync();
        });
        return organisation;
    }

    public static async Task JoinAsync(this AppFactory app, Network network, Organisation organisation, MembershipRole role = MembershipRole.Partner) =>
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { NetworkId = network.Id, OrganisationId = organisation.Id, Role = role, StartDate = new DateOnly(2024, 1, 1) });
            await db.SaveChangesAsync();
        });

    public static async Task<Person> PersonAsync(
        this AppFactory app, Network network, Organisation organisation, string? name = null, string expertise = "",
        string? email = null, Place? place = null, Guid? userId = null)
    {
        var person = new Person
        {
            NetworkId = network.Id, OrganisationId = organisation.Id, FullName = name ?? $"Persoon {Guid.NewGuid():N}"[..20],
            Function = "Medewerker", Expertise = ExpertiseTags.Parse(expertise), Email = email, PlaceId = place?.Id, UserId = userId,
        };
        await app.WithDbAsync(async db =>
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        });
        return person;
    }

    public static async Task<Place> PlaceAsync(this AppFactory app, Network network, string? name = null, Organisation? host = null)
    {
        var place = new Place
        {
            NetworkId = network.Id, Name = name ?? $"Plaats {Guid.NewGuid():N}"[..16], Kind = PlaceKind.MeetingPoint, HostOrganisationId = host?.Id,
            Hours = [new OpeningHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))],
        };
        await app.WithDbAsync(async db =>
        {
            db.Places.Add(place);
            await db.SaveChangesAsync();
        });
        return place;
    }

    public static async Task<(Network Network, TestClient Client, TestUser User)> SignedInAsync(this AppFactory app, NetworkRole role, Network? network = null)
    {
        network ??= await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, role);
        return (network, await app.SignInAsync(user), user);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<HttpResponseMessage> GetAsync(this TestClient client, string url) =>
        await client.Http.GetAsync(url, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PostJsonAsync(this TestClient client, string url, object body) =>
        await client.Http.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> SendJsonTextAsync(this TestClient client, HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        return await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
