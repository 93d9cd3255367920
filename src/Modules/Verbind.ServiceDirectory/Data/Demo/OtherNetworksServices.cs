namespace Verbind.ServiceDirectory.Data.Demo;

/// <summary>The fictional offering of the Kansrijke Start coalition Lindeveen (NL) and the Lichtpunt network.</summary>
internal static class OtherNetworksServices
{
    public static readonly DemoLocation[] LindeveenLocations =
    [
        new("ggd", "Consultatiebureau Lindeveen", "Gezondheidsweg 10", "7311", "NL"),
        new("waterlelie", "Verloskundigenpraktijk De Waterlelie", "Vijverlaan 3", "7321", "NL"),
        new("wijkteam", "Wijkteam Lindeveen", "Buurtplein 5", "7331", "NL"),
    ];

    public static readonly DemoService[] Lindeveen =
    [
        new("GGD Lindeland, Jeugdgezondheidszorg", "Consultatiebureau 0-4 jaar", "Groei, ontwikkeling en vaccinaties, met tijd voor al je vragen.", ["pijler/consultatie", "thema/vaccinatie", "doelgroep/0-3"], 0, 47, "ggd"),
        new("GGD Lindeland, Jeugdgezondheidszorg", "Prenataal huisbezoek", "Een jeugdverpleegkundige komt langs tijdens de zwangerschap, zeker als het even tegenzit.", ["pijler/consultatie", "thema/eerste-1000-dagen", "doelgroep/zwanger", "doelgroep/kwetsbare-gezinnen"], -6, -1, "ggd"),
        new("Verloskundigenpraktijk De Waterlelie", "Centering Pregnancy", "Zwangerschapscontroles in een groep van acht tot twaalf zwangeren.", ["pijler/groepsaanbod", "thema/zwangerschapsbegeleiding", "doelgroep/zwanger"], -7, -1, "waterlelie"),
        new("Kraamzorg Het Nest", "Kraamzorg thuis", "De kraamverzorgende helpt de eerste acht dagen na de bevalling.", ["pijler/opvoedingsondersteuning", "thema/kraamzorg", "thema/borstvoeding", "doelgroep/0-3"], 0, 1, "waterlelie", Stale: true),
        new("Wijkteam Lindeveen", "Steun voor jonge ouders", "Hulp bij geldzorgen, huisvesting of stress rond de komst van een kindje.", ["pijler/opvoedingsondersteuning", "thema/eerste-1000-dagen", "thema/armoede", "doelgroep/kwetsbare-gezinnen"], -9, 24, "wijkteam"),
        new("GGZ Lindeland, Moeder en Kind", "Poli moeder en kind", "Zorg voor ouders met psychische klachten in de zwangerschap of na de bevalling.", ["pijler/consultatie", "thema/psychische-klachten-ouders", "doelgroep/ouders"], -9, 12, "wijkteam"),
    ];

    public static readonly DemoLocation[] LichtpuntLocations =
    [
        new("lichtpunt", "Lichtpunt, ontmoetingsruimte", "Sterrenlaan 1", "3500"),
    ];

    public static readonly DemoService[] Lichtpunt =
    [
        new("Vzw Lichtpunt", "Chat voor sterrenouders", "Anoniem chatten met een getrainde hulpverlener, elke week op vaste momenten.", ["pijler/onthaal-informatie", "thema/perinataal-verlies", "doelgroep/ouders"], null, null, "lichtpunt", Languages: ["nl", "fr"]),
        new("Vzw Lichtpunt", "Lotgenotengroep na perinataal verlies", "Ouders die hetzelfde meemaakten, samen in een kleine groep.", ["pijler/groepsaanbod", "thema/perinataal-verlies", "doelgroep/ouders"], null, null, "lichtpunt"),
        new("Vzw Lichtpunt", "Herdenkingsmoment Wereldlichtjesdag", "Elk jaar op de tweede zondag van december steken we samen een kaarsje aan.", ["pijler/groepsaanbod", "thema/perinataal-verlies", "doelgroep/ouders"], null, null, "lichtpunt"),
        new("Vzw Lichtpunt", "Vorming voor zorgverleners", "Hoe sta je naast ouders van een sterrenkindje? Een dag voor professionals.", ["pijler/groepsaanbod", "thema/perinataal-verlies", "doelgroep/professionals"], null, null, "lichtpunt", Cost: 60m, Stale: true),
    ];
}
