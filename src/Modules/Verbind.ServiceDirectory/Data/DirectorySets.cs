using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Data;

/// <summary>The Directory tables as sets of the shared context: <c>db.Services</c>, <c>db.Locations</c>...</summary>
internal static class DirectorySets
{
    extension(AppDbContext db)
    {
        public DbSet<Service> Services => db.Set<Service>();
        public DbSet<Location> Locations => db.Set<Location>();
        public DbSet<ServiceAtLocation> ServiceAtLocations => db.Set<ServiceAtLocation>();
        public DbSet<Schedule> Schedules => db.Set<Schedule>();
        public DbSet<SpecialDay> SpecialDays => db.Set<SpecialDay>();
        public DbSet<ServiceEvent> ServiceEvents => db.Set<ServiceEvent>();
        public DbSet<ServicePhone> ServicePhones => db.Set<ServicePhone>();
        public DbSet<ServiceContact> ServiceContacts => db.Set<ServiceContact>();
        public DbSet<CostOption> CostOptions => db.Set<CostOption>();
        public DbSet<RequiredDocument> RequiredDocuments => db.Set<RequiredDocument>();
        public DbSet<ServiceArea> ServiceAreas => db.Set<ServiceArea>();
        public DbSet<ServiceCapacity> ServiceCapacities => db.Set<ServiceCapacity>();
        public DbSet<ServiceTerm> ServiceTerms => db.Set<ServiceTerm>();
        public DbSet<Taxonomy> Taxonomies => db.Set<Taxonomy>();
        public DbSet<TaxonomyTerm> TaxonomyTerms => db.Set<TaxonomyTerm>();
        public DbSet<AreaPostcode> AreaPostcodes => db.Set<AreaPostcode>();
        public DbSet<PopulationFigure> PopulationFigures => db.Set<PopulationFigure>();
        public DbSet<InformationReport> InformationReports => db.Set<InformationReport>();
    }
}
