using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Data;

/// <summary>
/// The Partners tables (partners_*) in the shared AppDbContext. Every column the lists and
/// who-does-what filter on has an index; see docs/adr/0021-partners-search.md.
/// </summary>
internal sealed class PartnersModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("partners_organisations");
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
            organisation.Property(o => o.Sector).HasConversion<string>().HasMaxLength(40);
            organisation.Property(o => o.EnterpriseNumber)
                .HasConversion(n => n == null ? null : n.ToStorage(), s => s == null ? null : EnterpriseNumber.FromStorage(s))
                .HasMaxLength(20);
            organisation.HasIndex(o => o.EnterpriseNumber).IsUnique();
            organisation.HasIndex(o => o.Name);
            organisation.HasIndex(o => o.Kind);
            organisation.HasIndex(o => o.Sector);
            organisation.Property(o => o.Phone).HasMaxLength(40);
            organisation.Property(o => o.Email).HasMaxLength(256);
            organisation.Property(o => o.Website).HasMaxLength(500);
            organisation.Property(o => o.SearchText).HasMaxLength(400).UsePropertyAccessMode(PropertyAccessMode.Property);
            organisation.ComplexProperty(o => o.Address, ConfigureAddress);
        });
        // An organisation is visible in a network through its memberships there.
        context.HasNetworkLinkFilter<Organisation>(builder, o => o.Memberships.Select(m => m.NetworkId));

        builder.Entity<Membership>(membership =>
        {
            membership.ToTable("partners_memberships");
            membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
            membership.Property(m => m.Note).HasMaxLength(1000);
            membership.HasIndex(m => new { m.NetworkId, m.OrganisationId, m.StartDate });
            membership.HasIndex(m => new { m.NetworkId, m.Role });
            membership.HasOne(m => m.Organisation).WithMany(o => o.Memberships).HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Person>(person =>
        {
            person.ToTable("partners_people");
            person.Property(p => p.FullName).HasMaxLength(200);
            person.Property(p => p.Function).HasMaxLength(200);
            person.Property(p => p.Email).HasMaxLength(256);
            person.Property(p => p.Phone).HasMaxLength(40);
            // A primitive collection: JSON on SQLite, an array on PostgreSQL; both translate "has tag".
            // A column of its own (not the old JSON text column), so PostgreSQL needs no cast to migrate.
            person.PrimitiveCollection(p => p.Expertise).HasColumnName("ExpertiseTags").ElementType().HasMaxLength(ExpertiseTags.MaxTagLength);
            person.Property(p => p.SearchText).HasMaxLength(2000).UsePropertyAccessMode(PropertyAccessMode.Property);
            person.HasIndex(p => new { p.NetworkId, p.OrganisationId });
            person.HasIndex(p => new { p.NetworkId, p.FullName });
            person.HasIndex(p => new { p.NetworkId, p.PlaceId });
            person.HasIndex(p => new { p.NetworkId, p.Email });
            person.HasIndex(p => new { p.NetworkId, p.UserId });
            person.HasOne(p => p.Organisation).WithMany(o => o.People).HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            person.HasOne(p => p.Place).WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.SetNull);
            person.HasOne<Network>().WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Place>(place =>
        {
            place.ToTable("partners_places");
            place.Property(p => p.Name).HasMaxLength(200);
            place.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
            place.Property(p => p.Accessibility).HasMaxLength(1000);
            place.ComplexProperty(p => p.Address, ConfigureAddress);
            place.Property(p => p.Hours).HasConversion(
                    hours => JsonSerializer.Serialize(hours, (JsonSerializerOptions?)null),
                    json => JsonSerializer.Deserialize<List<OpeningHours>>(json, (JsonSerializerOptions?)null) ?? new List<OpeningHours>(),
                    new ValueComparer<List<OpeningHours>>((a, b) => a!.SequenceEqual(b!), hours => hours.Aggregate(0, (h, t) => HashCode.Combine(h, t)), hours => hours.ToList()))
                .HasMaxLength(2000);
            place.HasIndex(p => new { p.NetworkId, p.Name });
            place.HasOne(p => p.HostOrganisation).WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.SetNull);
            place.HasOne<Network>().WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        // No foreign key to the network: a seeder may stamp a network in the same save that creates it,
        // and the row of a deleted network is a few harmless bytes.
        builder.Entity<NetworkVersion>(version =>
        {
            version.ToTable("partners_network_versions");
            version.HasKey(v => v.NetworkId);
            version.Property(v => v.NetworkId).ValueGeneratedNever();
        });
    }

    private static void ConfigureAddress(ComplexPropertyBuilder<Address> address)
    {
        address.Property(a => a.Street).HasMaxLength(200);
        address.Property(a => a.Postcode).HasMaxLength(10);
        address.Property(a => a.Municipality).HasMaxLength(100);
        address.Property(a => a.CountryCode).HasMaxLength(2);
    }
}
