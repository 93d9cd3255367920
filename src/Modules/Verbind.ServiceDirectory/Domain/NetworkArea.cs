using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>
/// A postcode of a network's area, grouped by municipality (or part of one), as its coordinator
/// confirmed it. The gap analysis works on these groups.
/// </summary>
public sealed class AreaPostcode : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public required string Municipality { get; set; }
    public string? Part { get; set; }
    public string CountryCode { get; set; } = "BE";
    public required string Postcode { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public Guid? ConfirmedBy { get; set; }
}

/// <summary>A figure a coordinator uploads to weigh the gap analysis: births or children per age band per municipality.</summary>
public sealed class PopulationFigure : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public int Year { get; set; }
    public required string Municipality { get; set; }

    /// <summary>A target-group term code ("0-3", "zwanger") or "geboorten" for births.</summary>
    public required string AgeBand { get; set; }
    public int Count { get; set; }
}

/// <summary>A report from the public that a service's information is wrong: a task for its owner.</summary>
public sealed class InformationReport : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public required string Message { get; set; }
    public string? ReporterEmail { get; set; }
    public DateTime CreatedAt { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Open;
    public DateTime? HandledAt { get; set; }
    public Guid? HandledBy { get; set; }
    public string? HandlingNote { get; set; }
}

public enum ReportStatus
{
    Open,
    Resolved,
    Dismissed,
}
