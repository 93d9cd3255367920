using System.Security.Cryptography;
using System.Text;

namespace Verbind.ServiceDirectory.Features.Taxonomies;

/// <summary>A term as the platform ships it: stable code, names in nl, fr and en, synonyms a parent might type.</summary>
public sealed record ShippedTerm(string Code, string Nl, string Fr, string En, string Description, string[] Synonyms, int? MinimumAgeMonths = null, int? MaximumAgeMonths = null);

/// <summary>A classification as the platform ships it.</summary>
public sealed record ShippedTaxonomy(string Code, string Name, string Description, IReadOnlyList<ShippedTerm> Terms);

/// <summary>
/// The taxonomies every installation has: the five basic pillars of a Huis van het Kind, life domains,
/// target groups (with their age range in months) and themes. Codes never change once shipped: search
/// links, the HSDS API and the gap analysis use them. The ids are derived from the codes, so they are the
/// same in every installation.
/// </summary>
public static class ShippedTaxonomies
{
    public const string Pillars = "pijler";
    public const string LifeDomains = "levensdomein";
    public const string TargetGroups = "doelgroep";
    public const string Themes = "thema";
    public const string Version = "2026.1";

    public static readonly IReadOnlyList<ShippedTaxonomy> All =
    [
        new(Pillars, "Basispijlers Huis van het Kind",
            "De vijf basispijlers van het aanbod van een Huis van het Kind.",
        [
            new("onthaal-informatie", "Onthaal en informatie", "Accueil et information", "Reception and information",
                "Een open deur waar ouders terechtkunnen met vragen en informatie vinden.", ["onthaal", "info", "informatiepunt", "loket"]),
            new("consultatie", "Medische, psychosociale en pedagogische consultatie", "Consultation médicale, psychosociale et pédagogique", "Medical, psychosocial and pedagogical consultation",
                "Preventieve consultaties voor (aanstaande) ouders en kinderen.", ["consultatiebureau", "kind en gezin", "inenting", "groeiopvolging", "jgz"]),
            new("spelen-ontmoeten", "Spelen en ontmoeten voor jonge kinderen", "Jeu et rencontre pour jeunes enfants", "Play and meeting for young children",
                "Plekken waar jonge kinderen spelen en ouders elkaar ontmoeten.", ["ontmoetingsplaats", "speelpunt", "babbelhoek", "inloop"]),
            new("opvoedingsondersteuning", "Opvoedingsondersteuning", "Soutien à la parentalité", "Parenting advice",
                "Advies en begeleiding bij vragen over opvoeden en opgroeien.", ["opvoedingsvragen", "opvoedingswinkel", "opvoedingsadvies", "gezinscoach"]),
            new("groepsaanbod", "Groepsaanbod", "Offre de groupe", "Group offerings",
                "Cursussen, infosessies en groepen voor ouders en kinderen.", ["cursus", "infosessie", "workshop", "oudergroep", "vorming"]),
        ]),
        new(LifeDomains, "Levensdomeinen",
            "De domeinen van het leven van een gezin waarin een dienst helpt.",
        [
            new("gezondheid", "Gezondheid", "Santé", "Health", "Lichamelijke gezondheid van ouders en kinderen.", ["zorg", "medisch", "dokter"]),
            new("psychisch-welzijn", "Psychisch welzijn", "Bien-être psychique", "Mental wellbeing", "Hoe ouders en kinderen zich voelen.", ["mentaal", "ggz", "psycholoog", "stress"]),
            new("opvoeding", "Opvoeding en gezin", "Éducation et famille", "Parenting and family", "Opvoeden, het gezin, relaties.", ["gezin", "ouderschap"]),
            new("kinderopvang", "Kinderopvang", "Accueil de la petite enfance", "Childcare", "Opvang van baby's, peuters en schoolkinderen.", ["crèche", "creche", "onthaalouder", "buitenschoolse opvang", "bso"]),
            new("onderwijs", "Onderwijs en leren", "Enseignement et apprentissage", "Education and learning", "School, huiswerk, leren en taal.", ["school", "huiswerkbegeleiding", "taal"]),
            new("vrije-tijd", "Vrije tijd", "Loisirs", "Leisure", "Spelen, sport, cultuur en jeugdwerk.", ["sport", "spel", "jeugdbeweging", "cultuur"]),
            new("financien", "Inkomen en financiën", "Revenus et finances", "Income and finances", "Geld, toeslagen, schulden en tegemoetkomingen.", ["geld", "toeslagen", "schulden", "groeipakket", "kinderbijslag"]),
            new("wonen", "Wonen", "Logement", "Housing", "Een dak boven het hoofd, huren, opvang.", ["huisvesting", "woning", "opvangcentrum"]),
            new("werk", "Werk", "Travail", "Work", "Werk zoeken, werk en gezin combineren.", ["job", "vacature", "ouderschapsverlof"]),
            new("veiligheid", "Veiligheid", "Sécurité", "Safety", "Veilig opgroeien, geweld en misbruik.", ["geweld", "huiselijk geweld", "misbruik", "1712"]),
        ]),
        new(TargetGroups, "Doelgroepen",
            "Voor wie een dienst is; de leeftijdsgroepen hebben een leeftijd in maanden (negatief tijdens de zwangerschap).",
        [
            new("zwanger", "Zwangeren", "Femmes enceintes", "Pregnant", "Aanstaande ouders tijdens de zwangerschap.", ["zwangerschap", "aanstaande ouders", "prenataal", "verwachten"], -9, -1),
            new("0-3", "Baby's en peuters (0–3 jaar)", "Bébés et bambins (0–3 ans)", "Babies and toddlers (0–3 years)", "Kinderen vanaf de geboorte tot hun derde verjaardag.", ["baby", "peuter", "pasgeborene", "zuigeling"], 0, 35),
            new("3-6", "Kleuters (3–6 jaar)", "Enfants de maternelle (3–6 ans)", "Preschoolers (3–6 years)", "Kinderen van drie tot zes jaar.", ["kleuter", "kleuterschool"], 36, 71),
            new("6-12", "Kinderen (6–12 jaar)", "Enfants (6–12 ans)", "Children (6–12 years)", "Kinderen in de lagere school.", ["kind", "lagere school", "basisschool"], 72, 143),
            new("12-18", "Tieners (12–18 jaar)", "Adolescents (12–18 ans)", "Teenagers (12–18 years)", "Jongeren van twaalf tot achttien.", ["tiener", "puber", "jongere", "middelbare school"], 144, 215),
            new("18-24", "Jongvolwassenen (18–24 jaar)", "Jeunes adultes (18–24 ans)", "Young adults (18–24 years)", "Jongvolwassenen tot hun 24ste verjaardag.", ["jongvolwassene", "student"], 216, 288),
            new("ouders", "Ouders", "Parents", "Parents", "Ouders en opvoeders, ook grootouders en pleegouders.", ["opvoeders", "mama", "papa", "grootouders", "pleegouders"]),
            new("professionals", "Professionals", "Professionnels", "Professionals", "Hulpverleners, zorgverleners en andere professionals.", ["hulpverleners", "zorgverleners", "doorverwijzers"]),
            new("kwetsbare-gezinnen", "Gezinnen in een kwetsbare situatie", "Familles en situation de vulnérabilité", "Vulnerable families",
                "Gezinnen die het moeilijk hebben door armoede, isolement, migratie of andere omstandigheden.", ["kansarmoede", "armoede", "kwetsbaar gezin", "nieuwkomers"]),
        ]),
        new(Themes, "Thema's",
            "Onderwerpen waarover ouders hulp of informatie zoeken.",
        [
            new("perinataal-verlies", "Perinataal verlies", "Deuil périnatal", "Perinatal loss",
                "Steun bij het verlies van een kindje tijdens de zwangerschap, bij of kort na de geboorte.", ["sterrenkind", "sterrenkinderen", "miskraam", "doodgeboorte", "stilgeboorte", "rouw", "verlies baby"]),
            new("eerste-1000-dagen", "Eerste 1000 dagen", "1000 premiers jours", "First 1000 days",
                "Van de zwangerschap tot de tweede verjaardag: een goede start voor elk kind.", ["kansrijke start", "1000 dagen", "goede start"]),
            new("borstvoeding", "Borstvoeding", "Allaitement", "Breastfeeding", "Hulp en informatie over borstvoeding en kolven.", ["zogen", "kolven", "lactatiekundige", "borstvoedingsvereniging", "voeden"]),
            new("kraamzorg", "Kraamzorg", "Aide à la maternité", "Maternity care", "Zorg voor moeder en baby in de eerste dagen na de bevalling.", ["kraamhulp", "kraamverzorgende", "kraamtijd", "postnatale zorg"]),
            new("zwangerschapsbegeleiding", "Zwangerschapsbegeleiding", "Suivi de grossesse", "Pregnancy care", "Opvolging en voorbereiding tijdens de zwangerschap.", ["vroedvrouw", "verloskundige", "prenatale consultatie", "bevalling"]),
            new("slapen", "Slapen", "Sommeil", "Sleep", "Slaapproblemen en veilig slapen.", ["slaap", "doorslapen", "huilbaby", "wiegendood"]),
            new("voeding", "Voeding", "Alimentation", "Nutrition", "Flesvoeding, vaste voeding en gezond eten.", ["flesvoeding", "eten", "fruitpap", "gezond eten"]),
            new("ontwikkeling", "Ontwikkeling", "Développement", "Development", "Hoe een kind groeit, beweegt, speelt en leert.", ["groei", "motoriek", "mijlpalen"]),
            new("taal", "Taalontwikkeling en meertaligheid", "Langage et multilinguisme", "Language and multilingualism", "Praten, voorlezen en opgroeien met meer talen.", ["voorlezen", "meertalig", "spraak", "logopedie"]),
            new("psychische-klachten-ouders", "Psychische klachten rond de geboorte", "Difficultés psychiques autour de la naissance", "Mental health around birth",
                "Somberheid, angst of uitputting voor en na de bevalling.", ["postnatale depressie", "postpartum depressie", "babyblues", "angst"]),
            new("armoede", "Armoede", "Pauvreté", "Poverty", "Rondkomen met weinig geld, materiële hulp.", ["kansarmoede", "voedselbank", "tweedehands", "sociale kruidenier"]),
            new("scheiding", "Relatie en scheiding", "Couple et séparation", "Relationships and separation", "Ouderschap na een scheiding, relatieproblemen.", ["echtscheiding", "co-ouderschap", "bemiddeling"]),
            new("vaccinatie", "Vaccinatie", "Vaccination", "Vaccination", "Inentingen voor baby's en kinderen.", ["inenting", "prik", "vaccin"]),
            new("gezinsondersteuning", "Gezinsondersteuning thuis", "Soutien à domicile", "Family support at home", "Begeleiding en hulp bij het gezin thuis.", ["huisbezoek", "gezinsbegeleiding", "thuisbegeleiding"]),
        ]),
    ];

    /// <summary>The same id in every installation, derived from the codes (a name-based UUID, version 8).</summary>
    public static Guid IdOf(string taxonomyCode, string? termCode = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"verbind/taxonomy/{taxonomyCode}/{termCode}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
