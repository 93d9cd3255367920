using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Verbind.Platform.Features.Account;

/// <summary>Identity's reset token, made safe for a query string; null when a code cannot be read back.</summary>
public static class PasswordResetCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
