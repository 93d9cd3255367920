using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A ready answer a counsellor can put in the reply box; a helpline's own list replaces the standard one.</summary>
public sealed class CannedResponse : Entity, INetworkOwned, IAuditable
{
    public const int MaxTitleLength = 80;
    public const int MaxTextLength = 2000;
    public const int MaxPerHelpline = 30;

    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public int Position { get; set; }
}
