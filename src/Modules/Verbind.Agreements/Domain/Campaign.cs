using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>
/// A public showcase of the municipalities committed to a network (e.g. the "sterrengemeenten").
/// A municipality shines only while one of the campaign's agreements that it is a party to is signed
/// and in force.
/// </summary>
public sealed class Campaign : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    /// <summary>Unique over all networks: the address is /campagne/{slug}.</summary>
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Intro { get; set; } = "";
    public List<CampaignMunicipality> Municipalities { get; set; } = [];
    /// <summary>The agreements whose signature makes a municipality shine (any of their versions).</summary>
    public List<CampaignAgreement> Agreements { get; set; } = [];
}

/// <summary>An agreement that counts for a campaign.</summary>
public sealed class CampaignAgreement : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid AgreementId { get; set; }
}

/// <summary>A municipality's local page in a campaign: contact, information for parents, place on the map.</summary>
public sealed class CampaignMunicipality : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string LocalInformation { get; set; } = "";
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
}
