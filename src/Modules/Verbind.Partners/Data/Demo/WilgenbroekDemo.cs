using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using static Verbind.Partners.Data.Demo.DemoBuilder;
using static Verbind.Partners.Domain.MembershipRole;
using static Verbind.Partners.Domain.OrganisationKind;

namespace Verbind.Partners.Data.Demo;

/// <summary>Eerstelijnszone Wilgenbroek: an invented primary care zone; some partners are shared with Zonnedal.</summary>
internal static class WilgenbroekDemo
{
    public static DemoOrganisations Seed(DemoBuilder demo, Network network, DemoOrganisations zonnedal)
    {
        var start = new DateOnly(2025, 1, 1);
        var o = new DemoOrganisations();
        void Add(string key, string name, OrganisationKind kind, Sector sector, string street, int kbo, string domain, MembershipRole role)
        {
            o[key] = demo.Organisation(name, kind, sector, street, "3998", "Wilgenbroek", Kbo(kbo), "+32 14 66 " + (10 + o.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 00", domain);
            demo.Join(network, o[key], role, start);
        }

        Add("zorgraad", "Zorgraad Eerstelijnszone Wilgenbroek", CareZone, Sector.Medical, "Wilgenlaan 1", 02090101, "elz-wilgenbroek.example", LeadOrganisation);
        Add("gemeente", "Gemeente Wilgenbroek", OrganisationKind.Municipality, Sector.LocalGovernment, "Dorpsplein 1", 02090102, "wilgenbroek.example", MembershipRole.Municipality);
        Add("ocmw", "OCMW Wilgenbroek", PublicCentreForSocialWelfare, Sector.Social, "Dorpsplein 3", 02090103, "ocmw-wilgenbroek.example", CorePartner);
        Add("kring", "Huisartsenkring Wilgenbroek", GeneralPractice, Sector.Medical, "Wilgenlaan 9", 02090104, "hak-wilgenbroek.example", CorePartner);
        Add("thuiszorg", "Thuisverpleging De Zorgzame Hand", Other, Sector.Medical, "Handstraat 4", 02090105, "zorgzamehand.example", Partner);
        Add("apotheek", "Apotheek Wilgenhof", Other, Sector.Medical, "Wilgenhof 2", 02090106, "apotheek-wilgenhof.example", Partner);
        // Shared with Huis van het Kind Zonnedal: one organisation, a membership in each network.
        demo.Join(network, zonnedal["caw"], CorePartner, start);
        demo.Join(network, zonnedal["linde"], Partner, start);
        demo.Join(network, zonnedal["zorgzaam"], Partner, start);

        (Domain.Organisation Org, string Name, string Function, string Expertise, bool Rep)[] people =
        [
            (o["zorgraad"], "Dr. Geert Vanhoutte", "Voorzitter zorgraad", "eerstelijnszorg, geïntegreerde zorg", true),
            (o["zorgraad"], "Kathleen Deprez", "Stafmedewerker", "eerste 1000 dagen, actiefiches", false),
            (o["gemeente"], "Mieke Raes", "Schepen van Welzijn", "lokaal sociaal beleid", true),
            (o["ocmw"], "Hasan Kaya", "Maatschappelijk werker", "sociale grondrechten, kansarmoede", true),
            (o["kring"], "Dr. Evelien Borms", "Huisarts", "zwangerschapsopvolging, preventie", true),
            (o["thuiszorg"], "Ann-Sophie Ver Eecke", "Thuisverpleegkundige", "wondzorg, kraamzorg thuis", true),
            (o["apotheek"], "Frederik Smolders", "Apotheker", "medicatie bij zwangerschap en borstvoeding", true),
            (zonnedal["caw"], "Tom Jacobs", "Onthaalmedewerker", "algemeen welzijn, relaties", true),
            (zonnedal["linde"], "Marieke Goossens", "Vroedvrouw", "borstvoeding, perinatale rouw", true),
            (zonnedal["zorgzaam"], "Veerle Smets", "Sociaal werker ziekenfonds", "terugbetaling, moederschapsrust", true),
        ];
        foreach (var (org, name, function, expertise, rep) in people)
        {
            demo.Person(network, org, name, function, expertise, rep);
        }
        demo.Place(network, "Zorgpunt Wilgenbroek", PlaceKind.Office,
            new Address { Street = "Wilgenlaan 1", Postcode = "3998", Municipality = "Wilgenbroek" }, o["zorgraad"],
            "Rolstoeltoegankelijk; aangepast toilet.",
            Hours(DayOfWeek.Monday, "09:00", "16:00"), Hours(DayOfWeek.Thursday, "09:00", "16:00"));
        return o;
    }
}
