using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbind.Agreements.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Data;

/// <summary>The Agreements tables (agreements_*) in the shared AppDbContext.</summary>
internal sealed class AgreementsModel : IModelContribution
{
    public void Configure(ModelBuilder builder, AppDbContext context)
    {
        builder.Entity<Agreement>(agreement =>
        {
            agreement.ToTable("agreements_agreements");
            agreement.Property(a => a.Title).HasMaxLength(300);
            agreement.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
            agreement.HasIndex(a => new { a.NetworkId, a.CreatedAt });
            agreement.HasMany(a => a.Versions).WithOne(v => v.Agreement).HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(agreement);
        });

        builder.Entity<AgreementVersion>(version =>
        {
            version.ToTable("agreements_versions");
            version.Property(v => v.Title).HasMaxLength(300);
            version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(40);
            version.Property(v => v.Preamble).HasMaxLength(TextLimits.Section);
            version.Property(v => v.Goals).HasMaxLength(TextLimits.Section);
            version.Property(v => v.Principles).HasMaxLength(TextLimits.Section);
            version.Property(v => v.Responsibilities).HasMaxLength(TextLimits.Section);
            version.Property(v => v.SigningPlace).HasMaxLength(200);
            version.Property(v => v.VerificationCode).HasMaxLength(20);
            version.Property(v => v.EvaluationOutcome).HasMaxLength(200);
            version.Property(v => v.EvaluationNotes).HasMaxLength(4000);
            version.Property(v => v.Decision).HasConversion<string>().HasMaxLength(20);
            version.ComplexProperty(v => v.Term, term =>
            {
                term.Property(t => t.StartDate).HasColumnName("StartDate");
                term.Property(t => t.EndDate).HasColumnName("EndDate");
                term.Property(t => t.EvaluationDate).HasColumnName("EvaluationDate");
                term.Property(t => t.Renewal).HasColumnName("Renewal").HasConversion<string>().HasMaxLength(40);
            });
            version.HasIndex(v => v.VerificationCode).IsUnique();
            version.HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
            version.HasMany(v => v.Parties).WithOne().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
            version.HasMany(v => v.Commitments).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
            version.HasMany(v => v.Signers).WithOne(s => s.Version).HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
            version.Property(v => v.FrozenSha256).HasMaxLength(64);
            version.Ignore(v => v.IsFrozen);
            version.Ignore(v => v.Status);
            OwnedByNetwork(version);
        });

        builder.Entity<AgreementParty>(party =>
        {
            party.ToTable("agreements_parties");
            party.Property(p => p.OrganisationName).HasMaxLength(200);
            party.Property(p => p.Municipality).HasMaxLength(100);
            party.HasIndex(p => new { p.VersionId, p.OrganisationId }).IsUnique();
            party.HasIndex(p => new { p.NetworkId, p.OrganisationId });
            OwnedByNetwork(party);
        });

        builder.Entity<Commitment>(commitment =>
        {
            commitment.ToTable("agreements_commitments");
            commitment.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
            commitment.Property(c => c.Amount).HasPrecision(12, 2);
            commitment.Property(c => c.Text).HasMaxLength(1000);
            OwnedByNetwork(commitment);
        });

        builder.Entity<CommitmentTracking>(tracking =>
        {
            tracking.ToTable("agreements_commitment_tracking");
            tracking.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            tracking.Property(t => t.Evidence).HasMaxLength(1000);
            tracking.HasIndex(t => new { t.CommitmentId, t.OrganisationId }).IsUnique();
            tracking.HasOne<Commitment>().WithMany().HasForeignKey(t => t.CommitmentId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(tracking);
        });

        builder.Entity<Signer>(signer =>
        {
            signer.ToTable("agreements_signers");
            signer.Property(s => s.FullName).HasMaxLength(200);
            signer.Property(s => s.Function).HasMaxLength(200);
            signer.Property(s => s.Email).HasMaxLength(256);
            signer.Property(s => s.TokenHash).HasMaxLength(64);
            signer.HasIndex(s => s.TokenHash).IsUnique();
            signer.HasOne<AgreementParty>().WithMany().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.NoAction);
            OwnedByNetwork(signer);
        });

        builder.Entity<Signature>(signature =>
        {
            signature.ToTable("agreements_signatures");
            signature.Property(s => s.TypedName).HasMaxLength(200);
            signature.Property(s => s.Function).HasMaxLength(200);
            signature.Property(s => s.OrganisationName).HasMaxLength(200);
            signature.Property(s => s.Place).HasMaxLength(200);
            signature.Property(s => s.DrawnImage).HasMaxLength(TextLimits.DrawnSignature);
            signature.Property(s => s.DocumentSha256).HasMaxLength(64);
            signature.Property(s => s.IpAddress).HasMaxLength(45);
            signature.Property(s => s.Method).HasMaxLength(20);
            // One signature per signer, whatever races: a second insert fails on this index.
            signature.HasIndex(s => s.SignerId).IsUnique();
            signature.HasIndex(s => s.VersionId);
            signature.HasOne<Signer>().WithMany().HasForeignKey(s => s.SignerId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(signature);
        });

        builder.Entity<IssuedPdf>(pdf =>
        {
            pdf.ToTable("agreements_issued_pdfs");
            pdf.Property(p => p.Sha256).HasMaxLength(64);
            pdf.HasIndex(p => p.Sha256);
            pdf.HasIndex(p => new { p.VersionId, p.SignatureCount });
            pdf.HasOne<AgreementVersion>().WithMany().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(pdf);
        });

        builder.Entity<AgreementSettings>(settings =>
        {
            settings.ToTable("agreements_settings");
            settings.HasIndex(s => s.NetworkId).IsUnique();
            OwnedByNetwork(settings);
        });

        builder.Entity<PaymentRequest>(payment =>
        {
            payment.ToTable("agreements_payment_requests");
            payment.Property(p => p.OrganisationName).HasMaxLength(200);
            payment.Property(p => p.Amount).HasPrecision(12, 2);
            payment.Property(p => p.Reference).HasMaxLength(16);
            payment.HasIndex(p => p.Reference).IsUnique();
            payment.HasIndex(p => new { p.NetworkId, p.Year });
            payment.HasIndex(p => new { p.AgreementId, p.OrganisationId, p.Year }).IsUnique();
            payment.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(payment);
        });

        builder.Entity<BudgetLine>(line =>
        {
            line.ToTable("agreements_budget_lines");
            line.Property(l => l.Name).HasMaxLength(200);
            line.Property(l => l.Planned).HasPrecision(12, 2);
            line.Property(l => l.Actual).HasPrecision(12, 2);
            line.HasIndex(l => new { l.NetworkId, l.Year });
            OwnedByNetwork(line);
        });

        builder.Entity<Campaign>(campaign =>
        {
            campaign.ToTable("agreements_campaigns");
            campaign.Property(c => c.Slug).HasMaxLength(80);
            campaign.Property(c => c.Title).HasMaxLength(200);
            campaign.Property(c => c.Intro).HasMaxLength(TextLimits.Section);
            campaign.HasIndex(c => c.Slug).IsUnique();
            campaign.HasMany(c => c.Municipalities).WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
            campaign.HasMany(c => c.Agreements).WithOne().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(campaign);
        });

        builder.Entity<CampaignAgreement>(counted =>
        {
            counted.ToTable("agreements_campaign_agreements");
            counted.HasIndex(a => new { a.CampaignId, a.AgreementId }).IsUnique();
            counted.HasOne<Agreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
            OwnedByNetwork(counted);
        });

        builder.Entity<CampaignMunicipality>(municipality =>
        {
            municipality.ToTable("agreements_campaign_municipalities");
            municipality.Property(m => m.Slug).HasMaxLength(80);
            municipality.Property(m => m.Name).HasMaxLength(200);
            municipality.Property(m => m.ContactName).HasMaxLength(200);
            municipality.Property(m => m.ContactEmail).HasMaxLength(256);
            municipality.Property(m => m.LocalInformation).HasMaxLength(TextLimits.Section);
            municipality.Property(m => m.Latitude).HasPrecision(9, 6);
            municipality.Property(m => m.Longitude).HasPrecision(9, 6);
            municipality.HasIndex(m => new { m.CampaignId, m.Slug }).IsUnique();
            municipality.HasIndex(m => new { m.CampaignId, m.OrganisationId }).IsUnique();
            OwnedByNetwork(municipality);
        });
    }

    private static void OwnedByNetwork<T>(EntityTypeBuilder<T> entity)
        where T : class, INetworkOwned =>
        entity.HasOne<Network>().WithMany().HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
}

/// <summary>The dates a document may carry (a term, a due date): not tied to today, but no typing slip like year 20026.</summary>
public static class DateLimits
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);
}

/// <summary>Longest texts the forms accept and the columns hold.</summary>
public static class TextLimits
{
    public const int Section = 20_000;
    public const int DrawnSignature = 200_000;
}
