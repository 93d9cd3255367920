using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Drafting;

/// <summary>
/// Records the evaluation of a signed version (outcome, notes, decision). "Renew" and "change" start the
/// next version as a draft (renewal moves the term on by its own length); "stop" ends nothing by itself.
/// </summary>
public sealed class Evaluations(AppDbContext db, TimeProvider clock)
{
    public async Task<DraftOutcome> RecordAsync(Guid agreementId, string? outcome, string? notes, string? decision, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var cleanOutcome = Check.Text(errors, "Outcome", outcome, 200, required: true);
        var cleanNotes = Check.Text(errors, "Notes", notes, 4000);
        var choice = Check.Choice<EvaluationDecision>(errors, "Decision", decision);
        var version = await db.AgreementVersions.Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers).AsSplitQuery()
            .Where(v => v.AgreementId == agreementId && v.SupersededAt == null && v.SentAt != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return new DraftOutcome(null, [], IsNotFound: true);
        }
        if (version.Status != VersionStatus.FullySigned)
        {
            errors.Add("Outcome", "Error.NotSignedYet");
        }
        if (errors.Count > 0)
        {
            return new DraftOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        version.EvaluatedAt = now;
        version.EvaluationOutcome = cleanOutcome;
        version.EvaluationNotes = cleanNotes;
        version.Decision = choice;
        var hasDraft = await db.AgreementVersions.AnyAsync(v => v.AgreementId == agreementId && v.Number > version.Number, cancellationToken);
        if (choice is EvaluationDecision.Renew or EvaluationDecision.Change && !hasDraft)
        {
            var next = AgreementDrafts.NextVersion(version, now);
            if (choice == EvaluationDecision.Renew)
            {
                var months = ((version.Term.EndDate.Year - version.Term.StartDate.Year) * 12) + version.Term.EndDate.Month - version.Term.StartDate.Month + 1;
                var start = version.Term.EndDate.AddDays(1);
                next.Term.StartDate = start;
                next.Term.EndDate = AgreementTerm.EndAfter(start, months);
                next.Term.EvaluationDate = version.Term.EvaluationDate is { } evaluation ? evaluation.AddMonths(months) : null;
            }
            db.AgreementVersions.Add(next);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(agreementId, errors);
    }
}
