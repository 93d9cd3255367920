using Microsoft.Extensions.Localization;

namespace Verbind.Platform.Forms;

/// <summary>A problem with one field of a form or request: the field's name and a text key in the module's texts.</summary>
public sealed record FieldError(string Field, string Key, params object[] Arguments);

/// <summary>The problems found in one input; empty when the input is good.</summary>
public sealed class FieldErrors : List<FieldError>
{
    public void Add(string field, string key, params object[] arguments) => Add(new FieldError(field, key, arguments));

    /// <summary>Messages per field in the caller's language, for <c>TypedResults.ValidationProblem</c> (field names in camelCase as in the JSON).</summary>
    public Dictionary<string, string[]> ToDictionary(IStringLocalizer localizer) =>
        this.GroupBy(e => JsonName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => localizer[e.Key, e.Arguments].Value).ToArray());

    private static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
