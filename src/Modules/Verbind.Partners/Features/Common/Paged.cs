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

public static class Paged
{
    /// <summary>One page of the flagged <paramref name="items"/> (already in order) and how many are flagged, in one pass.</summary>
    public static Paged<TResult> Of<T, TResult>(IReadOnlyList<T> items, bool[] flagged, int page, int pageSize, Func<T, TResult> select)
    {
        var skip = (long)(page - 1) * pageSize;
        var pageItems = new List<TResult>();
        var total = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (!flagged[i])
            {
                continue;
            }
            if (total >= skip && pageItems.Count < pageSize)
            {
                pageItems.Add(select(items[i]));
            }
            total++;
        }
        return new Paged<TResult>(pageItems, page, pageSize, total);
    }
}
