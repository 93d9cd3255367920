using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Taxonomies;

/// <summary>
/// Brings the shipped taxonomies into the database: adds what is missing and updates names, synonyms and
/// age ranges of what is there (matched by code). Never deletes: a term services use stays. Idempotent.
/// </summary>
public static class TaxonomySync
{
    /// <returns>How many taxonomies and terms were added or changed.</returns>
    public static async Task<int> EnsureAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Taxonomies.Include(t => t.Terms).ToDictionaryAsync(t => t.Code, cancellationToken);
        foreach (var shipped in ShippedTaxonomies.All)
        {
            if (!existing.TryGetValue(shipped.Code, out var taxonomy))
            {
                taxonomy = new Taxonomy
                {
                    Id = ShippedTaxonomies.IdOf(shipped.Code),
                    Code = shipped.Code,
                    Name = shipped.Name,
                    Description = shipped.Description,
                };
                db.Taxonomies.Add(taxonomy);
            }
            taxonomy.Name = shipped.Name;
            taxonomy.Description = shipped.Description;
            taxonomy.Version = ShippedTaxonomies.Version;
            foreach (var term in shipped.Terms)
            {
                var stored = taxonomy.Terms.FirstOrDefault(t => t.Code == term.Code);
                if (stored is null)
                {
                    stored = new TaxonomyTerm
                    {
                        Id = ShippedTaxonomies.IdOf(shipped.Code, term.Code),
                        TaxonomyId = taxonomy.Id,
                        Code = term.Code,
                        Name = term.Nl,
                        Description = term.Description,
                    };
                    db.TaxonomyTerms.Add(stored);
                    taxonomy.Terms.Add(stored);
                }
                stored.Name = term.Nl;
                stored.Description = term.Description;
                if (stored.Names.GetValueOrDefault("nl") != term.Nl || stored.Names.GetValueOrDefault("fr") != term.Fr || stored.Names.GetValueOrDefault("en") != term.En)
                {
                    stored.Names = new Dictionary<string, string> { ["nl"] = term.Nl, ["fr"] = term.Fr, ["en"] = term.En };
                }
                if (!stored.Synonyms.SequenceEqual(term.Synonyms))
                {
                    stored.Synonyms = [.. term.Synonyms];
                }
                stored.MinimumAgeMonths = term.MinimumAgeMonths;
                stored.MaximumAgeMonths = term.MaximumAgeMonths;
            }
        }
        db.ChangeTracker.DetectChanges();
        var changes = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified);
        if (changes > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return changes;
    }
}
