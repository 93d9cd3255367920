using System.Security.Cryptography;
using System.Text;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// HSDS wants an id on every object; Verbind keeps some as plain values (a location's address, its
/// accessibility features, a service's languages). Their ids are derived (name-based, RFC 9562 version 5)
/// from the owner's id, so they stay the same between calls and exports.
/// </summary>
internal static class StableId
{
    public static Guid For(Guid owner, string part)
    {
        var bytes = owner.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(part)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for name-based ids; no security depends on it
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        var id = hash.AsSpan(0, 16).ToArray();
        id[6] = (byte)((id[6] & 0x0F) | 0x50);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return new Guid(id, bigEndian: true);
    }
}
