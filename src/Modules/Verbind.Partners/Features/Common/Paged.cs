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
    /// <summary>One page of <paramref name="items"/> (already in order) and their total, in one pass.</summary>
    public static Paged<TResult> Of<T, TResult>(IEnumerable<T> items, int page, int pageSize, Func<T, TResult> select)
    {
        var skip = (long)(page - 1) * pageSize;
        var pageItems = new List<TResult>();
        var total = 0;
        foreach (var item in items)
        {
            if (total >= skip && pageItems.Count < pageSize)
            {
                pageItems.Add(select(item));
            }
            total++;
        }
        return new Paged<TResult>(pageItems, page, pageSize, total);
    }
}
