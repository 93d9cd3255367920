using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Data;

/// <summary>The platform's own tables: networks, identity, invitations, audit.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder, bool isSqlite)
    {
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("platform_users");
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("platform_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("platform_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("platform_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("platform_user_logins");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("platform_role_claims");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("platform_user_tokens");
        builder.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("platform_data_protection_keys");

        builder.Entity<Network>(network =>
        {
            network.ToTable("platform_networks");
            network.HasIndex(n => n.Slug).IsUnique();
            network.Property(n => n.Slug).HasMaxLength(80);
            network.Property(n => n.Name).HasMaxLength(200);
            network.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
            network.Property(n => n.Country).HasConversion<string>().HasMaxLength(20);
            network.Property(n => n.Description).HasMaxLength(2000);
            network.OwnsOne(n => n.Theme, theme =>
            {
                theme.Property(t => t.PrimaryColor).HasMaxLength(7).HasColumnName("theme_primary_color");
                theme.Property(t => t.AccentColor).HasMaxLength(7).HasColumnName("theme_accent_color");
                theme.Property(t => t.LogoUrl).HasMaxLength(500).HasColumnName("theme_logo_url");
            });
        });

        builder.Entity<NetworkUserRole>(role =>
        {
            role.ToTable("platform_network_user_roles");
            role.HasIndex(r => new { r.NetworkId, r.UserId }).IsUnique();
            role.HasIndex(r => r.UserId);
            role.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
            role.HasOne<Network>().WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.Cascade);
            role.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("platform_invitations");
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            invitation.HasOne<Network>().WithMany().HasForeignKey(i => i.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("platform_audit_entries");
            audit.HasIndex(a => new { a.NetworkId, a.At });
            audit.Property(a => a.Actor).HasMaxLength(256);
            audit.Property(a => a.EntityType).HasMaxLength(100);
            audit.Property(a => a.EntityId).HasMaxLength(200);
            audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        });
    }
}
