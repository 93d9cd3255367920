using Microsoft.Extensions.Localization;

namespace Verbind.Partners.Features.Common;

/// <summary>Options for a <c>ChoiceField</c>: an enum's values with their texts "{Prefix}.{Value}".</summary>
public static class Options
{
    public static IEnumerable<(string Value, string Text)> Of<TEnum>(IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(name => (name, localizer[$"{prefix}.{name}"].Value));

    public static readonly IReadOnlyList<string> Countries = ["BE", "NL"];
}
