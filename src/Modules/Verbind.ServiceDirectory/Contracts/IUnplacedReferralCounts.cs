namespace Verbind.ServiceDirectory.Contracts;

/// <summary>How many referrals in a municipality (for an age band, a pillar or theme) found no service.</summary>
/// <param name="Municipality">As the network's area names it (<c>AreaPostcode.Municipality</c>).</param>
/// <param name="AgeBandCode">A target-group term code ("0-3"), or null for every age.</param>
/// <param name="TermCode">A pillar or theme term code, or null for every one.</param>
public sealed record UnplacedReferralCount(string Municipality, string? AgeBandCode, string? TermCode, int Count);

/// <summary>
/// The seam through which the Referrals module (a later issue) feeds the gap analysis: referrals that
/// could not be placed show where the offering falls short. The Directory registers a default that
/// knows none; Referrals replaces it (<c>services.Replace(...)</c>) with its own answer for the current
/// network. The gap analysis shows the column only when some count is above zero.
/// </summary>
public interface IUnplacedReferralCounts
{
    Task<IReadOnlyList<UnplacedReferralCount>> CountsAsync(CancellationToken cancellationToken);
}

/// <summary>The default until Referrals exists: no unplaced referrals.</summary>
internal sealed class NoUnplacedReferrals : IUnplacedReferralCounts
{
    public Task<IReadOnlyList<UnplacedReferralCount>> CountsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnplacedReferralCount>>([]);
}
