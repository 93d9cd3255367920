using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.Import;

/// <summary>What the coordinator chose for an organisation of the file that already exists.</summary>
internal enum DuplicateChoice
{
    /// <summary>Fill the existing organisation's empty fields, add the people it lacks and a membership if it is no member here.</summary>
    Merge,

    /// <summary>Create a separate organisation (not offered for a match by enterprise number, which is unique).</summary>
    New,

    /// <summary>Leave this organisation and its people out.</summary>
    Skip,
}

/// <summary>For each duplicate shown: which existing organisation it was shown with, and the choice made.</summary>
internal sealed record DuplicateDecision(Guid ShownOrganisationId, DuplicateChoice Choice);

internal enum ConfirmStatus
{
    Done,

    /// <summary>No such import in this network: already confirmed or cancelled, expired and cleared, or another network's.</summary>
    NotFound,

    Expired,

    /// <summary>The duplicates are not the ones the coordinator decided on; they must look again.</summary>
    Changed,
}

internal sealed record ImportCounts(
    int OrganisationsCreated, int OrganisationsMerged, int MembershipsAdded, int PeopleAdded, int PeopleUpdated, int OrganisationsSkipped, int LinesLeftOut);

internal sealed record ConfirmResult(ConfirmStatus Status, ImportCounts? Counts = null);

