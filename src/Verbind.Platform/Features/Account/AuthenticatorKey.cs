using System.Text;
using QRCoder;

namespace Verbind.Platform.Features.Account;

/// <summary>How an authenticator key is shown: in groups of four, and as a QR code image (a data: address, allowed by the CSP).</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Verbind";

    public static string Format(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string OtpAuthUri(string key, string email) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrCodeDataUrl(string key, string email)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(OtpAuthUri(key, email), QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>Codes are typed with spaces or dashes now and then.</summary>
    public static string NormalizeCode(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
