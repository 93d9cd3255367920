using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Drafting;

public sealed record DraftOutcome(Guid? AgreementId, FieldErrors Errors, bool IsNotFound = false, bool IsFrozen = false)
{
    public bool Succeeded => AgreementId is not null && Errors.Count == 0;
}

/// <summary>
/// Writes agreements: a new one from a template with the chosen partners as parties (their
/// representatives as signers), changes to a draft, a new version of a frozen one, extra signers.
/// Only the current network's partners can be parties.
/// </summary>
public sealed class AgreementDrafts(AppDbContext db, IPartnerDirectory partners, TimeProvider clock)
{
    public const int MaxParties = 200;

    public async Task<DraftOutcome> CreateAsync(string? templateKey, string? title, IReadOnlyCollection<string> partyIds, string? startDate, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var template = AgreementTemplates.Find(templateKey);
        if (template is null)
        {
            errors.Add("Template", string.IsNullOrWhiteSpace(templateKey) ? "Error.Required" : "Error.UnknownChoice");
        }
        var cleanTitle = Check.Text(errors, "Title", title, 300);
        var start = Check.Date(errors, "StartDate", startDate, DateLimits.Earliest, DateLimits.Latest);
        var ids = new HashSet<Guid>();
        foreach (var text in partyIds.Take(MaxParties + 1))
        {
            if (!Guid.TryParse(text, out var id))
            {
                errors.Add("Parties", "Error.UnknownChoice");
                break;
            }
            ids.Add(id);
        }
        if (ids.Count == 0)
        {
            errors.Add("Parties", "Error.ChooseParties");
        }
        else if (ids.Count > MaxParties)
        {
            errors.Add("Parties", "Error.TooManyParties", MaxParties);
        }
        var found = ids.Count is > 0 and <= MaxParties ? await PartiesOfNetworkAsync(ids, cancellationToken) : [];
        if (found.Count != ids.Count && !errors.Any(e => e.Field == "Parties"))
        {
            errors.Add("Parties", "Error.UnknownChoice");
        }
        if (errors.Count > 0 || template is null || start is null)
        {
            return new DraftOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var agreement = new Agreement { Kind = template.Kind, Title = cleanTitle ?? template.Title, CreatedAt = now };
        var version = new AgreementVersion
        {
            Number = 1,
            Kind = template.Kind,
            Title = agreement.Title,
            Preamble = template.Preamble,
            Goals = template.Goals,
            Principles = template.Principles,
            Responsibilities = template.Responsibilities,
            SigningPlace = found.Select(p => p.Municipality).FirstOrDefault(m => m is not null),
            VerificationCode = VerificationCodes.New(),
            CreatedAt = now,
            Term = new AgreementTerm
            {
                StartDate = start.Value,
                EndDate = AgreementTerm.EndAfter(start.Value, template.TermMonths),
                EvaluationDate = template.EvaluationAfterMonths is { } after ? start.Value.AddMonths(after) : null,
                Renewal = template.Renewal,
            },
        };
        var position = 0;
        foreach (var (kind, quantity, amount, text) in template.Commitments)
        {
            version.Commitments.Add(new Commitment { Position = position++, Kind = kind, Quantity = quantity, Amount = amount, Text = text });
        }
        agreement.Versions.Add(version);
        await AddPartiesAsync(version, found, cancellationToken);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(agreement.Id, errors);
    }

    public async Task<DraftOutcome> UpdateAsync(Guid agreementId, DraftInput input, CancellationToken cancellationToken)
    {
        var version = await LatestAsync(agreementId, cancellationToken);
        if (version is null)
        {
            return new DraftOutcome(null, [], IsNotFound: true);
        }
        if (version.IsFrozen)
        {
            return new DraftOutcome(null, [], IsFrozen: true);
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors);
        if (values is null)
        {
            return new DraftOutcome(null, errors);
        }
        version.Title = values.Title;
        version.Agreement!.Title = values.Title;
        version.Preamble = values.Preamble;
        version.Goals = values.Goals;
        version.Principles = values.Principles;
        version.Responsibilities = values.Responsibilities;
        version.SigningPlace = values.SigningPlace;
        version.Term = values.Term;
        db.Commitments.RemoveRange(version.Commitments);
        version.Commitments.Clear();
        var position = 0;
        foreach (var (kind, quantity, amount, text) in values.Commitments)
        {
            // Added explicitly: EF would take an entity with a preset id, found through a navigation, for an existing one.
            db.Commitments.Add(new Commitment { VersionId = version.Id, Position = position++, Kind = kind, Quantity = quantity, Amount = amount, Text = text });
        }
        await db.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(agreementId, errors);
    }

    /// <summary>A new draft version with the text, parties and signers of the latest one.</summary>
    public async Task<DraftOutcome> NewVersionAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(agreementId, cancellationToken);
        if (latest is null)
        {
            return new DraftOutcome(null, [], IsNotFound: true);
        }
        if (!latest.IsFrozen)
        {
            return new DraftOutcome(agreementId, []);
        }
        var next = NextVersion(latest, clock.GetUtcNow().UtcDateTime);
        db.AgreementVersions.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(agreementId, []);
    }

