using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.SaveOrganisation;

/// <summary>
/// Creates an organisation with its membership in the current network, or updates one. Organisations
/// are shared: when the enterprise number is already known anywhere on the platform, the existing
/// organisation joins this network instead of being created twice (its details stay as they are).
/// </summary>
public sealed class SaveOrganisation(AppDbContext db, TimeProvider clock)
{
    public async Task<SaveOutcome> CreateAsync(OrganisationInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var values = input.Validate(errors, today, withMembership: true);
        if (values is null)
        {
            return SaveOutcome.Invalid(errors);
        }
        var networkId = db.NetworkScope.Required.Id;
        if (values.EnterpriseNumber is { } number
            && await db.Organisations.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.EnterpriseNumber == number, cancellationToken) is { } existing)
        {
            var history = new MembershipHistory(await db.Memberships.Where(m => m.OrganisationId == existing.Id).ToListAsync(cancellationToken));
            var joined = history.Join(networkId, existing.Id, values.Role!.Value, values.StartDate!.Value, today);
            if (!joined.Succeeded)
            {
                errors.Add(nameof(OrganisationInput.EnterpriseNumber),
                    joined.Error == MembershipError.AlreadyMember ? "Error.AlreadyInNetwork" : "Error.StartsBeforePreviousEnd");
                return SaveOutcome.Invalid(errors);
            }
            db.Memberships.Add(joined.Membership!);
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome(existing.Id, LinkedExisting: true, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Name = values.Name, CreatedAt = now };
        values.ApplyTo(organisation, now);
        db.Organisations.Add(organisation);
        db.Memberships.Add(new Membership
        {
            NetworkId = networkId, Organisation = organisation, Role = values.Role!.Value, StartDate = values.StartDate!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new SaveOutcome(organisation.Id, LinkedExisting: false, errors);
    }

    /// <returns>Null when the organisation is not in this network.</returns>
    public async Task<SaveOutcome?> UpdateAsync(Guid id, OrganisationInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors, clock.Today(), withMembership: false);
        if (values is null)
        {
            return SaveOutcome.Invalid(errors);
        }
        if (values.EnterpriseNumber is { } number
            && await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.EnterpriseNumber == number && o.Id != id, cancellationToken))
        {
            errors.Add(nameof(OrganisationInput.EnterpriseNumber), "Error.NumberTaken");
            return SaveOutcome.Invalid(errors);
        }
        values.ApplyTo(organisation, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveOutcome(organisation.Id, LinkedExisting: false, errors);
    }
}

public sealed record SaveOutcome(Guid? Id, bool LinkedExisting, FieldErrors Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static SaveOutcome Invalid(FieldErrors errors) => new(null, false, errors);
}
