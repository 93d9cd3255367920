using System.Security.Cryptography;
using System.Text;

namespace Verbind.Platform.Identity;

/// <summary>Random single-use tokens for links sent by mail; only their hash is stored.</summary>
public static class Tokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
