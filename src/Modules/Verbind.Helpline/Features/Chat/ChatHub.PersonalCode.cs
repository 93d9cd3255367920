using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;

namespace Verbind.Helpline.Features.Chat;

public sealed partial class ChatHub
{
    /// <summary>
    /// A personal code for the parent of a chat a counsellor answered, during the chat or shortly after it
    /// ended, once per chat. Given at the next start, it asks for the same counsellor.
    /// </summary>
    public async Task<ChatResult> PersonalCode(string resumeToken)
    {
        if (string.IsNullOrEmpty(resumeToken) || resumeToken.Length > 100
            || await ConversationIdAsync(resumeToken) is not { } id || await helplines.EnterForConversationAsync(id, Aborted) is not { } helpline)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstAsync(c => c.Id == id, Aborted);
        var recent = conversation.Status == ConversationStatus.Active
            || conversation.Status == ConversationStatus.Ended && conversation.EndedAt > Now - SurveyWindow;
        if (!recent)
        {
            return ChatResult.Refused(ChatErrors.Ended);
        }
        if (conversation.CounsellorId is not { } counsellor || conversation.AssignedAt is null)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        var claimed = await db.Set<Conversation>().Where(c => c.Id == id && !c.PersonalCodeIssued && c.CounsellorId == counsellor)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.PersonalCodeIssued, true), Aborted);
        if (claimed == 0)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        return ChatResult.Success(new { code = await codes.IssueAsync(helpline, counsellor, Aborted) });
    }
}
