namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>Configuration "Directory:Search".</summary>
public sealed class SearchOptions
{
    /// <summary>Where this instance keeps its index on disk; empty keeps it in memory (the default). Never shared between instances.</summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the instance reads the change log to bring its index up to date.</summary>
    public double PollIntervalSeconds { get; set; } = 2;

    /// <summary>False uses the plain database search (the benchmark's floor) instead of the index.</summary>
    public bool UseIndex { get; set; } = true;
}
