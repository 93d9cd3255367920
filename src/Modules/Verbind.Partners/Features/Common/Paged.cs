namespace Verbind.Partners.Features.Common;

/// <summary>One page of a longer list; pages count from 1.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 25;

    /// <summary>A page number from a query string: anything that is not a positive number is page 1.</summary>
    public static int PageFrom(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is > 0 and < 100_000 ? page : 1;
}
