using System.Text.Json;
using Verbind.Platform.Audit;

namespace Verbind.Platform.Features.Audit;

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>An audit entry's before and after values (JSON objects) as the list of fields that changed.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<FieldChange> Of(AuditEntry entry)
    {
        var before = Read(entry.Before);
        var after = Read(entry.After);
        var changes = new List<FieldChange>();
        foreach (var field in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(field, out var old);
            after.TryGetValue(field, out var @new);
            if (entry.Action == AuditAction.Updated && old?.Raw == @new?.Raw)
            {
                continue;
            }
            changes.Add(new FieldChange(field, old?.Text, @new?.Text));
        }
        return changes;
    }

    private sealed record Value(string Raw, string? Text);

    private static Dictionary<string, Value> Read(string? json)
    {
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
                values[property.Name] = new Value(property.Value.GetRawText(), text);
            }
        }
        catch (JsonException)
        {
            values["?"] = new Value(json, json);
        }
        return values;
    }
}