    internal static AgreementVersion NextVersion(AgreementVersion latest, DateTime now)
    {
        var next = new AgreementVersion
        {
            NetworkId = latest.NetworkId,
            AgreementId = latest.AgreementId,
            Number = latest.Number + 1,
            Kind = latest.Kind,
            Title = latest.Title,
            Preamble = latest.Preamble,
            Goals = latest.Goals,
            Principles = latest.Principles,
            Responsibilities = latest.Responsibilities,
            SigningPlace = latest.SigningPlace,
            VerificationCode = VerificationCodes.New(),
            CreatedAt = now,
            Term = new AgreementTerm { StartDate = latest.Term.StartDate, EndDate = latest.Term.EndDate, EvaluationDate = latest.Term.EvaluationDate, Renewal = latest.Term.Renewal },
            Commitments = latest.Commitments.Select(c => new Commitment { NetworkId = latest.NetworkId, Position = c.Position, Kind = c.Kind, Quantity = c.Quantity, Amount = c.Amount, Text = c.Text }).ToList(),
        };
        foreach (var party in latest.Parties.OrderBy(p => p.Position))
        {
            var copy = new AgreementParty
            {
                NetworkId = latest.NetworkId, VersionId = next.Id, OrganisationId = party.OrganisationId, OrganisationName = party.OrganisationName,
                Municipality = party.Municipality, IsMunicipality = party.IsMunicipality, Position = party.Position,
            };
            next.Parties.Add(copy);
            foreach (var signer in latest.Signers.Where(s => s.PartyId == party.Id))
            {
                next.Signers.Add(new Signer { NetworkId = latest.NetworkId, PartyId = copy.Id, FullName = signer.FullName, Function = signer.Function, Email = signer.Email });
            }
        }
        return next;
    }

    public async Task<DraftOutcome> AddSignerAsync(Guid agreementId, string? partyId, string? fullName, string? function, string? email, CancellationToken cancellationToken)
    {
        var version = await LatestAsync(agreementId, cancellationToken);
        if (version is null)
        {
            return new DraftOutcome(null, [], IsNotFound: true);
        }
        var errors = new FieldErrors();
        var party = Guid.TryParse(partyId, out var pid) ? version.Parties.FirstOrDefault(p => p.Id == pid) : null;
        if (party is null)
        {
            errors.Add("PartyId", "Error.UnknownChoice");
        }
        var name = Check.Text(errors, "FullName", fullName, 200, required: true);
        var role = Check.Text(errors, "Function", function, 200);
        var address = Check.Email(errors, "Email", email, required: true, lowerCase: true);
        if (version.Status is VersionStatus.FullySigned or VersionStatus.Superseded)
        {
            errors.Add("FullName", "Error.VersionClosed");
        }
        if (address is not null && version.Signers.Any(s => s.Email == address && s.PartyId == party?.Id))
        {
            errors.Add("Email", "Error.SignerExists");
        }
        if (errors.Count > 0)
        {
            return new DraftOutcome(null, errors);
        }
        db.Signers.Add(new Signer { VersionId = version.Id, PartyId = party!.Id, FullName = name!, Function = role, Email = address! });
        await db.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(agreementId, errors);
    }

    public Task<AgreementVersion?> LatestAsync(Guid agreementId, CancellationToken cancellationToken) =>
        db.AgreementVersions
            .Include(v => v.Agreement).Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers)
            .Where(v => v.AgreementId == agreementId)
            .OrderByDescending(v => v.Number)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<List<PartySource>> PartiesOfNetworkAsync(HashSet<Guid> ids, CancellationToken cancellationToken)
    {
        var active = await partners.ActivePartnersAsync(cancellationToken);
        return active.Where(p => ids.Contains(p.Id))
            .Select(p => new PartySource(p.Id, p.Name, p.Municipality, p.Kind == "Municipality"))
            .ToList();
    }

    private async Task AddPartiesAsync(AgreementVersion version, List<PartySource> found, CancellationToken cancellationToken)
    {
        var people = await partners.PeopleAsync(found.Select(p => p.Id).ToList(), representativesOnly: true, cancellationToken);
        var position = 0;
        foreach (var source in found.OrderBy(p => p.Name, StringComparer.CurrentCulture))
        {
            var party = new AgreementParty
            {
                OrganisationId = source.Id, OrganisationName = source.Name, Municipality = source.Municipality,
                IsMunicipality = source.IsMunicipality, Position = position++,
            };
            version.Parties.Add(party);
            foreach (var person in people.Where(p => p.OrganisationId == source.Id && !string.IsNullOrWhiteSpace(p.Email)))
            {
                version.Signers.Add(new Signer { PartyId = party.Id, FullName = person.FullName, Function = person.Function, Email = person.Email!.ToLowerInvariant() });
            }
        }
    }

    private sealed record PartySource(Guid Id, string Name, string? Municipality, bool IsMunicipality);
}
