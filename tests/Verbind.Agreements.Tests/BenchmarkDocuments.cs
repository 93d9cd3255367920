using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Printing;

namespace Verbind.Agreements.Tests;

/// <summary>A long declaration (about ten A4 pages) with many signers: the PDF test checks its pages, bench/agreements times it.</summary>
internal static class BenchmarkDocuments
{
    public static PdfLabels Labels => new PdfLabels("Versie", "Partijen", "Inleiding", "Doelen", "Principes", "Verantwoordelijkheden", "Engagementen", "Looptijd",
        "Handtekeningen", "Ondertekend op", "Nog niet ondertekend", "Vingerafdruk", "Verificatiecode", "Controleer op", "pagina", c => c.Kind.ToString(), "2026");

    public static (AgreementVersion Version, IReadOnlyList<(Signer Signer, Signature? Signature)> Signers) TenPages(int signers)
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("De partners werken samen aan een warm en toegankelijk aanbod voor elk gezin in de gemeente, met aandacht voor wie het moeilijk heeft.", 6));
        var section = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"{i}. {paragraph}"));
        var version = new AgreementVersion
        {
            Title = "Engagementsverklaring (lange versie)", VerificationCode = "ABCD-EFGH-JKMN", Number = 1,
            Preamble = section, Goals = section, Principles = section, Responsibilities = section,
            Term = new AgreementTerm { StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2028, 12, 31) },
        };
        var list = new List<(Signer, Signature?)>();
        for (var i = 0; i < signers; i++)
        {
            var party = new AgreementParty { OrganisationId = Guid.NewGuid(), OrganisationName = $"Partner {i + 1}", Position = i };
            version.Parties.Add(party);
            var signer = new Signer { PartyId = party.Id, FullName = $"Ondertekenaar {i + 1}", Email = $"s{i}@example.org", Function = "Directeur" };
            version.Signers.Add(signer);
            list.Add((signer, new Signature { TypedName = signer.FullName, OrganisationName = party.OrganisationName, SignedAt = new DateTime(2026, 2, 1, 10, i % 60, 0, DateTimeKind.Utc), DocumentSha256 = "x", ShownText = "x" }));
        }
        version.Commitments.Add(new Commitment { Kind = CommitmentKind.AttendMeetings, Quantity = 4 });
        return (version, list);
    }
}
