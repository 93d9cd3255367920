namespace Verbind.Platform.Identity;

/// <summary>
/// Bound to "Links". The address mails link to. Set it in production: without it, links are built
/// from the request's own host, which a client can choose.
/// </summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    /// <summary>For example https://verbind.example.be (no trailing slash needed).</summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsValid() =>
        string.IsNullOrWhiteSpace(PublicBaseUrl)
        || (Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query));
}
