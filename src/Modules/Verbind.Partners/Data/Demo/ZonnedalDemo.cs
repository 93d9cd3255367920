using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using static Verbind.Partners.Data.Demo.DemoBuilder;
using static Verbind.Partners.Domain.MembershipRole;
using static Verbind.Partners.Domain.OrganisationKind;

namespace Verbind.Partners.Data.Demo;

/// <summary>Huis van het Kind Zonnedal: a Flemish municipality's family-support network. Every name is invented.</summary>
internal static class ZonnedalDemo
{
    public static DemoOrganisations Seed(DemoBuilder demo, Network network, Guid? partnerUserId, string partnerEmail)
    {
        var start = new DateOnly(2023, 1, 1);
        var o = new DemoOrganisations();
        Organisation Add(string key, string name, OrganisationKind kind, Sector sector, string street, int kbo, string domain, MembershipRole role, DateOnly? from = null)
        {
            var organisation = demo.Organisation(name, kind, sector, street, "3999", "Zonnedal", Kbo(kbo), "+32 14 55 " + (10 + o.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 00", domain);
            demo.Join(network, organisation, role, from ?? start);
            o[key] = organisation;
            return organisation;
        }

        Add("gemeente", "Gemeente Zonnedal", OrganisationKind.Municipality, Sector.LocalGovernment, "Marktplein 1", 02070101, "zonnedal.example", LeadOrganisation, new DateOnly(2022, 9, 1));
        Add("ocmw", "OCMW Zonnedal", PublicCentreForSocialWelfare, Sector.Social, "Marktplein 3", 02070102, "ocmw-zonnedal.example", CorePartner);
        Add("consultatie", "Consultatiebureau De Kleine Stap", ChildAndFamilyAgency, Sector.Medical, "Kerkstraat 12", 02070103, "kleinestap.example", CorePartner);
        Add("linde", "Vroedvrouwenpraktijk De Linde", MidwifePractice, Sector.Medical, "Lindelaan 4", 02070104, "vroedvrouwen-delinde.example", CorePartner);
        Add("caw", "CAW Zonneland", WelfareCentre, Sector.Welfare, "Stationsstraat 40", 02070105, "caw-zonneland.example", CorePartner);
        Add("cgg", "CGG De Horizon", MentalHealthCentre, Sector.MentalHealth, "Horizonweg 7", 02070106, "cgg-dehorizon.example", CorePartner);
        Add("vlindertje", "Kinderopvang Het Vlindertje", Childcare, Sector.Childcare, "Bloemenwijk 2", 02070107, "hetvlindertje.example", CorePartner);
        Add("maanlicht", "Vroedvrouwenpraktijk Maanlicht", MidwifePractice, Sector.Medical, "Maanstraat 9", 02070108, "maanlicht-vroedvrouwen.example", Partner);
        Add("esdoorn", "Huisartsenpraktijk De Esdoorn", GeneralPractice, Sector.Medical, "Esdoornlaan 21", 02070109, "de-esdoorn.example", Partner);
        Add("zonnehoek", "Groepspraktijk Zonnehoek", GeneralPractice, Sector.Medical, "Zonnehoek 3", 02070110, "groepspraktijk-zonnehoek.example", Partner);
        Add("vonk", "Wijkgezondheidscentrum De Vonk", GeneralPractice, Sector.Medical, "Vonkstraat 15", 02070111, "wgc-devonk.example", Partner);
        Add("zorgzaam", "Ziekenfonds Zorgzaam", HealthInsurer, Sector.Medical, "Gasthuisstraat 8", 02070112, "zorgzaam.example", Partner);
        Add("zonnebloem", "AZ Zonnebloem, dienst materniteit", Hospital, Sector.Medical, "Ziekenhuislaan 1", 02070113, "az-zonnebloem.example", Partner);
        Add("wiegje", "Kraamzorg Wiegje", MaternityCare, Sector.Medical, "Wiegstraat 5", 02070114, "kraamzorg-wiegje.example", Partner);
        Add("speelvogel", "Kinderopvang De Speelvogel", Childcare, Sector.Childcare, "Vogelzang 11", 02070115, "despeelvogel.example", Partner);
        Add("kabouterhuis", "Kinderdagverblijf Kabouterhuis", Childcare, Sector.Childcare, "Boslaan 30", 02070116, "kabouterhuis.example", Partner);
        Add("regenboog", "Basisschool De Regenboog", School, Sector.Education, "Schoolstraat 2", 02070117, "bs-deregenboog.example", Partner);
        Add("kompas", "Gemeentelijke Basisschool Het Kompas", School, Sector.Education, "Kompasplein 1", 02070118, "gbs-hetkompas.example", Partner);
        Add("brug", "Middenschool De Brug", School, Sector.Education, "Brugstraat 19", 02070119, "middenschool-debrug.example", Partner);
        Add("clb", "CLB Zonneland", School, Sector.Education, "Stationsstraat 44", 02070120, "clb-zonneland.example", Partner);
        Add("bib", "Bibliotheek Zonnedal", Library, Sector.Culture, "Boekenberg 1", 02070121, "bib-zonnedal.example", CorePartner, new DateOnly(2024, 1, 1));
        Add("academie", "Academie voor Muziek en Woord Zonnedal", School, Sector.Culture, "Muziekplein 4", 02070122, "academie-zonnedal.example", Partner);
        Add("politie", "Politiezone Zonnedal-Beekvliet", PoliceZone, Sector.Safety, "Veiligheidslaan 1", 02070123, "pz-zonnedal-beekvliet.example", Partner);
        Add("anker", "Jeugdhulp Het Anker", YouthCare, Sector.Welfare, "Havenstraat 6", 02070124, "jeugdhulp-hetanker.example", Partner);
        Add("schakel", "Buurtwerk De Schakel", WelfareCentre, Sector.Social, "Pleintje 3", 02070125, "buurtwerk-deschakel.example", Partner);
        Add("taalbrug", "Vzw Taalbrug", Ngo, Sector.Social, "Taalstraat 10", 02070126, "taalbrug.example", Partner);
        Add("dobbelsteen", "Speelotheek De Dobbelsteen", VolunteerOrganisation, Sector.Culture, "Speelstraat 8", 02070127, "dobbelsteen.example", Partner);
        Add("mamas", "Vzw Samen Sterk Zonnedal", Ngo, Sector.Social, "Marktplein 22", 02070128, "samensterk-zonnedal.example", Partner);
        Add("opvoedingswinkel", "Opvoedingspunt Zonnedal", WelfareCentre, Sector.Welfare, "Kerkstraat 14", 02070129, "opvoedingspunt-zonnedal.example", Partner);
        Add("lichtpunt", "Vzw Lichtpunt", Ngo, Sector.Welfare, "Sterrenlaan 1", 02070130, "lichtpunt.example", Partner);
        // History: the library started as partner and became a core partner; a former partner left.
        demo.Join(network, o["bib"], Partner, new DateOnly(2022, 9, 1), new DateOnly(2023, 12, 31));
        var former = demo.Organisation("Vzw De Wandelwagen", Ngo, Sector.Social, "Oude Baan 2", "3999", "Zonnedal", Kbo(02070131), null, "dewandelwagen.example");
        demo.Join(network, former, Partner, new DateOnly(2022, 9, 1), new DateOnly(2024, 6, 30));

        var huis = demo.Place(network, "Huis van het Kind Zonnedal", PlaceKind.HuisVanHetKind,
            new Address { Street = "Marktplein 5", Postcode = "3999", Municipality = "Zonnedal" }, o["gemeente"],
            "Gelijkvloers zonder drempels, lift naar de eerste verdieping, plaats voor kinderwagens, verzorgingstafel.",
            Hours(DayOfWeek.Monday, "09:00", "12:00"), Hours(DayOfWeek.Monday, "13:00", "17:00"), Hours(DayOfWeek.Tuesday, "09:00", "17:00"),
            Hours(DayOfWeek.Wednesday, "09:00", "12:00"), Hours(DayOfWeek.Thursday, "13:00", "19:00"), Hours(DayOfWeek.Friday, "09:00", "12:00"));
        var consultatie = demo.Place(network, "Consultatieruimte Zonnehoek", PlaceKind.ConsultationRoom,
            new Address { Street = "Zonnehoek 5", Postcode = "3999", Municipality = "Zonnedal" }, o["consultatie"],
            "Rolstoeltoegankelijk; rustige wachtruimte.",
            Hours(DayOfWeek.Tuesday, "08:30", "12:00"), Hours(DayOfWeek.Thursday, "13:30", "18:00"));
        var speelplein = demo.Place(network, "Ontmoetingsplek Het Speelplein", PlaceKind.MeetingPoint,
            new Address { Street = "Speelpleinstraat 1", Postcode = "3999", Municipality = "Zonnedal" }, o["ocmw"],
            "Binnenruimte op het gelijkvloers; buitenspeelruimte omheind.",
            Hours(DayOfWeek.Wednesday, "13:30", "17:00"), Hours(DayOfWeek.Saturday, "09:30", "12:00"));

        (string Org, string Name, string Function, string Expertise, bool Rep, Place? Place)[] people =
        [
            ("gemeente", "Lotte Demeester", "Coördinator Huis van het Kind", "netwerkcoördinatie, gezinsondersteuning", true, huis),
            ("gemeente", "Pieter Van Acker", "Schepen van Gezin en Welzijn", "lokaal beleid", true, null),
            ("gemeente", "Hanne Wouters", "Onthaalmedewerker", "onthaal, doorverwijzing", false, huis),
            ("ocmw", "Karim El Idrissi", "Maatschappelijk werker", "budgethulp, huisvesting, kansarmoede", true, speelplein),
            ("ocmw", "Sofie Claes", "Teamverantwoordelijke sociale dienst", "kansarmoede, leefloon", false, null),
            ("consultatie", "Els Verhoeven", "Verpleegkundige jonge kind", "zuigelingenvoeding, vaccinatie, slaap", true, consultatie),
            ("consultatie", "Dr. Marc Lenaerts", "Consultatiearts", "groei en ontwikkeling, vaccinatie", false, consultatie),
            ("consultatie", "Inge Mertens", "Gezinsondersteuner", "opvoedingsondersteuning, huisbezoek", false, huis),
            ("linde", "Yusuf Vandenbroucke", "Vroedvrouw", "borstvoeding, zwangerschapsbegeleiding, kraambed", true, huis),
            ("linde", "Marieke Goossens", "Vroedvrouw", "borstvoeding, perinatale rouw, prenatale consultatie", false, consultatie),
            ("linde", "Leen De Smet", "Lactatiekundige", "borstvoeding", false, null),
            ("caw", "Tom Jacobs", "Onthaalmedewerker", "algemeen welzijn, relaties, schulden", true, huis),
            ("caw", "Nadia Bouzid", "Hulpverlener gezin", "partnergeweld, echtscheiding", false, null),
            ("cgg", "Dr. Katrien Willems", "Psychiater", "perinatale psychiatrie, postpartumdepressie", true, null),
            ("cgg", "Jonas Peeters", "Psycholoog", "ouder-kindrelatie, angst", false, null),
            ("cgg", "Eva Maes", "Psycholoog", "perinatale rouw, trauma", false, null),
            ("vlindertje", "Griet Hermans", "Verantwoordelijke kinderopvang", "kinderopvang, inclusieve opvang", true, null),
            ("vlindertje", "Amira Haddad", "Kinderbegeleider", "baby's, meertaligheid", false, null),
            ("maanlicht", "Charlotte Dewulf", "Vroedvrouw", "thuisbevalling, kraambed, borstvoeding", true, null),
            ("maanlicht", "Fien Van Damme", "Vroedvrouw", "zwangerschapsyoga, prenatale consultatie", false, null),
            ("esdoorn", "Dr. Bart Vermeulen", "Huisarts", "huisartsgeneeskunde, vaccinatie", true, null),
            ("esdoorn", "Dr. Lise Aerts", "Huisarts", "vrouwengezondheid, anticonceptie", false, null),
            ("zonnehoek", "Dr. Ruben Michiels", "Huisarts", "kindergeneeskunde in de eerste lijn", true, null),
            ("vonk", "Dr. Sarah Janssens", "Huisarts", "kansarmoede, toegankelijke zorg", true, null),
            ("vonk", "Mohamed Azzouzi", "Gezondheidspromotor", "gezondheidsvoorlichting, tolken", false, huis),
            ("zorgzaam", "Veerle Smets", "Sociaal werker ziekenfonds", "terugbetaling, moederschapsrust", true, null),
            ("zonnebloem", "Dr. Ann Wuyts", "Gynaecoloog", "risicozwangerschap, prenatale zorg", true, null),
            ("zonnebloem", "Liesbeth Coppens", "Sociaal verpleegkundige materniteit", "ontslagplanning, kwetsbare zwangeren", false, null),
            ("wiegje", "Nele Lambrechts", "Kraamverzorgende", "kraamzorg, borstvoeding, huisbezoek", true, null),
            ("speelvogel", "Bram Thys", "Coördinator", "kinderopvang, buitenschoolse opvang", true, null),
            ("kabouterhuis", "Julie Pauwels", "Verantwoordelijke", "kinderopvang, zorgkinderen", true, null),
            ("regenboog", "Wim Geerts", "Directeur", "kleuteronderwijs, ouderbetrokkenheid", true, null),
            ("regenboog", "Ellen Bosmans", "Zorgcoördinator", "leerzorg, taalontwikkeling", false, null),
            ("kompas", "Koen Hendrickx", "Directeur", "onderwijs, ouderbetrokkenheid", true, null),
            ("brug", "Sanne Verbeeck", "Leerlingenbegeleider", "tienerouders, schoolverzuim", true, null),
            ("clb", "Ilse Van den Bossche", "CLB-medewerker", "leerlingenbegeleiding, vaccinatie, ontwikkeling", true, null),
            ("clb", "Dr. Pieter-Jan Segers", "CLB-arts", "schoolgezondheidszorg", false, null),
            ("bib", "Hilde Verstraete", "Bibliothecaris jeugd", "voorlezen, boekstart, leesplezier", true, huis),
            ("bib", "Arne Desmet", "Medewerker", "digitale inclusie", false, null),
            ("academie", "Tine Van Hove", "Leerkracht muziek", "muziek voor baby's en peuters", true, null),
            ("politie", "Inspecteur Dirk Wauters", "Wijkinspecteur", "jeugd en gezin, partnergeweld", true, null),
            ("politie", "Hoofdinspecteur Lies Baert", "Dienst slachtofferbejegening", "slachtofferbejegening", false, null),
            ("anker", "Stijn De Clercq", "Contextbegeleider", "jeugdhulp, gezinsbegeleiding", true, null),
            ("anker", "Fatma Yilmaz", "Gezinscoach", "opvoedingsondersteuning, crisishulp", false, null),
            ("schakel", "Joris Stevens", "Buurtwerker", "buurtwerk, ontmoeting, kansarmoede", true, speelplein),
            ("schakel", "Aïcha Benali", "Brugfiguur", "brugfiguur, meertaligheid, onthaal", false, speelplein),
            ("taalbrug", "Olga Kowalska", "Coördinator", "Nederlands oefenen, nieuwkomers", true, huis),
            ("taalbrug", "Daniel Mensah", "Vrijwilliger", "tolken, nieuwkomers", false, null),
            ("dobbelsteen", "Ria Vermeiren", "Vrijwilliger", "spelmateriaal, spelen", true, speelplein),
            ("mamas", "Samira Ouali", "Ervaringsdeskundige", "ervaringsdeskundigheid, kansarmoede, ouders", true, speelplein),
            ("mamas", "Greet Van Loock", "Vrijwilliger", "tweedehandsbabykleding", false, null),
            ("opvoedingswinkel", "Kristof Dierickx", "Opvoedingsondersteuner", "opvoedingsondersteuning, slaap, tieners", true, huis),
            ("opvoedingswinkel", "Laura Van Rompaey", "Pedagoog", "opvoedingsondersteuning, peuters", false, huis),
            ("lichtpunt", "Annelies Verhaegen", "Hulpverlener", "perinatale rouw, sterrenkinderen", true, null),
            ("gemeente", "Jan Dewitte", "Beleidsmedewerker jeugd", "jeugdbeleid, speelruimte", false, null),
            ("ocmw", "Petra Willaert", "Trajectbegeleider", "activering, kinderopvang zoeken", false, huis),
            ("consultatie", "Nora Vandeputte", "Vrijwilliger onthaal", "onthaal", false, consultatie),
            ("caw", "Ward Van Laere", "Jongerenwerker", "jongeren, tienerouders", false, null),
            ("cgg", "Dr. Hannelore Maes", "Kinderpsychiater", "kinderpsychiatrie, hechting", false, null),
            ("zonnebloem", "Evi Kenis", "Vroedvrouw materniteit", "borstvoeding, kraambed", false, null),
        ];
        foreach (var (org, name, function, expertise, rep, place) in people)
        {
            var person = demo.Person(network, o[org], name, function, expertise, rep, place, "+32 470 00 " + (10 + o.People).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 00");
            o.People++;
            if (name == "Yusuf Vandenbroucke")
            {
                person.Email = partnerEmail;
                person.UserId = partnerUserId;
            }
        }
        return o;
    }
}

/// <summary>Demo organisations by a short key, so other networks can share them.</summary>
internal sealed class DemoOrganisations : Dictionary<string, Organisation>
{
    public int People { get; set; }
}
