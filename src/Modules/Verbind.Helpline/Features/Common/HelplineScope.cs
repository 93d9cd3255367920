using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Common;

/// <summary>
/// Public chat pages and hub calls carry no {network} route value: this finds the helpline (or the
/// conversation) first and then enters its network, so every further query is filtered to it as usual.
/// </summary>
public sealed class HelplineScope(AppDbContext db, NetworkScope scope)
{
    public async Task<NetworkHelpline?> EnterBySlugAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > NetworkHelpline.MaxSlugLength)
        {
            return null;
        }
        var helpline = await db.Set<NetworkHelpline>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(h => h.Slug == slug, cancellationToken);
        return await EnterAsync(helpline, cancellationToken);
    }

    public async Task<NetworkHelpline?> EnterByIdAsync(Guid helplineId, CancellationToken cancellationToken)
    {
        var helpline = await db.Set<NetworkHelpline>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(h => h.Id == helplineId, cancellationToken);
        return await EnterAsync(helpline, cancellationToken);
    }

    /// <summary>The conversation's helpline, entered; null when either is unknown (or of another network than the one entered).</summary>
    public async Task<NetworkHelpline?> EnterForConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var helplineId = await db.Set<Conversation>().IgnoreQueryFilters().Where(c => c.Id == conversationId).Select(c => (Guid?)c.HelplineId).FirstOrDefaultAsync(cancellationToken);
        return helplineId is { } id ? await EnterByIdAsync(id, cancellationToken) : null;
    }

    /// <summary>The network entered in this scope, for a hub connection to remember (see ChatHub).</summary>
    public Network? Entered => scope.Network;

    /// <summary>Enters a network this connection entered before through one of the methods above.</summary>
    public void Reenter(Network network) => scope.Enter(network, null);

    private async Task<NetworkHelpline?> EnterAsync(NetworkHelpline? helpline, CancellationToken cancellationToken)
    {
        if (helpline is null)
        {
            return null;
        }
        if (scope.NetworkId is { } entered)
        {
            return entered == helpline.NetworkId ? helpline : null;
        }
        var network = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == helpline.NetworkId, cancellationToken);
        scope.Enter(network, null);
        return helpline;
    }
}
