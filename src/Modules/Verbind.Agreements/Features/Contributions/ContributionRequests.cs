using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Contributions;

/// <summary>
/// Yearly contributions: payment requests for the parties of an agreement whose latest signed version
/// has a "pay a contribution" commitment, each with its own structured reference; marking them paid.
/// </summary>
public sealed class ContributionRequests(AppDbContext db, IPartnerDirectory partners, TimeProvider clock)
{
    private static readonly string?[] ExportHeader = ["year", "organisation", "amount_eur", "due_date", "structured_reference", "status", "paid_on"];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<List<PaymentRequest>> ListAsync(int? year, CancellationToken cancellationToken)
    {
        var query = db.PaymentRequests.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }
        var list = await query.ToListAsync(cancellationToken);
        return list.OrderBy(p => p.Year).ThenBy(p => p.OrganisationName, StringComparer.CurrentCulture).ToList();
    }

    /// <returns>How many requests were made (parties that already have one for that year are skipped).</returns>
    public async Task<(int Created, FieldErrors Errors)> CreateForYearAsync(Guid agreementId, string? year, string? dueDate, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var y = Check.WholeNumber(errors, "Year", year, 2000, 2100, required: true);
        var due = Check.Date(errors, "DueDate", dueDate, DateLimits.Earliest, DateLimits.Latest);
        var version = await db.AgreementVersions.AsNoTracking().Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers).AsSplitQuery()
            .Where(v => v.AgreementId == agreementId && v.SentAt != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var amount = version?.Commitments.FirstOrDefault(c => c.Kind == CommitmentKind.PayContribution)?.Amount;
        if (version is null || version.Status != VersionStatus.FullySigned)
        {
            errors.Add("AgreementId", "Error.NotSignedYet");
        }
        else if (amount is null)
        {
            errors.Add("AgreementId", "Error.NoContribution");
        }
        if (errors.Count > 0)
        {
            return (0, errors);
        }
        var existing = await db.PaymentRequests.Where(p => p.AgreementId == agreementId && p.Year == y).Select(p => p.OrganisationId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        var payers = version!.Parties.Where(p => p.IsMunicipality || !version.Parties.Any(q => q.IsMunicipality)).ToList();
        var countries = (await partners.FindAsync(payers.Select(p => p.OrganisationId).ToList(), cancellationToken)).ToDictionary(p => p.Id, p => p.CountryCode);
        foreach (var party in payers)
        {
            if (existing.Contains(party.OrganisationId))
            {
                continue;
            }
            db.PaymentRequests.Add(new PaymentRequest
            {
                AgreementId = agreementId, OrganisationId = party.OrganisationId, OrganisationName = party.OrganisationName,
                Year = y!.Value, Amount = amount!.Value, DueDate = due!.Value, Reference = await NewReferenceAsync(countries.GetValueOrDefault(party.OrganisationId), cancellationToken), CreatedAt = now,
            });
            created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (created, errors);
    }

    public async Task<FieldErrors> MarkPaidAsync(Guid id, string? paidOn, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var date = Check.Date(errors, "PaidOn", paidOn, DateLimits.Earliest, DateLimits.Latest);
        var request = await db.PaymentRequests.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (request is null)
        {
            errors.Add("PaidOn", "Error.UnknownChoice");
        }
        if (date > Today)
        {
            errors.Add("PaidOn", "Error.DateInFuture");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        request!.PaidOn = date;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Rows for the accountant: one per request, amounts with a point and two decimals.</summary>
    public async Task<List<string?[]>> ExportRowsAsync(CancellationToken cancellationToken)
    {
        var rows = new List<string?[]> { ExportHeader };
        foreach (var p in await ListAsync(null, cancellationToken))
        {
            rows.Add([
                p.Year.ToString(CultureInfo.InvariantCulture), p.OrganisationName, Euro.Plain(p.Amount), p.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PaymentReferences.Format(p.Reference), p.StatusOn(Today).ToString(), p.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]);
        }
        return rows;
    }

    private async Task<string> NewReferenceAsync(string? countryCode, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = PaymentReferences.NewRandom(countryCode);
            if (!await db.PaymentRequests.IgnoreQueryFilters().AnyAsync(p => p.Reference == reference, cancellationToken)
                && !db.PaymentRequests.Local.Any(p => p.Reference == reference))
            {
                return reference;
            }
        }
    }
}
