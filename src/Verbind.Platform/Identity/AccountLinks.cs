using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Verbind.Platform.Identity;

/// <summary>Absolute addresses for links in mails: the configured public address, else the current request's.</summary>
public sealed class AccountLinks(IOptions<LinkOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : accessor.HttpContext is { } context
                ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
                : throw new InvalidOperationException("Links:PublicBaseUrl is not set and there is no request to take the address from.");
        return root + pathAndQuery;
    }

    public string Invitation(string token) => Absolute($"/account/uitnodiging/{Uri.EscapeDataString(token)}");

    public string PasswordReset(Guid userId, string code) =>
        Absolute($"/account/wachtwoord-herstellen?userId={userId}&code={Uri.EscapeDataString(code)}");
}
