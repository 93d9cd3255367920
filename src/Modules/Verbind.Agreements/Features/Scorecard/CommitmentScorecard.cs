using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Contracts;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Scorecard;

public enum EvidenceSource
{
    None,
    Hand,
    Payments,
    Feed,
}

public sealed record ScoreRow(
    Guid AgreementId, string AgreementTitle, Guid CommitmentId, Commitment Commitment, Guid OrganisationId, string OrganisationName,
    CommitmentStatus Status, string? Evidence, EvidenceSource Source);

/// <summary>
/// Per party of every signed agreement, each commitment and where it stands: payments feed the
/// contribution, registered <see cref="ICommitmentFeed"/>s feed their kind, the rest is kept by hand
/// (not tracked until someone sets it).
/// </summary>
public sealed class CommitmentScorecard(AppDbContext db, IEnumerable<ICommitmentFeed> feeds, TimeProvider clock)
{
    public async Task<List<ScoreRow>> RowsAsync(IReadOnlySet<Guid>? onlyOrganisations, CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers).AsSplitQuery()
            .Where(v => v.SentAt != null).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Per agreement one version: the one binding today, else (not started yet, or over) the latest signed.
        var signed = versions.GroupBy(v => v.AgreementId)
            .Select(g => AgreementVersion.Binding(g, today) ?? g.Where(v => v.Status == VersionStatus.FullySigned).MaxBy(v => v.Number))
            .OfType<AgreementVersion>().ToList();
        var tracking = await db.CommitmentTracking.AsNoTracking().ToListAsync(cancellationToken);
        var payments = await db.PaymentRequests.AsNoTracking().Where(p => p.Year == today.Year).ToListAsync(cancellationToken);
        var rows = new List<ScoreRow>();
        foreach (var version in signed)
        {
            var parties = version.Parties.Where(p => onlyOrganisations is null || onlyOrganisations.Contains(p.OrganisationId)).OrderBy(p => p.Position).ToList();
            foreach (var commitment in version.Commitments.OrderBy(c => c.Position))
            {
                var fed = await FeedAsync(commitment, parties, version.Term, today, cancellationToken);
                foreach (var party in parties)
                {
                    var hand = tracking.FirstOrDefault(t => t.CommitmentId == commitment.Id && t.OrganisationId == party.OrganisationId);
                    var (status, evidence, source) = commitment.Kind == CommitmentKind.PayContribution
                        ? FromPayments(payments.Where(p => p.AgreementId == version.AgreementId && p.OrganisationId == party.OrganisationId).ToList(), today)
                        : fed.TryGetValue(party.OrganisationId, out var f) ? (ToStatus(f.Status), f.Evidence, EvidenceSource.Feed)
                        : hand is not null ? (hand.Status, hand.Evidence, EvidenceSource.Hand)
                        : (CommitmentStatus.NotTracked, null, EvidenceSource.None);
                    rows.Add(new ScoreRow(version.AgreementId, version.Title, commitment.Id, commitment, party.OrganisationId, party.OrganisationName, status, evidence, source));
                }
            }
        }
        return rows;
    }

    public async Task<FieldErrors> TrackAsync(Guid commitmentId, Guid organisationId, string? status, string? evidence, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var choice = Check.Choice<CommitmentStatus>(errors, "Status", status);
        var text = Check.Text(errors, "Evidence", evidence, 1000);
        var commitment = await db.Commitments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        var isParty = commitment is not null && await db.AgreementParties.AnyAsync(p => p.VersionId == commitment.VersionId && p.OrganisationId == organisationId, cancellationToken);
        if (!isParty || commitment!.Kind == CommitmentKind.PayContribution)
        {
            errors.Add("Status", "Error.UnknownChoice");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var row = await db.CommitmentTracking.FirstOrDefaultAsync(t => t.CommitmentId == commitmentId && t.OrganisationId == organisationId, cancellationToken);
        if (row is null)
        {
            row = new CommitmentTracking { CommitmentId = commitmentId, OrganisationId = organisationId };
            db.CommitmentTracking.Add(row);
        }
        row.Status = choice!.Value;
        row.Evidence = text;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private async Task<IReadOnlyDictionary<Guid, FedEvidence>> FeedAsync(Commitment commitment, List<AgreementParty> parties, AgreementTerm term, DateOnly today, CancellationToken cancellationToken)
    {
        var feed = feeds.FirstOrDefault(f => f.Kind == commitment.Kind.ToString());
        if (feed is null || parties.Count == 0)
        {
            return new Dictionary<Guid, FedEvidence>();
        }
        var from = today.AddYears(-1) > term.StartDate ? today.AddYears(-1) : term.StartDate;
        return await feed.EvaluateAsync(parties.Select(p => p.OrganisationId).ToList(), commitment.Quantity, from, today, cancellationToken);
    }

    private static (CommitmentStatus, string?, EvidenceSource) FromPayments(List<PaymentRequest> requests, DateOnly today)
    {
        if (requests.Count == 0)
        {
            return (CommitmentStatus.NotTracked, null, EvidenceSource.None);
        }
        var statuses = requests.Select(r => r.StatusOn(today)).ToList();
        var reference = PaymentReferences.Format(requests[0].Reference);
        return statuses.All(s => s == PaymentStatus.Paid) ? (CommitmentStatus.Met, reference, EvidenceSource.Payments)
            : statuses.Any(s => s == PaymentStatus.Overdue) ? (CommitmentStatus.NotMet, reference, EvidenceSource.Payments)
            : (CommitmentStatus.AtRisk, reference, EvidenceSource.Payments);
    }

    private static CommitmentStatus ToStatus(FedStatus status) => status switch
    {
        FedStatus.Met => CommitmentStatus.Met,
        FedStatus.AtRisk => CommitmentStatus.AtRisk,
        _ => CommitmentStatus.NotMet,
    };
}
