namespace Verbind.ServiceDirectory.Domain;

/// <summary>A record not verified for six months is stale: flagged on its pages and its owner reminded.</summary>
public static class Freshness
{
    public const int MonthsUntilStale = 6;

    public static bool IsStale(DateOnly? lastVerifiedOn, DateOnly today) =>
        lastVerifiedOn is not { } verified || verified.AddMonths(MonthsUntilStale) < today;
}
