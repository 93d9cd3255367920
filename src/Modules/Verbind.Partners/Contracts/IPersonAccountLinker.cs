namespace Verbind.Partners.Contracts;

/// <summary>
/// Links the people of the current network whose e-mail address is a user's confirmed address to that
/// user's account. Safe to call often: it writes only when there is something to link. Call it after
/// a user accepted an invitation or signed in, with the network scope entered.
/// </summary>
public interface IPersonAccountLinker
{
    /// <returns>How many people were linked.</returns>
    Task<int> LinkAsync(Guid userId, CancellationToken cancellationToken);
}
