using System.Security.Cryptography;

namespace Verbind.Agreements.Domain;

/// <summary>Short codes printed on a PDF: twelve characters without look-alikes (0/O, 1/I/L), in groups of four.</summary>
public static class VerificationCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    /// <summary>The code as typed (any case, with or without dashes or spaces) in its stored form; null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }
        var raw = new string(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (raw.Length != 12 || raw.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
