using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Verbind.Platform.Data;
using Verbind.Platform.Localisation;
using Verbind.Platform.Mail;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Platform.Identity;

public enum InviteOutcome
{
    Sent,
    AlreadyMember,
    MailFailed,
}

/// <summary>An invitation found by the token of its link, with the network it is for and its state now.</summary>
public sealed record FoundInvitation(Invitation Invitation, Network Network, InvitationState State);

/// <summary>
/// Invitations by mail to take a role in a network: sent in the inviter's language, valid for
/// <see cref="ValidFor"/>, usable once. Only the SHA-256 of the token is stored.
/// </summary>
public sealed class InvitationService(
    AppDbContext db,
    UserManager<AppUser> users,
    IMailSender mail,
    AccountLinks links,
    TimeProvider clock,
    IStringLocalizer<SharedText> texts,
    ILogger<InvitationService> logger)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    /// <summary>Saves a new invitation (replacing an open one to the same address) and mails its link.</summary>
    public async Task<InviteOutcome> InviteAsync(Network network, string email, NetworkRole role, AppUser inviter, CancellationToken cancellationToken = default)
    {
        email = email.Trim().ToLowerInvariant();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && await db.NetworkUserRoles.IgnoreQueryFilters().AnyAsync(r => r.NetworkId == network.Id && r.UserId == existing.Id, cancellationToken))
        {
            return InviteOutcome.AlreadyMember;
        }
        WorkIn(network);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.NetworkId == network.Id && i.Email == email && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var replaced in open)
        {
            replaced.RevokedAt = now;
        }
        var token = Tokens.New();
        var invitation = new Invitation
        {
            NetworkId = network.Id,
            Email = email,
            Role = role,
            TokenHash = Tokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
            InvitedByUserId = inviter.Id,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await mail.SendAsync(Compose(invitation, network, inviter, token), cancellationToken);
            return InviteOutcome.Sent;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The invitation {InvitationId} could not be mailed", invitation.Id);
            return InviteOutcome.MailFailed;
        }
    }

    /// <summary>Revokes an open invitation of the current network; false when there is none with that id.</summary>
    public async Task<bool> RevokeAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation is null || invitation.StateAt(now) != InvitationState.Open)
        {
            return false;
        }
        invitation.RevokedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The invitation of a link's token, or null for a token that was never issued.</summary>
    public async Task<FoundInvitation?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Tokens.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return null;
        }
        var network = await db.Networks.FirstAsync(n => n.Id == invitation.NetworkId, cancellationToken);
        return new FoundInvitation(invitation, network, invitation.StateAt(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// Gives <paramref name="user"/> the invited role in the network (keeping a higher role they already
    /// have) and uses the invitation up. False when it is no longer open.
    /// </summary>
    public async Task<bool> AcceptAsync(FoundInvitation found, AppUser user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (found.Invitation.StateAt(now) != InvitationState.Open)
        {
            return false;
        }
        WorkIn(found.Network);
        var current = await db.NetworkUserRoles.IgnoreQueryFilters()
            .FirstOrDefaultAsync(r => r.NetworkId == found.Network.Id && r.UserId == user.Id, cancellationToken);
        if (current is null)
        {
            db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = found.Network.Id, UserId = user.Id, Role = found.Invitation.Role, GrantedAt = now });
        }
        else if (current.Role < found.Invitation.Role)
        {
            current.Role = found.Invitation.Role;
            current.GrantedAt = now;
        }
        found.Invitation.AcceptedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static bool IsFor(Invitation invitation, AppUser user) =>
        string.Equals(invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase);

    // Platform administrators invite a first coordinator from outside the network, and people accept
    // before they belong to it: the scope enters that network for this write only. Its role stays
    // empty, so no policy grants anything because of it.
    private void WorkIn(Network network)
    {
        if (db.NetworkScope.Network is null && !db.NetworkScope.AllNetworks)
        {
            db.NetworkScope.Enter(network, role: null);
        }
    }

    private MailMessage Compose(Invitation invitation, Network network, AppUser inviter, string token)
    {
        var culture = CultureInfo.CurrentCulture;
        var networkName = SingleLine(network.Name);
        var body = string.Join("\n\n",
            string.Format(culture, texts["Invitation.MailIntro"], SingleLine(inviter.DisplayName), texts[$"Role.{invitation.Role}"], networkName),
            texts["Invitation.MailAction"] + "\n" + links.Invitation(token),
            string.Format(culture, texts["Invitation.MailValidUntil"], LocalTime.Format(invitation.ExpiresAt)),
            texts["Invitation.MailIgnore"]);
        return new MailMessage(invitation.Email, string.Format(culture, texts["Invitation.MailSubject"], networkName), body);
    }

    /// <summary>Names go into a subject line and plain text: no line breaks or control characters.</summary>
    public static string SingleLine(string value) => new(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
