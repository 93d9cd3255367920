using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Domain;

/// <summary>
/// A representative or professional of an organisation, as known in one network: function, expertise,
/// how to reach them. Linked to a user account once they sign in.
/// </summary>
public sealed class Person : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string FullName { get; set; }
    public string? Function { get; set; }

    /// <summary>Expertise as short tags ("borstvoeding", "perinatale rouw"), searchable in who-does-what.</summary>
    public List<string> Expertise { get; set; } = [];

    /// <summary>Trimmed and lower case, so a user account can be linked by its e-mail address.</summary>
    public string? Email
    {
        get => _email;
        set => _email = string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
    }

    private string? _email;

    public string? Phone { get; set; }
    public bool IsRepresentative { get; set; }
    public Guid? PlaceId { get; set; }
    public Place? Place { get; set; }
    public Guid? UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Name, function and expertise folded for search; computed, so every writer keeps it right.</summary>
    [NotAudited]
    public string SearchText
    {
        get => Domain.SearchText.Fold([FullName, Function, .. Expertise]);
        private set { }
    }
}
