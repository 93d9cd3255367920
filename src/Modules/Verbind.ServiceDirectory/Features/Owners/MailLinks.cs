using Microsoft.Extensions.Options;
using Verbind.Platform.Identity;

namespace Verbind.ServiceDirectory.Features.Owners;

/// <summary>Links in mails sent outside a request (jobs): the configured public address, else the bare path.</summary>
public sealed class MailLinks(IOptions<LinkOptions> options)
{
    public string To(string path) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? path : options.Value.PublicBaseUrl.TrimEnd('/') + path;
}
