using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ManageMembership;

/// <summary>A role change, an end or a return, as a form sends it.</summary>
public sealed class MembershipInput
{
    public string? Role { get; set; }
    public string? Date { get; set; }
}

public enum MembershipAction
{
    ChangeRole,
    End,
    Rejoin,
}

/// <summary>Changes an organisation's membership of the current network by the rules of <see cref="MembershipHistory"/>.</summary>
public sealed class ChangeMembership(AppDbContext db, TimeProvider clock)
{
    /// <returns>Null when the organisation is not in this network.</returns>
    public async Task<FieldErrors?> HandleAsync(Guid organisationId, MembershipAction action, MembershipInput input, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return null;
        }
        var errors = new FieldErrors();
        var today = clock.Today();
        var date = Check.Date(errors, nameof(MembershipInput.Date), input.Date, today);
        var role = action == MembershipAction.End ? null : Check.Choice<MembershipRole>(errors, nameof(MembershipInput.Role), input.Role);
        if (errors.Count > 0)
        {
            return errors;
        }
        var history = new MembershipHistory(await db.Memberships.Where(m => m.OrganisationId == organisationId).ToListAsync(cancellationToken));
        var outcome = action switch
        {
            MembershipAction.ChangeRole => history.ChangeRole(role!.Value, date!.Value, today),
            MembershipAction.End => history.End(date!.Value, today),
            _ => history.Join(db.NetworkScope.Required.Id, organisationId, role!.Value, date!.Value, today),
        };
        if (!outcome.Succeeded)
        {
            errors.Add(nameof(MembershipInput.Date), $"Error.Membership.{outcome.Error}");
            return errors;
        }
        if (outcome.IsNew)
        {
            db.Memberships.Add(outcome.Membership!);
        }
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
