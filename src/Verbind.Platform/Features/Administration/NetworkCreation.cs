using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Features.Administration;

/// <summary>Creates networks for platform administrators. The administrator does not become a member.</summary>
public sealed partial class NetworkCreation(AppDbContext db, TimeProvider clock)
{
    /// <summary>Addresses under /beheer/netwerken/ that a slug must not take.</summary>
    private static readonly string[] Reserved = ["nieuw"];

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug) && !Reserved.Contains(slug);

    public Task<bool> IsSlugTakenAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Networks.AnyAsync(n => n.Slug == slug, cancellationToken);

    /// <summary>The new network, or null when its slug was taken meanwhile.</summary>
    public async Task<Network?> CreateAsync(string name, string slug, NetworkKind kind, Country country, string? description, CancellationToken cancellationToken = default)
    {
        var network = new Network
        {
            Name = InvitationService.SingleLine(name.Trim()),
            Slug = slug,
            Kind = kind,
            Country = country,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Networks.Add(network);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return network;
        }
        catch (DbUpdateException)
        {
            // The unique index on the slug: someone took it between the check and the save.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        return value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out result);
    }

    [GeneratedRegex("^[a-z0-9-]{3,80}$")]
    private static partial Regex SlugPattern();
}
