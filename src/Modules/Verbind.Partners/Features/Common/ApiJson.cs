using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Verbind.Partners.Domain;

namespace Verbind.Partners.Features.Common;

/// <summary>The JSON shapes and helpers the module's API shares.</summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);

public static class PageJson
{
    public static PageJson<T> From<TRow, T>(Paged<TRow> page, Func<TRow, T> map) =>
        new(page.Items.Select(map).ToList(), page.Page, page.PageSize, page.Total, page.PageCount);
}

public sealed record AddressJson(string? Street, string? Postcode, string? Municipality, string Country)
{
    public static AddressJson From(Address address) => new(address.Street, address.Postcode, address.Municipality, address.CountryCode);
}

internal static class ApiChecks
{
    /// <summary>An optional enum filter from a query string: unknown names are a field error (400), not ignored.</summary>
    public static TEnum? Filter<TEnum>(FieldErrors errors, string field, string? value)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Check.Choice<TEnum>(errors, field, value);

    public static int Page(FieldErrors errors, int? page)
    {
        if (page is null)
        {
            return 1;
        }
        if (page is < 1 or > 100_000)
        {
            errors.Add("page", "Error.PageInvalid");
            return 1;
        }
        return page.Value;
    }

    public static string? Query(FieldErrors errors, string? q) => Check.Text(errors, "q", q, 200);

    public static ValidationProblem Problem(FieldErrors errors, IStringLocalizer localizer) =>
        TypedResults.ValidationProblem(errors.ToDictionary(localizer), title: localizer["Api.ValidationTitle"]);
}
