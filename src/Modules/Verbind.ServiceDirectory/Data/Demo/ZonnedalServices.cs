namespace Verbind.ServiceDirectory.Data.Demo;

/// <summary>The fictional offering of Huis van het Kind Zonnedal: about forty services over the five pillars.</summary>
internal static class ZonnedalServices
{
    public static readonly DemoLocation[] Locations =
    [
        new("huis", "Huis van het Kind Zonnedal", "Marktplein 5", "3000"),
        new("zonnehoek", "Consultatiepunt Zonnehoek", "Zonnehoek 5", "3001"),
        new("speelplein", "Ontmoetingsplek 't Speelplein", "Speelpleinstraat 1", "3010"),
        new("bib", "Bibliotheek Zonnedal", "Boekenberg 1", "3000"),
        new("linde", "Praktijk De Linde", "Lindelaan 4", "3012"),
        new("schakel", "Buurthuis De Schakel", "Pleintje 3", "3010"),
        new("cgg", "CGG De Horizon", "Horizonweg 7", "3020"),
        new("schuilhuis", "Vluchthuis De Beschutting", "(afgeschermd)", "3001", Redacted: true),
    ];

    private const string Reception = "pijler/onthaal-informatie";
    private const string Consultation = "pijler/consultatie";
    private const string Play = "pijler/spelen-ontmoeten";
    private const string Parenting = "pijler/opvoedingsondersteuning";
    private const string Groups = "pijler/groepsaanbod";

