namespace Verbind.Partners.Domain;

/// <summary>
/// The rules for the memberships of one organisation in one network. Memberships never overlap and are
/// never deleted: a role change ends the current membership the day before and starts a new one, so
/// the network can always tell who was a partner in which role on a given day. A role change on the
/// day the current membership started corrects that membership instead (the audit log keeps the
/// correction).
/// </summary>
public sealed class MembershipHistory(IEnumerable<Membership> memberships)
{
    private readonly List<Membership> _memberships = memberships.OrderBy(m => m.StartDate).ToList();

    public IReadOnlyList<Membership> All => _memberships;

    public Membership? Latest => _memberships.LastOrDefault();

    /// <summary>The membership that has not ended on <paramref name="today"/> (it may start later).</summary>
    public Membership? Current(DateOnly today) => Latest is { } latest && (latest.EndDate is null || latest.EndDate >= today) ? latest : null;

    public MembershipOutcome Join(Guid networkId, Guid organisationId, MembershipRole role, DateOnly start, DateOnly today)
    {
        if (Current(today) is not null)
        {
            return MembershipOutcome.Fail(MembershipError.AlreadyMember);
        }
        if (Latest?.EndDate is { } previousEnd && start <= previousEnd)
        {
            return MembershipOutcome.Fail(MembershipError.StartsBeforePreviousEnd);
        }
        var membership = new Membership { NetworkId = networkId, OrganisationId = organisationId, Role = role, StartDate = start };
        _memberships.Add(membership);
        return MembershipOutcome.Added(membership);
    }

    public MembershipOutcome ChangeRole(MembershipRole role, DateOnly from, DateOnly today)
    {
        if (Current(today) is not { } current)
        {
            return MembershipOutcome.Fail(MembershipError.NotMember);
        }
        if (current.Role == role)
        {
            return MembershipOutcome.Fail(MembershipError.SameRole);
        }
        if (from < current.StartDate)
        {
            return MembershipOutcome.Fail(MembershipError.BeforeCurrentStart);
        }
        if (current.EndDate is { } plannedEnd && from > plannedEnd)
        {
            return MembershipOutcome.Fail(MembershipError.AfterPlannedEnd);
        }
        if (from == current.StartDate)
        {
            current.Role = role;
            return MembershipOutcome.Corrected(current);
        }
        var next = new Membership
        {
            NetworkId = current.NetworkId, OrganisationId = current.OrganisationId, Role = role,
            StartDate = from, EndDate = current.EndDate,
        };
        current.EndDate = from.AddDays(-1);
        _memberships.Add(next);
        return MembershipOutcome.Added(next);
    }

    public MembershipOutcome End(DateOnly on, DateOnly today)
    {
        if (Current(today) is not { } current)
        {
            return MembershipOutcome.Fail(MembershipError.NotMember);
        }
        if (on < current.StartDate)
        {
            return MembershipOutcome.Fail(MembershipError.EndsBeforeStart);
        }
        current.EndDate = on;
        return MembershipOutcome.Corrected(current);
    }
}

public sealed record MembershipOutcome(MembershipError Error, Membership? Membership, bool IsNew)
{
    public bool Succeeded => Error == MembershipError.None;

    public static MembershipOutcome Fail(MembershipError error) => new(error, null, false);

    public static MembershipOutcome Added(Membership membership) => new(MembershipError.None, membership, true);

    public static MembershipOutcome Corrected(Membership membership) => new(MembershipError.None, membership, false);
}

public enum MembershipError
{
    None,
    AlreadyMember,
    NotMember,
    SameRole,
    BeforeCurrentStart,
    AfterPlannedEnd,
    EndsBeforeStart,
    StartsBeforePreviousEnd,
}
