using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Data;

/// <summary>
/// The Directory tables (directory_*) in the shared AppDbContext: the HSDS 3.1 tables Verbind keeps,
/// plus the network's area, population figures and reports from the public. Every child of a service
/// carries the network id too, so the tenancy filter holds on direct queries.
/// </summary>
internal sealed class ServiceDirectoryModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<Service>(service =>
        {
            service.ToTable("directory_services");
            service.Property(s => s.Name).HasMaxLength(300);
            service.Property(s => s.AlternateName).HasMaxLength(300);
            service.Property(s => s.Description).HasMaxLength(8000);
            service.Property(s => s.Url).HasMaxLength(500);
            service.Property(s => s.Email).HasMaxLength(256);
            service.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
            service.Property(s => s.AssurerEmail).HasMaxLength(256);
            foreach (var text in new[] { nameof(Service.InterpretationServices), nameof(Service.ApplicationProcess), nameof(Service.FeesDescription),
                         nameof(Service.WaitTime), nameof(Service.Accreditations), nameof(Service.Licenses), nameof(Service.EligibilityDescription), nameof(Service.Alert) })
            {
                service.Property(text).HasMaxLength(2000);
            }
            service.Property(s => s.Translations)
                .HasConversion(JsonColumn.Converter<List<ServiceTranslation>>(), JsonColumn.Comparer<List<ServiceTranslation>>());
            service.PrimitiveCollection(s => s.Languages).ElementType().HasMaxLength(10);
            service.Ignore(s => s.IsFree);
            service.HasIndex(s => new { s.NetworkId, s.OrganisationId });
            service.HasIndex(s => new { s.NetworkId, s.Name });
            service.HasIndex(s => new { s.Status, s.UpdatedAt });
            service.HasIndex(s => s.LastVerifiedOn);
            service.HasOne<Network>().WithMany().HasForeignKey(s => s.NetworkId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Locations).WithOne(l => l.Service).HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Phones).WithOne().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.CostOptions).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.RequiredDocuments).WithOne().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Capacities).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasMany(s => s.Terms).WithOne().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Location>(location =>
        {
            location.ToTable("directory_locations");
            location.Property(l => l.Name).HasMaxLength(300);
            location.Property(l => l.AlternateName).HasMaxLength(300);
            location.Property(l => l.LocationType).HasConversion<string>().HasMaxLength(20);
            location.Property(l => l.Description).HasMaxLength(4000);
            location.Property(l => l.Transportation).HasMaxLength(2000);
            location.Property(l => l.Url).HasMaxLength(500);
            location.Property(l => l.Street).HasMaxLength(300);
            location.Property(l => l.Postcode).HasMaxLength(10);
            location.Property(l => l.Municipality).HasMaxLength(100);
            location.Property(l => l.CountryCode).HasMaxLength(2);
            location.Property(l => l.AccessibilityDescription).HasMaxLength(2000);
            location.PrimitiveCollection(l => l.AccessibilityFeatures);
            location.PrimitiveCollection(l => l.Languages).ElementType().HasMaxLength(10);
            location.Ignore(l => l.PublicPoint);
            location.HasIndex(l => new { l.NetworkId, l.Name });
            location.HasIndex(l => l.Postcode);
            location.HasOne<Network>().WithMany().HasForeignKey(l => l.NetworkId).OnDelete(DeleteBehavior.Cascade);
            location.HasMany(l => l.Schedules).WithOne().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Cascade);
            location.HasMany(l => l.SpecialDays).WithOne().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Cascade);
            location.HasMany(l => l.Phones).WithOne().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceAtLocation>(link =>
        {
            link.ToTable("directory_service_at_locations");
            link.Property(l => l.Description).HasMaxLength(2000);
            link.HasIndex(l => new { l.ServiceId, l.LocationId }).IsUnique();
            link.HasIndex(l => l.LocationId);
            // Deleting a location that still serves services is refused; the service must let go first.
            link.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Schedule>(schedule =>
        {
            schedule.ToTable("directory_schedules");
            schedule.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
            schedule.Property(s => s.AttendingType).HasConversion<string>().HasMaxLength(10);
            schedule.PrimitiveCollection(s => s.Days);
            schedule.Property(s => s.Description).HasMaxLength(1000);
            schedule.Property(s => s.Notes).HasMaxLength(1000);
            schedule.HasOne<ServiceAtLocation>().WithMany().HasForeignKey(s => s.ServiceAtLocationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SpecialDay>(exception =>
        {
            exception.ToTable("directory_special_days");
            exception.Property(e => e.Reason).HasMaxLength(300);
            exception.HasIndex(e => new { e.LocationId, e.Date }).IsUnique();
        });

        builder.Entity<ServiceEvent>(@event =>
        {
            @event.ToTable("directory_events");
            @event.Property(e => e.Title).HasMaxLength(300);
            @event.Property(e => e.Description).HasMaxLength(4000);
            @event.HasIndex(e => new { e.ServiceId, e.StartsAt });
            @event.HasOne<Location>().WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<ServicePhone>(phone =>
        {
            phone.ToTable("directory_phones");
            phone.Property(p => p.Number).HasMaxLength(40);
            phone.Property(p => p.Extension).HasMaxLength(20);
            phone.Property(p => p.Type).HasMaxLength(20);
            phone.Property(p => p.Description).HasMaxLength(300);
        });

        builder.Entity<ServiceContact>(contact =>
        {
            contact.ToTable("directory_contacts");
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Title).HasMaxLength(200);
            contact.Property(c => c.Department).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.Property(c => c.Phone).HasMaxLength(40);
        });

        builder.Entity<CostOption>(cost =>
        {
            cost.ToTable("directory_cost_options");
            cost.Property(c => c.Option).HasMaxLength(300);
            cost.Property(c => c.Amount).HasPrecision(10, 2);
            cost.Property(c => c.Currency).HasMaxLength(3);
            cost.Property(c => c.AmountDescription).HasMaxLength(300);
        });

        builder.Entity<RequiredDocument>(document =>
        {
            document.ToTable("directory_required_documents");
            document.Property(d => d.Document).HasMaxLength(300);
            document.Property(d => d.Uri).HasMaxLength(500);
        });

        builder.Entity<ServiceArea>(area =>
        {
            area.ToTable("directory_service_areas");
            area.Property(a => a.Name).HasMaxLength(200);
            area.Property(a => a.Description).HasMaxLength(1000);
            area.PrimitiveCollection(a => a.Postcodes).ElementType().HasMaxLength(10);
        });

        builder.Entity<ServiceCapacity>(capacity =>
        {
            capacity.ToTable("directory_capacities");
            capacity.Property(c => c.Unit).HasMaxLength(100);
            capacity.Property(c => c.Available).HasPrecision(10, 2);
            capacity.Property(c => c.Maximum).HasPrecision(10, 2);
            capacity.Property(c => c.Description).HasMaxLength(500);
        });

        builder.Entity<ServiceTerm>(term =>
        {
            term.ToTable("directory_service_terms");
            term.HasKey(t => new { t.ServiceId, t.TermId });
            term.HasIndex(t => t.TermId);
            term.HasOne(t => t.Term).WithMany().HasForeignKey(t => t.TermId).OnDelete(DeleteBehavior.Cascade);
        });

        ConfigureTaxonomies(builder);
        ConfigureArea(builder);
    }

    private static void ConfigureTaxonomies(ModelBuilder builder)
    {
        builder.Entity<Taxonomy>(taxonomy =>
        {
            taxonomy.ToTable("directory_taxonomies");
            taxonomy.Property(t => t.Code).HasMaxLength(40);
            taxonomy.Property(t => t.Name).HasMaxLength(200);
            taxonomy.Property(t => t.Description).HasMaxLength(1000);
            taxonomy.Property(t => t.Uri).HasMaxLength(500);
            taxonomy.Property(t => t.Version).HasMaxLength(20);
            taxonomy.HasIndex(t => t.Code).IsUnique();
            taxonomy.HasMany(t => t.Terms).WithOne(t => t.Taxonomy).HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TaxonomyTerm>(term =>
        {
            term.ToTable("directory_taxonomy_terms");
            term.Property(t => t.Code).HasMaxLength(60);
            term.Property(t => t.Name).HasMaxLength(200);
            term.Property(t => t.Description).HasMaxLength(1000);
            term.Property(t => t.Names)
                .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
            term.PrimitiveCollection(t => t.Synonyms).ElementType().HasMaxLength(100);
            term.HasIndex(t => new { t.TaxonomyId, t.Code }).IsUnique();
            term.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigureArea(ModelBuilder builder)
    {
        builder.Entity<AreaPostcode>(area =>
        {
            area.ToTable("directory_area_postcodes");
            area.Property(a => a.Municipality).HasMaxLength(100);
            area.Property(a => a.Part).HasMaxLength(100);
            area.Property(a => a.CountryCode).HasMaxLength(2);
            area.Property(a => a.Postcode).HasMaxLength(10);
            area.HasIndex(a => new { a.NetworkId, a.CountryCode, a.Postcode }).IsUnique();
            area.HasOne<Network>().WithMany().HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PopulationFigure>(figure =>
        {
            figure.ToTable("directory_population_figures");
            figure.Property(f => f.Municipality).HasMaxLength(100);
            figure.Property(f => f.AgeBand).HasMaxLength(40);
            figure.HasIndex(f => new { f.NetworkId, f.Year, f.Municipality, f.AgeBand }).IsUnique();
            figure.HasOne<Network>().WithMany().HasForeignKey(f => f.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<InformationReport>(report =>
        {
            report.ToTable("directory_information_reports");
            report.Property(r => r.Message).HasMaxLength(4000);
            report.Property(r => r.ReporterEmail).HasMaxLength(256);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.HandlingNote).HasMaxLength(2000);
            report.HasIndex(r => new { r.NetworkId, r.Status, r.CreatedAt });
            report.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
