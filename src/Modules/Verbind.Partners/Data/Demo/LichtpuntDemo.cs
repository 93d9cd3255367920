using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using static Verbind.Partners.Data.Demo.DemoBuilder;

namespace Verbind.Partners.Data.Demo;

/// <summary>Sterrenkinderen Lichtpunt: a (fictional) NGO for parents of a baby that died around birth, with twelve invented municipalities.</summary>
internal static class LichtpuntDemo
{
    public static void Seed(DemoBuilder demo, Network network, DemoOrganisations zonnedal, DemoOrganisations wilgenbroek)
    {
        var lichtpunt = zonnedal["lichtpunt"];
        demo.Join(network, lichtpunt, MembershipRole.LeadOrganisation, new DateOnly(2024, 1, 1));
        demo.Join(network, zonnedal["gemeente"], MembershipRole.Municipality, new DateOnly(2024, 3, 1));
        demo.Join(network, wilgenbroek["gemeente"], MembershipRole.Municipality, new DateOnly(2024, 3, 1));
        string[] towns = ["Maanhove", "Dauwveld", "Nevelrode", "Berkenhoven", "Leeuwerikhout", "Vlasbeke", "Ooievaarsbroek", "Heidebloem", "Zilverbeek", "Klaverveld"];
        for (var i = 0; i < towns.Length; i++)
        {
            var postcode = (3900 + (i * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var municipality = demo.Organisation($"Gemeente {towns[i]}", OrganisationKind.Municipality, Sector.LocalGovernment,
                "Gemeenteplein 1", postcode, towns[i], Kbo(02080101 + i), null, $"{towns[i].ToLowerInvariant()}.example");
            demo.Join(network, municipality, MembershipRole.Municipality, new DateOnly(2024, 1 + (i % 6), 1));
            demo.Person(network, municipality, $"Contactpersoon {towns[i]}", "Ambtenaar welzijn", "sterrengemeente, lokale informatie", representative: true);
        }
        (string Name, string Function, string Expertise)[] team =
        [
            ("Annelies Verhaegen", "Hulpverlener", "perinatale rouw, chat, permanentie"),
            ("Bert Van Eeckhout", "Coördinator", "sterrengemeenten, financiering"),
            ("Lies Vercammen", "Supervisor hulpverleners", "supervisie, perinatale rouw"),
            ("Dorien Lemmens", "Vrijwillig hulpverlener", "chat, ervaringsdeskundigheid"),
        ];
        foreach (var (name, function, expertise) in team)
        {
            demo.Person(network, lichtpunt, name, function, expertise, representative: function == "Coördinator");
        }
        demo.Place(network, "Lichtpunt, ontmoetingsruimte", PlaceKind.MeetingPoint,
            new Address { Street = "Sterrenlaan 1", Postcode = "3999", Municipality = "Zonnedal" }, lichtpunt,
            "Gelijkvloers; een stille ruimte om even alleen te zijn.",
            Hours(DayOfWeek.Tuesday, "19:00", "21:30"), Hours(DayOfWeek.Saturday, "10:00", "12:00"));
    }
}
