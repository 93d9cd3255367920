namespace Verbind.ServiceDirectory.Domain;

/// <summary>
/// Eligibility by age in months: negative months are the pregnancy (-9 is the start), 0 is birth, 288 is
/// the 24th birthday. A missing bound is open. HSDS has minimum_age/maximum_age in years; the API converts.
/// </summary>
public readonly record struct AgeRange(int? MinimumMonths, int? MaximumMonths)
{
    public const int PregnancyStart = -9;
    public const int Oldest = 24 * 12;

    public bool IsValid =>
        (MinimumMonths is null || MinimumMonths is >= PregnancyStart and <= Oldest)
        && (MaximumMonths is null || MaximumMonths is >= PregnancyStart and <= Oldest)
        && (MinimumMonths is null || MaximumMonths is null || MinimumMonths <= MaximumMonths);

    /// <summary>True when a child of this age (in months; negative while expected) may use the service.</summary>
    public bool Includes(int ageInMonths) =>
        (MinimumMonths is null || ageInMonths >= MinimumMonths) && (MaximumMonths is null || ageInMonths <= MaximumMonths);

    /// <summary>True when the range shares at least one month with [from, to].</summary>
    public bool Overlaps(int fromMonths, int toMonths) =>
        (MinimumMonths ?? PregnancyStart) <= toMonths && (MaximumMonths ?? Oldest) >= fromMonths;
}
