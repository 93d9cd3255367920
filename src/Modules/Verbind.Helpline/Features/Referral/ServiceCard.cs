using System.Text.Json;

namespace Verbind.Helpline.Features.Referral;

/// <summary>
/// A referral as a parent receives it: a service's name, organisation, municipality and the address of
/// its page. Stored as JSON in the text of a <see cref="Domain.MessageKind.ServiceCard"/> message (so it
/// lives and dies with the transcript); cards written before the Directory was used (two lines: name,
/// address) still read. The pages show every field as text, never as markup (ADR 0090).
/// </summary>
public sealed record ServiceCard(string Name, string? Organisation, string? Municipality, string Url)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToText() => JsonSerializer.Serialize(this, Json);

    /// <summary>The card in a stored text, or null for a text that is no card.</summary>
    public static ServiceCard? Parse(string text)
    {
        if (text.StartsWith('{'))
        {
            try
            {
                return JsonSerializer.Deserialize<ServiceCard>(text, Json) is { Name: not null, Url: not null } card ? card : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
        var lines = text.Split('\n', 2);
        return lines.Length == 2 ? new ServiceCard(lines[0], null, null, lines[1]) : null;
    }

    /// <summary>The card as one readable text, for a client that does not know cards.</summary>
    public string Plain() => string.Join(" · ", new[] { Name, Organisation, Municipality }.Where(p => !string.IsNullOrEmpty(p))) + "\n" + Url;
}
