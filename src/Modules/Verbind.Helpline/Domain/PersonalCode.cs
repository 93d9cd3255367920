using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>
/// A code a parent got after a chat, to ask for the same counsellor next time. Random, so it tells nothing
/// about the parent; only its hash is kept, with the counsellor it points to. Unused codes expire.
/// </summary>
public sealed class PersonalCode : Entity, INetworkOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public required string CodeHash { get; set; }
    public Guid CounsellorId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastUsedAt { get; set; }
}
