using Verbind.Agreements.Domain;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Drafting;

/// <summary>A starting text for a new agreement: its kind, sections, commitments and usual term.</summary>
public sealed record AgreementTemplate(
    string Key,
    AgreementKind Kind,
    string Title,
    string Preamble,
    string Goals,
    string Principles,
    string Responsibilities,
    int TermMonths,
    int? EvaluationAfterMonths,
    RenewalRule Renewal,
    IReadOnlyList<(CommitmentKind Kind, int? Quantity, decimal? Amount, string? Text)> Commitments);

/// <summary>
/// Fictional demo templates, one for each kind of network. The wording is our own; a coordinator edits
/// it before sending. Document text is in Dutch, the language the parties sign in.
/// </summary>
public static class AgreementTemplates
{
    public static readonly IReadOnlyList<AgreementTemplate> All =
    [
        new("engagement", AgreementKind.EngagementDeclaration, "Engagementsverklaring van de partners",
            "De ondertekenaars werken samen in het lokale netwerk rond gezinnen. Met deze verklaring maken zij hun samenwerking zichtbaar en toetsbaar.",
            "1. Elk gezin vindt vlot het aanbod dat bij zijn vraag past.\n2. Partners kennen elkaar en verwijzen warm door.\n3. Leemtes in het aanbod worden samen opgespoord en aangepakt.",
            "- Het gezin staat centraal, niet de organisatie.\n- We werken laagdrempelig, nabij en zonder wachtlijst waar het kan.\n- We delen wat we weten, met respect voor de privacy van gezinnen.",
            "De coördinator bereidt de netwerkvergaderingen voor en bewaakt de afspraken. Elke partner duidt een aanspreekpunt aan en houdt zijn aanbod actueel.",
            36, 12, RenewalRule.RenewedAfterEvaluation,
            [(CommitmentKind.AttendMeetings, 4, null, null), (CommitmentKind.KeepOfferingUpToDate, null, null, null), (CommitmentKind.JoinWorkgroups, 1, null, null), (CommitmentKind.Publicise, null, null, null), (CommitmentKind.ShareData, null, null, null)]),
        new("coalition", AgreementKind.CoalitionCharter, "Coalitieakkoord eerste duizend dagen",
            "Gemeenten en partners uit het medische en sociale domein bundelen hun krachten zodat elk kind een goede start krijgt.",
            "1. Kwetsbaarheid rond zwangerschap vroeg signaleren.\n2. Gezinnen gericht doorverwijzen en blijven begeleiden.\n3. Samen meten wat werkt en bijsturen.",
            "- Eén gezin, één plan.\n- Professionals weten van elkaar wie wat doet.\n- Afspraken in de keten worden nageleefd en jaarlijks besproken.",
            "De gemeente trekt de coalitie. Elke partner signaleert, verwijst door en koppelt terug binnen de afgesproken termijnen.",
            24, 12, RenewalRule.RenewedAfterEvaluation,
            [(CommitmentKind.AttendMeetings, 2, null, null), (CommitmentKind.ShareData, null, null, null), (CommitmentKind.FreeText, null, null, "Terugkoppeling na een verwijzing binnen tien werkdagen.")]),
        new("pilot", AgreementKind.PilotAgreement, "Pilootovereenkomst sterrengemeente",
            "Deze overeenkomst regelt een proefjaar waarin de gemeente samen met het netwerk ouders van een sterrenkind beter ondersteunt.",
            "1. Ouders vinden snel een luisterend oor, ook online.\n2. De gemeente informeert ouders over lokale steun.\n3. Na een jaar evalueren beide partijen samen.",
            "- Rouw om een baby krijgt een plaats in het lokale beleid.\n- Informatie voor ouders is juist, warm en vindbaar.",
            "Het netwerk zorgt voor de chat met getrainde hulpverleners en het communicatiemateriaal. De gemeente betaalt de jaarlijkse bijdrage en duidt een lokale contactpersoon aan.",
            12, 10, RenewalRule.RenewedAfterEvaluation,
            [(CommitmentKind.PayContribution, null, 1000m, null), (CommitmentKind.Publicise, null, null, null), (CommitmentKind.FreeText, null, null, "Lokale informatie voor ouders aanleveren voor de brochure.")]),
        new("intent", AgreementKind.IntentDeclaration, "Intentieverklaring eerstelijnszone",
            "De partners van de eerstelijnszone spreken de intentie uit om samen te werken aan de doelen van het actieplan.",
            "1. Een sterke eerste lijn voor gezinnen met jonge kinderen.\n2. Elke actie heeft een trekker, een doel en een evaluatie.",
            "- We werken over sectoren heen.\n- We evalueren zowel het proces als het resultaat.",
            "De zorgraad volgt het actieplan op. De trekker van een actie rapporteert twee keer per jaar.",
            48, 24, RenewalRule.EndsUnlessRenewed,
            [(CommitmentKind.AttendMeetings, 2, null, null), (CommitmentKind.JoinWorkgroups, 1, null, null), (CommitmentKind.Publicise, null, null, null)]),
    ];

    public static AgreementTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    public static AgreementTemplate ForNetwork(NetworkKind kind) => kind switch
    {
        NetworkKind.KansrijkeStart => All[1],
        NetworkKind.HelplineProgramme => All[2],
        NetworkKind.CareZone => All[3],
        _ => All[0],
    };
}
