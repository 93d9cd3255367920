using Microsoft.AspNetCore.Identity;
using Verbind.Platform.Audit;

namespace Verbind.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>, IAuditable
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";

    /// <summary>The culture the user chose last (nl-BE, nl-NL, fr-BE, en-GB); null follows the browser.</summary>
    public string? PreferredCulture { get; set; }

    public bool IsPlatformAdmin { get; set; }

    public DateTime CreatedAt { get; set; }

    // Identity's secrets stay out of the audit log.
    [NotAudited] public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }
    [NotAudited] public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }
    [NotAudited] public override string? ConcurrencyStamp { get => base.ConcurrencyStamp; set => base.ConcurrencyStamp = value; }
}
