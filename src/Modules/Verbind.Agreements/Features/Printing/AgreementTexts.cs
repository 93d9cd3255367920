using Microsoft.Extensions.Localization;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Agreements.Localisation;

namespace Verbind.Agreements.Features.Printing;

/// <summary>How commitments and terms read in the reader's language (pages, PDF, scorecard).</summary>
public sealed class AgreementTexts(IStringLocalizer<AgreementsText> l)
{
    public string Commitment(Commitment commitment) => commitment.Kind switch
    {
        CommitmentKind.AttendMeetings => l["Commitment.AttendMeetings", commitment.Quantity ?? 0],
        CommitmentKind.JoinWorkgroups => l["Commitment.JoinWorkgroups", commitment.Quantity ?? 0],
        CommitmentKind.PayContribution => l["Commitment.PayContribution", Euro.Format(commitment.Amount ?? 0)],
        CommitmentKind.FreeText => commitment.Text ?? "",
        _ => l[$"Commitment.{commitment.Kind}"],
    };

    public string Term(AgreementTerm term)
    {
        var text = l["Term.Text", term.StartDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture), term.EndDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value;
        if (term.EvaluationDate is { } evaluation)
        {
            text += " " + l["Term.Evaluation", evaluation.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value;
        }
        return text + " " + l[$"Renewal.{term.Renewal}"].Value;
    }

    public PdfLabels PdfLabels(AgreementTerm term) => new(
        l["Document.Version"], l["Document.Parties"], l["Document.Preamble"], l["Document.Goals"], l["Document.Principles"],
        l["Document.Responsibilities"], l["Document.Commitments"], l["Document.Term"], l["Document.SignaturePage"],
        l["Document.SignedAt"], l["Document.NotSigned"], l["Document.Hash"], l["Document.VerificationCode"], l["Document.VerifyAt"],
        l["Document.Page"], Commitment, Term(term));
}
