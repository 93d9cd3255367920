using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Referral;
using Verbind.ServiceDirectory.Contracts;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Referral from inside a chat (ADR 0090): the counsellor searches the Directory of the helpline's own
/// network and sends the parent a service card; a card with an address typed by hand is the fallback.
/// The finder is a method parameter, so the hub's message path resolves nothing more.
/// </summary>
public sealed partial class ChatHub
{
    public const int ReferralResults = 8;
    public const int MaxSearchLength = 200;
    public const int MaxCardNameLength = 200;
    public const int MaxCardUrlLength = 500;
    private const int MaxCardLength = ChatMessage.MaxLength + MaxCardUrlLength + 20;

    /// <summary>
    /// Up to eight published services of the helpline's network matching <paramref name="text"/>, near
    /// <paramref name="place"/> (a postcode or municipality; null: the municipality the parent gave; empty: anywhere).
    /// </summary>
    [Authorize]
    public async Task<ChatResult> FindServices(Guid conversationId, string? text, string? place, [FromServices] IServiceFinder finder)
    {
        if (text is { Length: > MaxSearchLength } || place is { Length: > PreChatQuestions.MaxMunicipalityLength })
        {
            return ChatResult.Refused(ChatErrors.TooLong);
        }
        if (await StaffConversationAsync(conversationId, mustBeMine: true) is not { } found)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        var near = place is null ? found.Conversation.Municipality : TextInput.Optional(place, PreChatQuestions.MaxMunicipalityLength);
        var services = await finder.FindAsync(found.Helpline.NetworkId, TextInput.Optional(text, MaxSearchLength), near, ReferralResults, Aborted);
        return ChatResult.Success(new { place = near, services });
    }

    /// <summary>Sends the parent the card of a published service of the helpline's own network; any other id is refused (not-found).</summary>
    [Authorize]
    public async Task<ChatResult> SendServiceCard(Guid conversationId, Guid clientMessageId, Guid serviceId, [FromServices] IServiceFinder finder)
    {
        if (await StaffConversationAsync(conversationId, mustBeMine: true) is not { } found
            || await finder.FindByIdAsync(found.Helpline.NetworkId, serviceId, Aborted) is not { } service)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        var card = new ServiceCard(service.Name, service.OrganisationName, service.Municipality, service.PublicUrl);
        return await StaffWriteAsync(conversationId, clientMessageId, card.ToText(), MessageKind.ServiceCard);
    }

    /// <summary>The fallback when the Directory has nothing to offer: a card with a name and a web address typed by the counsellor.</summary>
    [Authorize]
    public Task<ChatResult> SendLinkCard(Guid conversationId, Guid clientMessageId, string name, string url)
    {
        var cleanName = TextInput.Clean(name, MaxCardNameLength, out var error);
        if (cleanName is null)
        {
            return Task.FromResult(ChatResult.Refused(error!));
        }
        if (url is not { Length: <= MaxCardUrlLength } || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http")
            || cleanName.Contains('\n', StringComparison.Ordinal))
        {
            return Task.FromResult(ChatResult.Refused(ChatErrors.Invalid));
        }
        return StaffWriteAsync(conversationId, clientMessageId, new ServiceCard(cleanName, null, null, address.AbsoluteUri).ToText(), MessageKind.ServiceCard);
    }

    private Task<int> CountReferralAsync(Guid conversationId) =>
        db.Set<Conversation>().Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Referrals, c => c.Referrals + 1), Aborted);
}
