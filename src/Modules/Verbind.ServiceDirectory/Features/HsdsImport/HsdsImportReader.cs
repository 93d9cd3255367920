using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>One problem of an import: which record (1-based; 0 for the file itself), and a code the pages put into words.</summary>
public sealed record ImportProblem(int Record, string? ServiceId, string? ServiceName, ImportProblemCode Code, string? Detail = null);

public enum ImportProblemCode
{
    InvalidJson,
    NotServices,
    NotAnObject,
    WrongType,
    TooManyRecords,
    InvalidZip,
    NoServicesTable,
    MissingId,
    InvalidId,
    DuplicateId,
    ServiceOfAnotherNetwork,
    MissingName,
    TooLong,
    UnknownStatus,
    InvalidAge,
    InvalidDate,
    InvalidUrl,
    InvalidEmail,
    InvalidTime,
    InvalidCoordinates,
    InvalidLanguage,
    UnknownTerm,
    UnknownOrganisation,
    MatchedOrganisationByName,
    MissingValue,

    // Staged reports store these as numbers for a day: new codes go at the end.
    LocationOfAnotherNetwork,
}

/// <summary>Reads an uploaded HSDS file: JSON (one service, an array of them, or an API page) or a data package (zip).</summary>
internal static class HsdsImportReader
{
    public const int MaxRecords = 20_000;
    private const long MaxUnzippedBytes = 200L * 1024 * 1024;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = 32,
    };

    public sealed record Record(int Number, HsdsInService Service);

    public static (List<Record> Records, List<ImportProblem> Problems) Read(byte[] content)
    {
        var problems = new List<ImportProblem>();
        List<(int Number, JsonNode? Node)> nodes;
        if (content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            nodes = ReadPackage(content, problems);
        }
        else
        {
            nodes = ReadJson(content, problems);
        }
        if (nodes.Count > MaxRecords)
        {
            problems.Add(new ImportProblem(0, null, null, ImportProblemCode.TooManyRecords, MaxRecords.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return ([], problems);
        }
        var records = new List<Record>();
        foreach (var (number, node) in nodes)
        {
            if (node is not JsonObject service)
            {
                problems.Add(new ImportProblem(number, null, null, ImportProblemCode.NotAnObject));
                continue;
            }
            try
            {
                records.Add(new Record(number, service.Deserialize<HsdsInService>(Json)!));
            }
            catch (JsonException e)
            {
                problems.Add(new ImportProblem(number, Text(service["id"]), Text(service["name"]), ImportProblemCode.WrongType, e.Path));
            }
            catch (InvalidOperationException)
            {
                problems.Add(new ImportProblem(number, Text(service["id"]), Text(service["name"]), ImportProblemCode.WrongType));
            }
        }
        return (records, problems);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? Shorten(text) : null;

    internal static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

    private static List<(int, JsonNode?)> ReadJson(byte[] content, List<ImportProblem> problems)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add(new ImportProblem(0, null, null, ImportProblemCode.InvalidJson, $"{e.LineNumber + 1}:{e.BytePositionInLine + 1}"));
            return [];
        }
        var items = root switch
        {
            JsonArray array => array,
            JsonObject page when page["contents"] is JsonArray contents => contents,
            JsonObject one => new JsonArray(one.DeepClone()),
            _ => null,
        };
        if (items is null)
        {
            problems.Add(new ImportProblem(0, null, null, ImportProblemCode.NotServices));
            return [];
        }
        return items.Select((node, i) => (i + 1, node)).ToList();
    }

    private static List<(int, JsonNode?)> ReadPackage(byte[] content, List<ImportProblem> problems)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var names = HsdsDatapackage.All.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // A zip bomb is refused on the sizes its directory declares, before anything is unpacked.
            if (zip.Entries.Sum(e => e.Length) > MaxUnzippedBytes)
            {
                problems.Add(new ImportProblem(0, null, null, ImportProblemCode.InvalidZip));
                return [];
            }
            var tables = HsdsDatapackage.ReadTables(zip, names.Contains);
            if (!tables.ContainsKey(HsdsDatapackage.Services.Name))
            {
                problems.Add(new ImportProblem(0, null, null, ImportProblemCode.NoServicesTable));
                return [];
            }
            return HsdsDatapackage.Nest(tables).Select(s => (s.Line, (JsonNode?)s.Service)).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            problems.Add(new ImportProblem(0, null, null, ImportProblemCode.InvalidZip));
            return [];
        }
    }
}
