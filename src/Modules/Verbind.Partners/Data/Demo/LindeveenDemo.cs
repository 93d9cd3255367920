using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using static Verbind.Partners.Data.Demo.DemoBuilder;
using static Verbind.Partners.Domain.MembershipRole;
using static Verbind.Partners.Domain.OrganisationKind;

namespace Verbind.Partners.Data.Demo;

/// <summary>Kansrijke Start Lindeveen en Korenburg: a Dutch coalition of two municipalities for the first 1000 days. Invented names, KvK numbers.</summary>
internal static class LindeveenDemo
{
    public static void Seed(DemoBuilder demo, Network network)
    {
        var start = new DateOnly(2023, 3, 1);
        var o = new DemoOrganisations();
        void Add(string key, string name, OrganisationKind kind, Sector sector, string street, string postcode, string town, string kvk, string domain, MembershipRole role)
        {
            var organisation = demo.Organisation(name, kind, sector, street, postcode, town, kvk, "+31 55 500 " + (10 + o.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 0", domain, "NL");
            demo.Join(network, organisation, role, start);
            o[key] = organisation;
        }

        Add("lindeveen", "Gemeente Lindeveen", OrganisationKind.Municipality, Sector.LocalGovernment, "Raadhuisplein 1", "9991 AA", "Lindeveen", "90010001", "lindeveen.example", LeadOrganisation);
        Add("korenburg", "Gemeente Korenburg", OrganisationKind.Municipality, Sector.LocalGovernment, "Korenmarkt 2", "9992 BB", "Korenburg", "90010002", "korenburg.example", MembershipRole.Municipality);
        Add("ggd", "GGD Lindeland, Jeugdgezondheidszorg", YouthHealthCare, Sector.Medical, "Gezondheidsweg 10", "9991 AC", "Lindeveen", "90010003", "ggd-lindeland.example", CorePartner);
        Add("waterlelie", "Verloskundigenpraktijk De Waterlelie", MidwifePractice, Sector.Medical, "Vijverlaan 3", "9991 AD", "Lindeveen", "90010004", "dewaterlelie.example", CorePartner);
        Add("nest", "Kraamzorg Het Nest", MaternityCare, Sector.Medical, "Nestweg 8", "9992 BC", "Korenburg", "90010005", "kraamzorg-hetnest.example", CorePartner);
        Add("streekziekenhuis", "Streekziekenhuis Lindeland, afdeling gynaecologie", Hospital, Sector.Medical, "Ziekenhuisweg 1", "9991 AE", "Lindeveen", "90010006", "streekziekenhuis-lindeland.example", Partner);
        Add("molen", "Huisartsenpraktijk De Molen", GeneralPractice, Sector.Medical, "Molenstraat 4", "9992 BD", "Korenburg", "90010007", "hapdemolen.example", Partner);
        Add("oost", "Huisartsen Lindeveen-Oost", GeneralPractice, Sector.Medical, "Oostsingel 12", "9991 AF", "Lindeveen", "90010008", "huisartsen-lindeveenoost.example", Partner);
        Add("zorgzeker", "Zorgverzekeraar Zorgzeker", HealthInsurer, Sector.Medical, "Polisplein 1", "9991 AG", "Lindeveen", "90010009", "zorgzeker.example", Partner);
        Add("wijkteam", "Wijkteam Lindeveen", YouthCare, Sector.Social, "Buurtplein 5", "9991 AH", "Lindeveen", "90010010", "wijkteam-lindeveen.example", CorePartner);
        Add("ggz", "GGZ Lindeland, Moeder en Kind", MentalHealthCentre, Sector.MentalHealth, "Rustoord 2", "9991 AJ", "Lindeveen", "90010011", "ggz-lindeland.example", Partner);
        Add("boomhut", "Kinderopvang De Boomhut", Childcare, Sector.Childcare, "Bosrand 7", "9992 BE", "Korenburg", "90010012", "deboomhut.example", Partner);

        var centrum = demo.Place(network, "Centrum Jong Lindeveen", PlaceKind.ConsultationRoom,
            new Address { Street = "Gezondheidsweg 10", Postcode = "9991 AC", Municipality = "Lindeveen", CountryCode = "NL" }, o["ggd"],
            "Toegankelijk met rolstoel en kinderwagen; invalidenparkeerplaats voor de deur.",
            Hours(DayOfWeek.Monday, "08:30", "16:30"), Hours(DayOfWeek.Wednesday, "08:30", "16:30"), Hours(DayOfWeek.Friday, "08:30", "12:30"));

        (string Org, string Name, string Function, string Expertise, bool Rep)[] people =
        [
            ("lindeveen", "Marloes de Boer", "Beleidsadviseur Kansrijke Start", "coalitievorming, eerste 1000 dagen", true),
            ("korenburg", "Henk Visser", "Beleidsmedewerker jeugd", "jeugdbeleid, armoede", true),
            ("ggd", "Ingrid Bakker", "Jeugdverpleegkundige", "eerste 1000 dagen, huisbezoek, borstvoeding", true),
            ("ggd", "Dr. Thijs Mulder", "Jeugdarts", "groei en ontwikkeling, vaccinatie", false),
            ("waterlelie", "Femke Smit", "Verloskundige", "prenatale zorg, kwetsbare zwangeren, signaleren", true),
            ("waterlelie", "Anouk Meijer", "Verloskundige", "echo, perinatale rouw", false),
            ("nest", "Wendy de Graaf", "Kraamverzorgende", "kraamzorg, borstvoeding", true),
            ("streekziekenhuis", "Dr. Pim van Dijk", "Gynaecoloog", "risicozwangerschap, verslaving in de zwangerschap", true),
            ("molen", "Dr. Esther Hoekstra", "Huisarts", "huisartsgeneeskunde, kinderwens", true),
            ("oost", "Dr. Sven Kok", "Huisarts", "huisartsgeneeskunde, GGZ in de eerste lijn", true),
            ("zorgzeker", "Laura Bos", "Adviseur preventie", "preventie, zorginkoop", true),
            ("wijkteam", "Yvonne Jansen", "Wijkcoach", "schulden, opvoeding, toeleiden", true),
            ("wijkteam", "Rachid Amrani", "Jongerenwerker", "jonge ouders, tienerouders", false),
            ("ggz", "Dr. Mirjam Post", "Psychiater", "perinatale psychiatrie, postpartumdepressie", true),
            ("boomhut", "Noor Vermeer", "Locatiemanager", "kinderopvang, voorschoolse educatie", true),
        ];
        foreach (var (org, name, function, expertise, rep) in people)
        {
            demo.Person(network, o[org], name, function, expertise, rep, org is "ggd" or "waterlelie" ? centrum : null, "+31 6 0000 " + (1000 + o.People++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
