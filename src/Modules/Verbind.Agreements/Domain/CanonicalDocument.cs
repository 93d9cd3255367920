using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Verbind.Agreements.Domain;

/// <summary>
/// The canonical text of a version: every field that makes up the agreement, in a fixed order, with
/// Unicode NFC, LF line ends and no trailing spaces, so that the same agreement always hashes the same.
/// Signers are not part of it (a signer can be added later); the signatures refer to it by its SHA-256.
/// </summary>
public static class CanonicalDocument
{
    public const string Header = "verbind-agreement/1";

    public static string Text(AgreementVersion version)
    {
        var text = new StringBuilder();
        void Line(string key, string? value) => text.Append(key).Append(": ").Append(Clean(value ?? "")).Append('\n');
        void Section(string key, string value) => text.Append('[').Append(key).Append("]\n").Append(Clean(value)).Append('\n');

        text.Append(Header).Append('\n');
        Line("agreement", version.AgreementId.ToString());
        Line("version", version.Number.ToString(CultureInfo.InvariantCulture));
        Line("kind", version.Kind.ToString());
        Line("title", version.Title);
        Line("start", Date(version.Term.StartDate));
        Line("end", Date(version.Term.EndDate));
        Line("evaluation", version.Term.EvaluationDate is { } evaluation ? Date(evaluation) : "-");
        Line("renewal", version.Term.Renewal.ToString());
        Line("place", version.SigningPlace);
        text.Append("[parties]\n");
        foreach (var party in version.Parties.OrderBy(p => p.Position))
        {
            text.Append("- ").Append(party.OrganisationId).Append(' ').Append(Clean(party.OrganisationName)).Append('\n');
        }
        Section("preamble", version.Preamble);
        Section("goals", version.Goals);
        Section("principles", version.Principles);
        Section("responsibilities", version.Responsibilities);
        text.Append("[commitments]\n");
        foreach (var (commitment, index) in version.Commitments.OrderBy(c => c.Position).Select((c, i) => (c, i + 1)))
        {
            text.Append(index.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Clean(commitment.CanonicalLine())).Append('\n');
        }
        return text.ToString();
    }

    public static string Sha256(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    public static string Sha256(AgreementVersion version) => Sha256(Text(version));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clean(string value)
    {
        var lines = value.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(l => l.TrimEnd())).Trim('\n');
    }
}