/// <summary>
/// Applies a staged import: every organisation, person and membership in one SaveChanges, so in one
/// transaction with its audit entries, together with removing the staged import. A second confirmation
/// finds nothing to apply; of two at once, the one that claims the staged import first writes, the other nothing.
/// </summary>
internal sealed partial class ConfirmImport(AppDbContext db, DuplicateFinder duplicates, TimeProvider clock, ILogger<ConfirmImport> logger)
{
    public async Task<ConfirmResult> HandleAsync(Guid importId, IReadOnlyDictionary<int, DuplicateDecision> decisions, CancellationToken cancellationToken)
    {
        var import = await db.Set<PartnerImport>().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return new ConfirmResult(ConfirmStatus.NotFound);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (import.IsExpiredAt(now))
        {
            db.Remove(import);
            await SaveIgnoringRaceAsync(cancellationToken);
            return new ConfirmResult(ConfirmStatus.Expired);
        }

        var file = StagedFile.FromJson(import.Content);
        var matches = await duplicates.FindAsync(file.Organisations, cancellationToken);
        if (!DecisionsFit(matches, decisions))
        {
            return await ChangedOrAlreadyConfirmedAsync(importId, cancellationToken);
        }

        db.Entry(import).State = EntityState.Detached;
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => ApplyAsync(importId, file, matches, decisions, now, cancellationToken));
        }
        catch (DbUpdateException e)
        {
            // Someone saved a conflicting organisation (same enterprise number) meanwhile; nothing of ours was written.
            LogConflict(logger, e, importId);
            return await ChangedOrAlreadyConfirmedAsync(importId, cancellationToken);
        }
    }

    /// <summary>
    /// A second confirmation that raced the first sees the first one's organisations as new duplicates;
    /// when the staged import is gone it was confirmed, and that is what the second clicker is told.
    /// </summary>
    private async Task<ConfirmResult> ChangedOrAlreadyConfirmedAsync(Guid importId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<PartnerImport>().AnyAsync(i => i.Id == importId, cancellationToken)
            ? new ConfirmResult(ConfirmStatus.Changed)
            : new ConfirmResult(ConfirmStatus.NotFound);
    }

    /// <summary>
    /// Claims the staged import by deleting it first, in the transaction that writes its records: a second
    /// confirmation waits on that row and then finds nothing to claim, so it writes nothing.
    /// </summary>
    private async Task<ConfirmResult> ApplyAsync(
        Guid importId, StagedFile file, Dictionary<int, DuplicateMatch> matches, IReadOnlyDictionary<int, DuplicateDecision> decisions, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<PartnerImport>().Where(i => i.Id == importId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return new ConfirmResult(ConfirmStatus.NotFound);
        }

        var apply = new Application(db, db.NetworkScope.Required.Id, now);
        await apply.LoadTargetsAsync(matches.Where(m => decisions[m.Key].Choice == DuplicateChoice.Merge).Select(m => m.Value.OrganisationId), cancellationToken);
        for (var i = 0; i < file.Organisations.Count; i++)
        {
            var staged = file.Organisations[i];
            var choice = matches.ContainsKey(i) ? decisions[i].Choice : DuplicateChoice.New;
            switch (choice)
            {
                case DuplicateChoice.New:
                    apply.Create(staged);
                    break;
                case DuplicateChoice.Merge:
                    apply.Merge(staged, matches[i].OrganisationId);
                    break;
                default:
                    apply.Skip();
                    break;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConfirmResult(ConfirmStatus.Done, apply.Counts(file.BadLines));
    }

    /// <summary>Every duplicate found now was shown, with the same existing organisation, and has a choice it allows.</summary>
    private static bool DecisionsFit(Dictionary<int, DuplicateMatch> matches, IReadOnlyDictionary<int, DuplicateDecision> decisions)
    {
        foreach (var (index, match) in matches)
        {
            if (!decisions.TryGetValue(index, out var decision) || decision.ShownOrganisationId != match.OrganisationId)
            {
                return false;
            }
            if (decision.Choice == DuplicateChoice.New && match.By == MatchedBy.EnterpriseNumber)
            {
                return false;
            }
        }
        return decisions.Keys.All(matches.ContainsKey);
    }

    private async Task SaveIgnoringRaceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by another request already: the outcome is the same.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} was not applied: the database refused the changes.")]
    private static partial void LogConflict(ILogger logger, Exception exception, Guid importId);

    /// <summary>The changes of one confirmation, tracked in the context until it saves.</summary>
    private sealed class Application(AppDbContext db, Guid networkId, DateTime now)
    {
        private readonly DateOnly _today = DateOnly.FromDateTime(now);
        private readonly Dictionary<Guid, Organisation> _targets = [];
        private readonly Dictionary<Guid, List<Membership>> _memberships = [];
        private readonly Dictionary<(Guid OrganisationId, string NameKey), Person> _people = [];
        private readonly HashSet<Guid> _merged = [];
        private readonly HashSet<Guid> _peopleUpdated = [];
        private int _created, _membershipsAdded, _peopleAdded, _skipped;

        public async Task LoadTargetsAsync(IEnumerable<Guid> organisationIds, CancellationToken cancellationToken)
        {
            var ids = organisationIds.Distinct().ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                // Matched by enterprise number, an organisation may not be in this network yet.
                foreach (var organisation in await db.Set<Organisation>().IgnoreQueryFilters().Where(o => chunk.Contains(o.Id)).ToListAsync(cancellationToken))
                {
                    _targets[organisation.Id] = organisation;
                }
                foreach (var membership in await db.Set<Membership>().Where(m => chunk.Contains(m.OrganisationId)).ToListAsync(cancellationToken))
                {
                    MembershipsOf(membership.OrganisationId).Add(membership);
                }
                foreach (var person in await db.Set<Person>().Where(p => chunk.Contains(p.OrganisationId)).ToListAsync(cancellationToken))
                {
                    _people.TryAdd((person.OrganisationId, TextKey.Of(person.FullName)), person);
                }
            }
        }

        public void Create(StagedOrganisation staged)
        {
            var organisation = new Organisation
            {
                Name = staged.Name,
                Kind = staged.Kind ?? OrganisationKind.Other,
                Sector = staged.Sector ?? Sector.Other,
                EnterpriseNumber = staged.EnterpriseNumber is null ? null : EnterpriseNumber.FromStorage(staged.EnterpriseNumber),
                Address = new Address { Street = staged.Street, Postcode = staged.Postcode, Municipality = staged.Municipality, CountryCode = staged.CountryCode },
                Phone = staged.Phone,
                Email = staged.Email,
                Website = staged.Website,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Add(organisation);
            _created++;
            AddMembership(organisation.Id, staged);
            foreach (var person in staged.People)
            {
                AddPerson(organisation.Id, person);
            }
        }

        public void Merge(StagedOrganisation staged, Guid organisationId)
        {
            var organisation = _targets[organisationId];
            _merged.Add(organisationId);
            var changed = false;
            string? Fill(string? current, string? value)
            {
                if (!string.IsNullOrWhiteSpace(current) || value is null)
                {
                    return current;
                }
                changed = true;
                return value;
            }
            organisation.Phone = Fill(organisation.Phone, staged.Phone);
            organisation.Email = Fill(organisation.Email, staged.Email);
            organisation.Website = Fill(organisation.Website, staged.Website);
            if (organisation.EnterpriseNumber is null && staged.EnterpriseNumber is not null)
            {
                organisation.EnterpriseNumber = EnterpriseNumber.FromStorage(staged.EnterpriseNumber);
                changed = true;
            }
            if (organisation.Kind == OrganisationKind.Other && staged.Kind is { } kind && kind != OrganisationKind.Other)
            {
                organisation.Kind = kind;
                changed = true;
            }
            if (organisation.Sector == Sector.Other && staged.Sector is { } sector && sector != Sector.Other)
            {
                organisation.Sector = sector;
                changed = true;
            }
            var addressWasEmpty = string.IsNullOrWhiteSpace(organisation.Address.Street) && string.IsNullOrWhiteSpace(organisation.Address.Postcode) && string.IsNullOrWhiteSpace(organisation.Address.Municipality);
            // A complex property is replaced whole, so the change tracker sees it.
            var address = new Address
            {
                Street = Fill(organisation.Address.Street, staged.Street),
                Postcode = Fill(organisation.Address.Postcode, staged.Postcode),
                Municipality = Fill(organisation.Address.Municipality, staged.Municipality),
                CountryCode = addressWasEmpty ? staged.CountryCode : organisation.Address.CountryCode,
            };
            organisation.Address = address;
            if (changed)
            {
                organisation.UpdatedAt = now;
            }

            // The membership rules of the organisation pages: a membership is added only when the
            // organisation is no member here now and the new one starts after the last one ended.
            var joined = new MembershipHistory(MembershipsOf(organisationId))
                .Join(networkId, organisationId, staged.Role ?? MembershipRole.Partner, staged.StartDate ?? _today, _today);
            if (joined.Succeeded)
            {
                joined.Membership!.EndDate = staged.EndDate;
                Track(joined.Membership);
            }

            foreach (var person in staged.People)
            {
                if (!_people.TryGetValue((organisationId, TextKey.Of(person.FullName)), out var existing))
                {
                    AddPerson(organisationId, person);
                    continue;
                }
                var before = (existing.Function, existing.Email, existing.Phone, existing.Expertise.Count);
                existing.Function = string.IsNullOrWhiteSpace(existing.Function) ? person.Function : existing.Function;
                existing.Email = string.IsNullOrWhiteSpace(existing.Email) ? person.Email : existing.Email;
                existing.Phone = string.IsNullOrWhiteSpace(existing.Phone) ? person.Phone : existing.Phone;
                if (existing.Expertise.Count == 0 && person.Expertise.Count > 0)
                {
                    existing.Expertise = [.. person.Expertise];
                }
                if (before != (existing.Function, existing.Email, existing.Phone, existing.Expertise.Count))
                {
                    existing.UpdatedAt = now;
                    _peopleUpdated.Add(existing.Id);
                }
            }
        }

        public void Skip() => _skipped++;

        private List<Membership> MembershipsOf(Guid organisationId) =>
            _memberships.TryGetValue(organisationId, out var list) ? list : _memberships[organisationId] = [];

        public ImportCounts Counts(int linesLeftOut) =>
            new(_created, _merged.Count, _membershipsAdded, _peopleAdded, _peopleUpdated.Count, _skipped, linesLeftOut);

        private void AddMembership(Guid organisationId, StagedOrganisation staged) => Track(new Membership
        {
            NetworkId = networkId,
            OrganisationId = organisationId,
            Role = staged.Role ?? MembershipRole.Partner,
            StartDate = staged.StartDate ?? _today,
            EndDate = staged.EndDate,
        });

        private void Track(Membership membership)
        {
            db.Add(membership);
            MembershipsOf(membership.OrganisationId).Add(membership);
            _membershipsAdded++;
        }

        private void AddPerson(Guid organisationId, StagedPerson staged)
        {
            var person = new Person
            {
                NetworkId = networkId,
                OrganisationId = organisationId,
                FullName = staged.FullName,
                Function = staged.Function,
                Expertise = [.. staged.Expertise],
                Email = staged.Email,
                Phone = staged.Phone,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Add(person);
            _people.TryAdd((organisationId, TextKey.Of(person.FullName)), person);
            _peopleAdded++;
        }
    }
}
