using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A helpline of a network (named so it does not shadow the Verbind.Helpline namespace): its public chat at /chat/{Slug} and its privacy settings.</summary>
public sealed class NetworkHelpline : Entity, INetworkOwned, IAuditable
{
    public const int MaxSlugLength = 60;
    public const int MaxNameLength = 200;
    public const int MaxStatementLength = 2000;
    public const int MaxRetentionDays = 3650;
    public const int MaxQueueLimit = 500;

    public Guid NetworkId { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Days a transcript is kept after the chat ended; 0 deletes it as soon as the retention job runs.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>When true a salted hash of the parent's IP address is kept, only to block abuse.</summary>
    public bool StoreHashedIp { get; set; }

    public bool SurveyEnabled { get; set; } = true;

    /// <summary>Where the referral step sends parents until the ServiceDirectory offers a contract.</summary>
    public string? ReferralUrl { get; set; }

    /// <summary>Parents waiting at most; the next one is told to come back or leave a request.</summary>
    public int MaxQueueLength { get; set; } = 25;

    /// <summary>What stays confidential and its limits, in the helpline's own words; empty shows the standard text.</summary>
    public string? ConfidentialityStatement { get; set; }

    /// <summary>Key of the keyed hashes of addresses and browsers, so they cannot be reversed by hashing every address.</summary>
    [NotAudited]
    public string HashKey { get; set; } = Features.Common.Secrets.NewToken();
}
