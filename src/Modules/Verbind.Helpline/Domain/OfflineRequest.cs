using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>
/// A parent's request for a conversation when nobody is on duty: anonymous (the parent comes back with a
/// code, stored hashed) or with contact details. A counsellor picks it up and answers.
/// </summary>
public sealed class OfflineRequest : Entity, INetworkOwned
{
    public const int MaxQuestionLength = 2000;

    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public string? CodeHash { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public required string Question { get; set; }
    public string? Municipality { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? PickedUpBy { get; set; }
    public DateTime? PickedUpAt { get; set; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
}
