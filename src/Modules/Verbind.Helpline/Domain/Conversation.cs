using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>
/// One chat of an anonymous parent: waiting in the queue, then with a counsellor, then ended. The parent
/// is known only by a resume token (stored hashed). What remains after the retention period are the
/// counts for statistics, never content.
/// </summary>
public sealed class Conversation : Entity, INetworkOwned
{
    public const int MaxTags = 10;

    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public ConversationStatus Status { get; set; }
    public required string ResumeTokenHash { get; set; }

    /// <summary>A hash of the browser's anonymous chat cookie, so a block holds for the next chat too.</summary>
    public string? BrowserHash { get; set; }
    public string? IpHash { get; set; }

    public DateTime QueuedAt { get; set; }
    public DateTime? AssignedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public Guid? CounsellorId { get; set; }

    /// <summary>The counsellor a returning parent asked for with a personal code; preferred when available.</summary>
    public Guid? PreferredCounsellorId { get; set; }

    /// <summary>A personal code was handed out for this chat (one per chat).</summary>
    public bool PersonalCodeIssued { get; set; }

    /// <summary>Raises the conversation to the front of the queue and alerts the supervisors.</summary>
    public bool Risk { get; set; }

    // What the parent chose to tell before the chat; used for statistics.
    public string? Topic { get; set; }
    public string? Municipality { get; set; }
    public string? Source { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>Service cards sent in this chat: a count for statistics, kept when the transcript is deleted.</summary>
    public int Referrals { get; set; }
    public string? Summary { get; set; }
    public int? SurveyHelped { get; set; }
    public int? SurveyWouldReturn { get; set; }
    public DateTime? TranscriptDeletedAt { get; set; }

    public bool IsOpen => Status is ConversationStatus.Waiting or ConversationStatus.Active;
}

public enum ConversationStatus
{
    Waiting = 0,
    Active = 1,
    Ended = 2,

    /// <summary>The parent left the queue before anyone answered.</summary>
    Left = 3,
}
