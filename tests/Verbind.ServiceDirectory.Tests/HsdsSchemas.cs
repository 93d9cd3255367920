using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The official HSDS 3.1 schemas (copied into Hsds/, see its README) and assertions against them.</summary>
internal static class HsdsSchemas
{
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Cache = new();

    public static Task<JsonSchema> GetAsync(string file) =>
        Cache.GetOrAdd(file, f => JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Hsds", f)));

    public static async Task AssertValidAsync(JsonNode? json, string file)
    {
        Assert.NotNull(json);
        var schema = await GetAsync(file);
        var errors = schema.Validate(json.ToJsonString());
        Assert.True(errors.Count == 0, $"Not valid against {file}:\n" + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")) + "\n" + json.ToJsonString()[..Math.Min(2000, json.ToJsonString().Length)]);
    }

    /// <summary>A paginated answer: the Page fields of the HSDS OpenAPI document, each item valid against <paramref name="itemFile"/>.</summary>
    public static async Task<JsonArray> AssertPageAsync(JsonNode? page, string itemFile)
    {
        Assert.NotNull(page);
        foreach (var name in new[] { "total_items", "total_pages", "page_number", "size" })
        {
            Assert.True(page[name] is JsonValue value && value.TryGetValue<int>(out _), $"{name} must be an integer");
        }
        foreach (var name in new[] { "first_page", "last_page", "empty" })
        {
            Assert.True(page[name] is JsonValue value && value.TryGetValue<bool>(out _), $"{name} must be a boolean");
        }
        var contents = Assert.IsType<JsonArray>(page["contents"]);
        Assert.Equal(contents.Count, (int)page["size"]!);
        foreach (var item in contents)
        {
            await AssertValidAsync(item, itemFile);
        }
        return contents;
    }
}