    public static readonly DemoService[] Services =
    [
        new("Gemeente Zonnedal", "Onthaal Huis van het Kind", "Met elke vraag over opgroeien en opvoeden kun je hier binnenlopen. We luisteren en zoeken samen wie verder kan helpen.", [Reception, "doelgroep/ouders", "levensdomein/opvoeding"], null, null, "huis", Languages: ["nl", "fr", "en"], Phone: "+32 14 55 10 00"),
        new("Gemeente Zonnedal", "Gezinsloket: premies en toelagen", "Hulp bij het aanvragen van het groeipakket, de geboortepremie en andere tegemoetkomingen.", [Reception, "levensdomein/financien", "thema/armoede", "doelgroep/ouders"], -9, 288, "huis"),
        new("Bibliotheek Zonnedal", "Boekenbabbels voor baby's", "Voorlezen, rijmpjes en liedjes voor de allerkleinsten, elke eerste zaterdag.", [Groups, "thema/taal", "doelgroep/0-3"], 3, 35, "bib"),
        new("Bibliotheek Zonnedal", "Infopunt opvoeden in de bib", "Boeken, brochures en een vaste medewerker om je op weg te helpen.", [Reception, "doelgroep/ouders"], null, null, "bib", Stale: true),
        new("Consultatiebureau De Kleine Stap", "Consultatie voor baby's en peuters", "Gratis opvolging van groei en ontwikkeling, vaccinaties en advies over voeding en slapen.", [Consultation, "thema/vaccinatie", "thema/ontwikkeling", "doelgroep/0-3", "levensdomein/gezondheid"], 0, 35, "zonnehoek", Languages: ["nl", "fr", "ar"], Phone: "+32 14 55 12 00"),
        new("Consultatiebureau De Kleine Stap", "Prenatale consultatie", "Opvolging tijdens de zwangerschap voor wie geen vroedvrouw of gynaecoloog heeft.", [Consultation, "thema/zwangerschapsbegeleiding", "thema/eerste-1000-dagen", "doelgroep/zwanger"], -9, -1, "zonnehoek"),
        new("Consultatiebureau De Kleine Stap", "Huisbezoek na de geboorte", "Een verpleegkundige komt langs in de eerste weken na de geboorte.", [Consultation, "thema/gezinsondersteuning", "thema/eerste-1000-dagen", "doelgroep/0-3"], 0, 3, "zonnehoek"),
        new("Consultatiebureau De Kleine Stap", "Slaapspreekuur", "Vragen over slapen en huilen? Maak een afspraak met onze slaapconsulente.", [Consultation, "thema/slapen", "doelgroep/0-3"], 0, 35, "zonnehoek", Stale: true),
        new("Vroedvrouwenpraktijk De Linde", "Borstvoedingscafé", "Maandelijks samenkomen met andere (aanstaande) mama's en een lactatiekundige.", [Groups, "thema/borstvoeding", "thema/eerste-1000-dagen", "doelgroep/zwanger", "doelgroep/0-3"], -3, 12, "linde", Languages: ["nl", "en"]),
        new("Vroedvrouwenpraktijk De Linde", "Zwangerschapsyoga", "Ontspannen bewegen en ademen ter voorbereiding op de bevalling.", [Groups, "thema/zwangerschapsbegeleiding", "doelgroep/zwanger"], -6, -1, "linde", Cost: 12m),
        new("Vroedvrouwenpraktijk De Linde", "Thuisbegeleiding door de vroedvrouw", "Begeleiding thuis na de bevalling, ook bij borstvoeding.", [Consultation, "thema/kraamzorg", "thema/borstvoeding", "doelgroep/0-3"], 0, 3, "linde"),
        new("Vroedvrouwenpraktijk Maanlicht", "Infoavond bevallen", "Alles over de laatste weken, de bevalling en de eerste dagen.", [Groups, "thema/zwangerschapsbegeleiding", "doelgroep/zwanger"], -4, -1, "huis", Stale: true),
        new("Vroedvrouwenpraktijk Maanlicht", "Begeleiding na een miskraam of doodgeboorte", "Een vroedvrouw die tijd maakt voor je verhaal en je lichaam, ook weken later.", [Consultation, "thema/perinataal-verlies", "levensdomein/psychisch-welzijn", "doelgroep/ouders"], null, null, "linde"),
        new("Kraamzorg Wiegje", "Kraamhulp aan huis", "Een kraamverzorgende helpt thuis met de zorg voor moeder, baby en huishouden.", [Parenting, "thema/kraamzorg", "thema/eerste-1000-dagen", "doelgroep/0-3"], 0, 2, "huis", Cost: 4.5m),
        new("AZ Zonnebloem, dienst materniteit", "Rondleiding materniteit", "Maak kennis met de verloskamers en de kamers van de materniteit.", [Reception, "thema/zwangerschapsbegeleiding", "doelgroep/zwanger"], -4, -1, "huis"),
        new("CAW Zonneland", "Onthaal CAW", "Vrij binnenlopen met vragen over geld, wonen, relaties of geweld.", [Reception, "levensdomein/wonen", "doelgroep/ouders"], null, null, "huis", Languages: ["nl", "fr", "en", "ar"]),
        new("CAW Zonneland", "Vluchthuis voor mama's met kinderen", "Een veilige plek voor wie thuis niet veilig is. Het adres blijft geheim.", [Parenting, "levensdomein/veiligheid", "levensdomein/wonen", "doelgroep/kwetsbare-gezinnen"], null, null, "schuilhuis", Phone: "+32 14 55 99 00"),
        new("CAW Zonneland", "Ouderschap na scheiding", "Gesprekken en een oudergroep voor ouders die uit elkaar gaan.", [Parenting, "thema/scheiding", "doelgroep/ouders"], 0, 216, "schakel", Stale: true),
        new("CGG De Horizon", "Babyblues en meer", "Gesprekken voor ouders die zich somber of angstig voelen rond de geboorte.", [Consultation, "thema/psychische-klachten-ouders", "levensdomein/psychisch-welzijn", "doelgroep/ouders"], -9, 12, "cgg"),
        new("CGG De Horizon", "Ouder-babytherapie", "Samen met je baby werken aan de band tussen jullie.", [Consultation, "levensdomein/psychisch-welzijn", "doelgroep/0-3"], 0, 35, "cgg", Cost: 11m),
        new("OCMW Zonnedal", "Sociale kruidenier", "Voeding en verzorgingsproducten aan lage prijs voor gezinnen met een klein budget.", [Reception, "thema/armoede", "doelgroep/kwetsbare-gezinnen", "levensdomein/financien"], null, null, "schakel"),
        new("OCMW Zonnedal", "Babykoffer", "Een pakket met kleertjes, luiers en verzorging voor gezinnen in armoede.", [Parenting, "thema/armoede", "thema/eerste-1000-dagen", "doelgroep/kwetsbare-gezinnen", "doelgroep/0-3"], -2, 6, "huis"),
        new("Kinderopvang Het Vlindertje", "Kinderopvang baby's en peuters", "Opvang van 0 tot 3 jaar, met een inkomenstarief.", [Play, "levensdomein/kinderopvang", "doelgroep/0-3"], 3, 35, "speelplein", Cost: 28m),
        new("Kinderopvang De Speelvogel", "Flexibele opvang", "Opvang voor ouders met wisselende werkuren of een opleiding.", [Play, "levensdomein/kinderopvang", "levensdomein/werk", "doelgroep/0-3"], 6, 35, "speelplein", Cost: 30m, Stale: true),
        new("Kinderdagverblijf Kabouterhuis", "Kennismakingsmoment in de opvang", "Kom met je kindje een uurtje spelen in de opvang, gratis.", [Play, "levensdomein/kinderopvang", "doelgroep/0-3"], 6, 35, "speelplein"),
        new("Buurtwerk De Schakel", "Babbelhoek voor ouders", "Koffie, speelgoed en een babbel met andere ouders, elke dinsdagvoormiddag.", [Play, "doelgroep/ouders", "doelgroep/0-3"], 0, 71, "schakel", Languages: ["nl", "tr", "ar"]),
        new("Buurtwerk De Schakel", "Speelnamiddag in de wijk", "Op woensdagnamiddag spelen kinderen en ouders samen op het plein.", [Play, "levensdomein/vrije-tijd", "doelgroep/3-6", "doelgroep/6-12"], 36, 143, "schakel"),
        new("Speelotheek De Dobbelsteen", "Speelgoed lenen", "Speelgoed en gezelschapsspelen lenen, en samen spelen in de speelotheek.", [Play, "levensdomein/vrije-tijd", "doelgroep/0-3", "doelgroep/3-6"], 0, 143, "speelplein", Cost: 1m),
        new("Vzw Taalbrug", "Nederlands oefenen met je kind", "Spelenderwijs Nederlands leren met je kleuter, voor anderstalige ouders.", [Groups, "thema/taal", "doelgroep/3-6", "doelgroep/kwetsbare-gezinnen"], 36, 71, "bib", Languages: ["nl", "ar", "uk", "ti"]),
        new("Vzw Samen Sterk Zonnedal", "Mama's ontmoeten mama's", "Een ontmoetingsgroep voor jonge moeders, met kinderopvang tijdens de groep.", [Play, "doelgroep/ouders", "doelgroep/kwetsbare-gezinnen"], -3, 35, "schakel", Stale: true),
        new("Opvoedingspunt Zonnedal", "Opvoedingsspreekuur", "Een gesprek met een opvoedingsondersteuner over wat je bezighoudt.", [Parenting, "levensdomein/opvoeding", "doelgroep/ouders"], 0, 216, "huis", Languages: ["nl", "fr"]),
        new("Opvoedingspunt Zonnedal", "Cursus 'Positief opvoeden'", "Vijf avonden over grenzen stellen en samen leuke momenten vinden.", [Groups, Parenting, "levensdomein/opvoeding", "doelgroep/ouders"], 24, 144, "huis", Cost: 25m),
        new("Opvoedingspunt Zonnedal", "Infosessie pubers", "Wat gebeurt er in het hoofd van een tiener? Een avond voor ouders.", [Groups, "doelgroep/12-18", "doelgroep/ouders"], 144, 215, "bib"),
        new("Jeugdhulp Het Anker", "Gezinsbegeleiding thuis", "Een begeleider komt thuis om samen met het gezin aan de slag te gaan.", [Parenting, "thema/gezinsondersteuning", "doelgroep/kwetsbare-gezinnen"], 0, 216, "huis"),
        new("CLB Zonneland", "Spreekuur CLB voor ouders", "Vragen over leren, gezondheid of het welbevinden van je schoolkind.", [Consultation, "levensdomein/onderwijs", "doelgroep/6-12", "doelgroep/12-18"], 30, 216, "huis"),
        new("Basisschool De Regenboog", "Instapmoment voor kleuters", "Samen met je kleuter de klas verkennen voor de eerste schooldag.", [Reception, "levensdomein/onderwijs", "doelgroep/3-6"], 28, 48, "speelplein"),
        new("Academie voor Muziek en Woord Zonnedal", "Muzikaal peuteratelier", "Zingen, bewegen en ontdekken met klank voor peuters en hun ouder.", [Groups, "levensdomein/vrije-tijd", "doelgroep/0-3"], 18, 35, "bib", Cost: 40m),
        new("Ziekenfonds Zorgzaam", "Infosessie geboortepakket", "Wat betaalt het ziekenfonds terug rond zwangerschap en geboorte?", [Reception, "levensdomein/financien", "doelgroep/zwanger"], -9, -1, "huis", Stale: true),
        new("Huisartsenpraktijk De Esdoorn", "Kinderspreekuur huisarts", "Een vast spreekuur voor kinderen, zonder lange wachttijd.", [Consultation, "levensdomein/gezondheid", "doelgroep/0-3", "doelgroep/3-6", "doelgroep/6-12"], 0, 143, "huis"),
        new("Wijkgezondheidscentrum De Vonk", "Gezondheidsconsult voor nieuwkomers", "Een eerste gezondheidsgesprek met tolk voor gezinnen die net in België wonen.", [Consultation, "levensdomein/gezondheid", "doelgroep/kwetsbare-gezinnen"], null, null, "schakel", Languages: ["nl", "ar", "prs", "ti", "uk"]),
        new("Vzw Lichtpunt", "Praatgroep sterrenouders Zonnedal", "Een maandelijkse avond voor ouders van wie het kindje overleed rond de geboorte.", [Groups, "thema/perinataal-verlies", "doelgroep/ouders"], null, null, "huis"),
    ];
}
