using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Data;

/// <summary>The Agreements tables as sets of the shared context.</summary>
internal static class AgreementsSets
{
    extension(AppDbContext db)
    {
        public DbSet<Agreement> Agreements => db.Set<Agreement>();
        public DbSet<AgreementVersion> AgreementVersions => db.Set<AgreementVersion>();
        public DbSet<AgreementParty> AgreementParties => db.Set<AgreementParty>();
        public DbSet<Commitment> Commitments => db.Set<Commitment>();
        public DbSet<CommitmentTracking> CommitmentTracking => db.Set<CommitmentTracking>();
        public DbSet<Signer> Signers => db.Set<Signer>();
        public DbSet<Signature> Signatures => db.Set<Signature>();
        public DbSet<IssuedPdf> IssuedPdfs => db.Set<IssuedPdf>();
        public DbSet<AgreementSettings> AgreementSettings => db.Set<AgreementSettings>();
        public DbSet<PaymentRequest> PaymentRequests => db.Set<PaymentRequest>();
        public DbSet<BudgetLine> BudgetLines => db.Set<BudgetLine>();
        public DbSet<Campaign> Campaigns => db.Set<Campaign>();
        public DbSet<CampaignMunicipality> CampaignMunicipalities => db.Set<CampaignMunicipality>();
        public DbSet<CampaignAgreement> CampaignAgreements => db.Set<CampaignAgreement>();
    }
}
