using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// An entry in its slot, with the numbers most filters test copied beside it, so a search over many
/// thousands of matches rejects most of them in one contiguous array without following references.
/// </summary>
internal readonly struct IndexedEntry
{
    public IndexedEntry(SearchEntry entry)
    {
        Entry = entry;
        MinimumAgeMonths = entry.MinimumAgeMonths;
        MaximumAgeMonths = entry.MaximumAgeMonths;
        Accessibility = entry.Accessibility;
        IsFree = entry.IsFree;
        FacetIds = entry.FacetIds;
        PointCount = entry.Points.Length;
        if (PointCount > 0)
        {
            MinLatitude = entry.Points.Min(p => p.Latitude);
            MaxLatitude = entry.Points.Max(p => p.Latitude);
            MinLongitude = entry.Points.Min(p => p.Longitude);
            MaxLongitude = entry.Points.Max(p => p.Longitude);
        }
    }

    public SearchEntry Entry { get; }
    public int MinimumAgeMonths { get; }
    public int MaximumAgeMonths { get; }
    public int Accessibility { get; }
    public bool IsFree { get; }
    public int[] FacetIds { get; }
    public int PointCount { get; }

    /// <summary>The box around all its points (with one point, the point itself; meaningless without points).</summary>
    public double MinLatitude { get; }
    public double MaxLatitude { get; }
    public double MinLongitude { get; }
    public double MaxLongitude { get; }
}
