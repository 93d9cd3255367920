using Ganss.Xss;
using Markdig;

namespace Verbind.Agreements.Domain;

/// <summary>
/// Markdown to HTML for the agreement texts: raw HTML in the Markdown is not passed through, and the
/// result is sanitised as well (links only http, https and mailto), so a text can never carry a script.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseEmphasisExtras().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>Plain text of the Markdown, for the PDF: one entry per block, list items with their marker.</summary>
    public static IReadOnlyList<string> ToPlainParagraphs(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }
        var paragraphs = new List<string>();
        foreach (var block in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var line in block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                paragraphs.Add(Markdown.ToPlainText(line, Pipeline).Trim() is { Length: > 0 } plain && IsListItem(line) ? ListMarker(line) + plain : Markdown.ToPlainText(line, Pipeline).Trim());
            }
        }
        return paragraphs.Where(p => p.Length > 0).ToList();
    }

    private static bool IsListItem(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || char.IsAsciiDigit(line[0]) && line.Contains(". ", StringComparison.Ordinal);

    private static string ListMarker(string line) => char.IsAsciiDigit(line[0]) ? line[..(line.IndexOf(". ", StringComparison.Ordinal) + 2)] : "• ";

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
