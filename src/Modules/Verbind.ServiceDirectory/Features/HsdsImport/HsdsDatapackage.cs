using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>
/// An HSDS tabular data package: a zip with one CSV per table and a datapackage.json. The same table
/// definitions write the export and read an import, so an export can always be read back.
/// </summary>
internal static class HsdsDatapackage
{
    public sealed record Table(string Name, string[] Columns);

    public static readonly Table Services = new("services", ["id", "organization_id", "name", "alternate_name", "description", "url", "email", "status",
        "interpretation_services", "application_process", "fees_description", "wait_time", "accreditations", "eligibility_description",
        "minimum_age", "maximum_age", "assured_date", "licenses", "alert", "last_modified"]);
    public static readonly Table Organizations = new("organizations", ["id", "name", "description", "email", "website"]);
    public static readonly Table Phones = new("phones", ["id", "service_id", "location_id", "number", "extension", "type", "description"]);
    public static readonly Table Schedules = new("schedules", ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "freq",
        "interval", "byday", "bymonthday", "opens_at", "closes_at", "attending_type", "description", "notes"]);
    public static readonly Table ServiceAreas = new("service_areas", ["id", "service_id", "name", "description", "extent", "extent_type"]);
    public static readonly Table Languages = new("languages", ["id", "service_id", "location_id", "code", "name"]);
    public static readonly Table CostOptions = new("cost_options", ["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"]);
    public static readonly Table RequiredDocuments = new("required_documents", ["id", "service_id", "document", "uri"]);
    public static readonly Table Contacts = new("contacts", ["id", "service_id", "name", "title", "department", "email"]);
    public static readonly Table Attributes = new("attributes", ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id"]);
    public static readonly Table TaxonomyTerms = new("taxonomy_terms", ["id", "code", "name", "description", "parent_id", "taxonomy", "taxonomy_id", "language"]);
    public static readonly Table ServiceAtLocations = new("service_at_location", ["id", "service_id", "location_id", "description"]);
    public static readonly Table Capacities = new("service_capacity", ["id", "service_id", "unit_id", "available", "maximum", "description", "updated"]);
    public static readonly Table Units = new("units", ["id", "name"]);
    public static readonly Table Locations = new("locations", ["id", "location_type", "organization_id", "name", "alternate_name", "description",
        "transportation", "url", "latitude", "longitude"]);
    public static readonly Table Addresses = new("addresses", ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"]);
    public static readonly Table Accessibility = new("accessibility", ["id", "location_id", "description", "details"]);

    public static readonly Table[] All = [Organizations, Services, Locations, ServiceAtLocations, Addresses, Accessibility, Phones, Schedules,
        ServiceAreas, Languages, CostOptions, RequiredDocuments, Contacts, Units, Capacities, TaxonomyTerms, Attributes];

    private static readonly HashSet<string> NumberColumns = ["minimum_age", "maximum_age", "extension", "interval", "amount", "latitude", "longitude", "available", "maximum"];

    /// <summary>Writes fully nested HSDS services (as the API shows them) as a data package.</summary>
    public static byte[] Write(IEnumerable<JsonObject> services)
    {
        var rows = All.ToDictionary(t => t.Name, _ => new List<JsonObject>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Table table, JsonNode? row)
        {
            if (row is JsonObject o && seen.Add(table.Name + ":" + (string?)o["id"]))
            {
                rows[table.Name].Add(o);
            }
        }
        void AddAll(Table table, JsonNode? array)
        {
            foreach (var row in array as JsonArray ?? [])
            {
                Add(table, row);
            }
        }
        foreach (var service in services)
        {
            Add(Services, service);
            Add(Organizations, service["organization"]);
            AddAll(Phones, service["phones"]);
            AddAll(Schedules, service["schedules"]);
            AddAll(ServiceAreas, service["service_areas"]);
            AddAll(Languages, service["languages"]);
            AddAll(CostOptions, service["cost_options"]);
            AddAll(RequiredDocuments, service["required_documents"]);
            AddAll(Contacts, service["contacts"]);
            foreach (var capacity in service["capacities"] as JsonArray ?? [])
            {
                if (capacity?["unit"] is JsonObject unit && capacity.DeepClone() is JsonObject row)
                {
                    row["unit_id"] = unit["id"]?.DeepClone();
                    Add(Capacities, row);
                    Add(Units, unit);
                }
            }
            foreach (var attribute in service["attributes"] as JsonArray ?? [])
            {
                Add(Attributes, attribute);
                Add(TaxonomyTerms, attribute?["taxonomy_term"]);
            }
            foreach (var link in service["service_at_locations"] as JsonArray ?? [])
            {
                Add(ServiceAtLocations, link);
                var location = link?["location"];
                Add(Locations, location);
                AddAll(Addresses, location?["addresses"]);
                AddAll(Accessibility, location?["accessibility"]);
                AddAll(Phones, location?["phones"]);
                AddAll(Schedules, location?["schedules"]);
                AddAll(Languages, location?["languages"]);
            }
        }
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in All)
            {
                var entry = zip.CreateEntry(table.Name + ".csv", CompressionLevel.Optimal);
                using var stream = entry.Open();
                using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ',' }, leaveOpen: false);
                foreach (var column in table.Columns)
                {
                    csv.WriteField(column);
                }
                csv.EndRecord();
                foreach (var row in rows[table.Name])
                {
                    foreach (var column in table.Columns)
                    {
                        csv.WriteField(row[column] is JsonValue value ? value.ToString() : "");
                    }
                    csv.EndRecord();
                }
            }
            var descriptor = zip.CreateEntry("datapackage.json");
            using var json = descriptor.Open();
            JsonSerializer.Serialize(json, Descriptor());
        }
        return zipped.ToArray();
    }

    private static JsonObject Descriptor() => new()
    {
        ["name"] = "verbind-hsds-export",
        ["profile"] = "tabular-data-package",
        ["description"] = "HSDS 3.1 services exported by Verbind.",
        ["resources"] = new JsonArray(All.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name,
            ["path"] = t.Name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(t.Columns.Select(c => (JsonNode)new JsonObject
                {
                    ["name"] = c,
                    ["type"] = NumberColumns.Contains(c) ? "number" : "string",
                }).ToArray()),
            },
        }).ToArray()),
    };

    /// <summary>The tables of a package by name, each row a JSON object of its non-empty cells (numbers as numbers when they read as one).</summary>
    public static Dictionary<string, List<(int Line, JsonObject Row)>> ReadTables(ZipArchive zip, Func<string, bool> keep)
    {
        var tables = new Dictionary<string, List<(int, JsonObject)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            var name = Path.GetFileNameWithoutExtension(entry.Name);
            if (!entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !keep(name))
            {
                continue;
            }
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            var separator = text.IndexOf('\n', StringComparison.Ordinal) is var end and > 0 && text[..end].Count(c => c == ';') > text[..end].Count(c => c == ',') ? ';' : ',';
            using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = separator, HasHeader = false, TrackLineNumbers = true });
            var rows = new List<(int, JsonObject)>();
            string[]? header = null;
            while (csv.Read())
            {
                if (header is null)
                {
                    header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
                    continue;
                }
                var row = new JsonObject();
                for (var i = 0; i < Math.Min(header.Length, csv.FieldCount); i++)
                {
                    var cell = csv.GetString(i);
                    if (string.IsNullOrEmpty(cell) || row.ContainsKey(header[i]))
                    {
                        continue;
                    }
                    var column = header[i];
                    row[column] = NumberColumns.Contains(column) && decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? JsonValue.Create(number)
                        : JsonValue.Create(cell);
                }
                rows.Add(((int)csv.LineNumber, row));
            }
            tables[name] = rows;
        }
        return tables;
    }

    /// <summary>Rebuilds the nested services (as JSON) from the tables, with the CSV line of each service.</summary>
    public static List<(int Line, JsonObject Service)> Nest(Dictionary<string, List<(int Line, JsonObject Row)>> tables)
    {
        List<JsonObject> Rows(Table table) => tables.TryGetValue(table.Name, out var rows) ? rows.Select(r => r.Row).ToList() : [];
        ILookup<string, JsonObject> By(Table table, string column) =>
            Rows(table).Where(r => r[column] is not null).ToLookup(r => r[column]!.ToString(), StringComparer.OrdinalIgnoreCase);
        JsonArray Copy(IEnumerable<JsonObject> rows) => new(rows.Select(r => (JsonNode)r.DeepClone()).ToArray());

        var organisations = Rows(Organizations).Where(o => o["id"] is not null).GroupBy(o => o["id"]!.ToString()).ToDictionary(g => g.Key, g => g.First());
        var terms = Rows(TaxonomyTerms).Where(t => t["id"] is not null).GroupBy(t => t["id"]!.ToString()).ToDictionary(g => g.Key, g => g.First());
        var locations = Rows(Locations).Where(l => l["id"] is not null).GroupBy(l => l["id"]!.ToString()).ToDictionary(g => g.Key, g => g.First());
        var (phonesOfService, phonesOfLocation) = (By(Phones, "service_id"), By(Phones, "location_id"));
        var (schedulesOfService, schedulesOfLocation) = (By(Schedules, "service_id"), By(Schedules, "location_id"));
        var (languagesOfService, languagesOfLocation) = (By(Languages, "service_id"), By(Languages, "location_id"));
        var areas = By(ServiceAreas, "service_id");
        var costs = By(CostOptions, "service_id");
        var documents = By(RequiredDocuments, "service_id");
        var contacts = By(Contacts, "service_id");
        var capacities = By(Capacities, "service_id");
        var units = Rows(Units).Where(u => u["id"] is not null).GroupBy(u => u["id"]!.ToString()).ToDictionary(g => g.Key, g => g.First());
        var attributes = By(Attributes, "link_id");
        var links = By(ServiceAtLocations, "service_id");
        var addresses = By(Addresses, "location_id");
        var accessibility = By(Accessibility, "location_id");

        var services = new List<(int, JsonObject)>();
        foreach (var (line, row) in tables.TryGetValue(Services.Name, out var serviceRows) ? serviceRows : [])
        {
            var service = (JsonObject)row.DeepClone();
            var id = row["id"]?.ToString() ?? "";
            if (row["organization_id"]?.ToString() is { } organisationId && organisations.TryGetValue(organisationId, out var organisation))
            {
                service["organization"] = organisation.DeepClone();
            }
            service["phones"] = Copy(phonesOfService[id].Where(p => p["location_id"] is null));
            service["schedules"] = Copy(schedulesOfService[id].Where(s => s["location_id"] is null));
            service["languages"] = Copy(languagesOfService[id].Where(l => l["location_id"] is null));
            service["service_areas"] = Copy(areas[id]);
            service["cost_options"] = Copy(costs[id]);
            service["required_documents"] = Copy(documents[id]);
            service["contacts"] = Copy(contacts[id]);
            service["capacities"] = new JsonArray(capacities[id].Select(c =>
            {
                var capacity = (JsonObject)c.DeepClone();
                if (c["unit_id"]?.ToString() is { } unitId && units.TryGetValue(unitId, out var unit))
                {
                    capacity["unit"] = unit.DeepClone();
                }
                return (JsonNode)capacity;
            }).ToArray());
            service["attributes"] = new JsonArray(attributes[id].Select(a =>
            {
                var attribute = (JsonObject)a.DeepClone();
                if (a["taxonomy_term_id"]?.ToString() is { } termId && terms.TryGetValue(termId, out var term))
                {
                    attribute["taxonomy_term"] = term.DeepClone();
                }
                return (JsonNode)attribute;
            }).ToArray());
            service["service_at_locations"] = new JsonArray(links[id].Select(l =>
            {
                var link = (JsonObject)l.DeepClone();
                if (l["location_id"]?.ToString() is { } locationId && locations.TryGetValue(locationId, out var found))
                {
                    var location = (JsonObject)found.DeepClone();
                    location["addresses"] = Copy(addresses[locationId]);
                    location["accessibility"] = Copy(accessibility[locationId]);
                    location["phones"] = Copy(phonesOfLocation[locationId]);
                    location["schedules"] = Copy(schedulesOfLocation[locationId]);
                    location["languages"] = Copy(languagesOfLocation[locationId]);
                    link["location"] = location;
                }
                return (JsonNode)link;
            }).ToArray());
            services.Add((line, service));
        }
        return services;
    }
}
