using System.Security.Cryptography;
using System.Text;

namespace Verbind.Helpline.Features.Common;

/// <summary>Random tokens handed to parents and counsellors, and the hashes that are stored instead of them.</summary>
public static class Secrets
{
    // No 0/O, 1/I/L: a code a parent writes down must be easy to read back.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Letters and digits in a code, without its dashes.</summary>
    public const int CodeLength = 12;

    /// <summary>A code of 12 characters in groups of four, e.g. "K7QM-3VXD-PR2A".</summary>
    public static string NewCode()
    {
        var chars = new char[14];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i is 4 or 9 ? '-' : CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
        return new string(chars);
    }

    public static string NormaliseCode(string code) => new(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>A keyed hash, so a stored address hash cannot be reversed by hashing all addresses.</summary>
    public static string KeyedHash(string value, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value)));
}
