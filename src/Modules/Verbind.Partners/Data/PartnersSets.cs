using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Data;

/// <summary>The Partners tables as sets of the shared context: <c>db.Organisations</c>, <c>db.People</c>...</summary>
internal static class PartnersSets
{
    extension(AppDbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<Person> People => db.Set<Person>();
        public DbSet<Place> Places => db.Set<Place>();
    }
}
