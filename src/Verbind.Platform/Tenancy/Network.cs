using Verbind.Platform.Audit;
using Verbind.Platform.Data;

namespace Verbind.Platform.Tenancy;

/// <summary>A partnership network: a Huis van het Kind, a coalition, a helpline programme, a care zone.</summary>
public sealed class Network : Entity, IAuditable
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public NetworkKind Kind { get; set; }
    public Country Country { get; set; } = Country.Belgium;
    public string? Description { get; set; }
    public NetworkTheme Theme { get; set; } = new();
    public DateTime CreatedAt { get; set; }
}

public enum NetworkKind
{
    HuisVanHetKind,
    KansrijkeStart,
    HelplineProgramme,
    CareZone,
    Other,
}

public enum Country
{
    Belgium,
    Netherlands,
}

/// <summary>Per-network look: colours as #rrggbb, checked for contrast when saved; an optional logo address.</summary>
public sealed class NetworkTheme
{
    public string PrimaryColor { get; set; } = "#1a4d7a";
    public string AccentColor { get; set; } = "#7a3b1a";
    public string? LogoUrl { get; set; }
}
