using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Domain;

/// <summary>A physical place of a network: a Huis van het Kind, a consultation room, a meeting point.</summary>
public sealed class Place : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public Address Address { get; set; } = new();

    /// <summary>Opening hours per weekday; closed days have no entry.</summary>
    public List<OpeningHours> Hours { get; set; } = [];

    public Guid? HostOrganisationId { get; set; }
    public Organisation? HostOrganisation { get; set; }
    public string? Accessibility { get; set; }
}

public enum PlaceKind
{
    HuisVanHetKind,
    ConsultationRoom,
    MeetingPoint,
    Office,
    Other,
}

public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
