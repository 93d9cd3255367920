namespace Verbind.Partners.Domain;

/// <summary>Expertise tags as people type them ("Borstvoeding, perinatale rouw"): trimmed, lower case, no duplicates.</summary>
public static class ExpertiseTags
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 60;

    public static List<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalise)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Normalise(string tag) => string.Join(' ', tag.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);
}
