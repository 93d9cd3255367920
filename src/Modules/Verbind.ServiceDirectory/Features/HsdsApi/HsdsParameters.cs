using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// The query parameters of the HSDS endpoints, read by hand so that every wrong value gets a 400 with
/// a message naming the parameter (model binding would answer some with an empty 400 or a 500).
/// Messages are in English: this API speaks to developers of other systems.
/// </summary>
internal sealed class HsdsParameters
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;
    public const int MaxSearchLength = 200;
    public const int MaxProximityMetres = 100_000;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;
    public bool IsValid => _errors.Count == 0;

    public string? Search { get; private init; }
    public int Page { get; private init; } = 1;
    public int PerPage { get; private init; } = DefaultPerPage;
    public bool Ndjson { get; private init; }
    public bool Minimal { get; private init; }
    public bool Full { get; private init; }
    public Guid? TaxonomyTermId { get; private init; }
    public Guid? TaxonomyId { get; private init; }
    public Guid? OrganizationId { get; private init; }
    public Guid? ParentId { get; private init; }
    public bool TopOnly { get; private init; }
    public DateTime? ModifiedAfter { get; private init; }

    /// <summary>UK profile: the person's age range in years; a service matches when its ages overlap it.</summary>
    public decimal? MinimumAge { get; private init; }
    public decimal? MaximumAge { get; private init; }

    /// <summary>UK profile: open on this day (and at this time when given).</summary>
    public DayOfWeek? Day { get; private init; }
    public TimeOnly? Time { get; private init; }

    public string? Postcode { get; private init; }
    public int? ProximityMetres { get; private init; }

    public static HsdsParameters Read(IQueryCollection query)
    {
        var reader = new Reader(query);
        var parameters = new HsdsParameters
        {
            Search = reader.Text("search", MaxSearchLength),
            Page = reader.Integer("page", 1, int.MaxValue / MaxPerPage) ?? 1,
            PerPage = reader.Integer("per_page", 1, MaxPerPage) ?? DefaultPerPage,
            Ndjson = reader.Format(),
            Minimal = reader.Boolean("minimal"),
            Full = reader.Boolean("full"),
            TaxonomyTermId = reader.Uuid("taxonomy_term_id"),
            TaxonomyId = reader.Uuid("taxonomy_id"),
            OrganizationId = reader.Uuid("organization_id"),
            ParentId = reader.Uuid("parent_id"),
            TopOnly = reader.Boolean("top_only"),
            ModifiedAfter = reader.Moment("modified_after"),
            MinimumAge = reader.Age("minimum_age"),
            MaximumAge = reader.Age("maximum_age"),
            Day = reader.Day("day"),
            Time = reader.TimeOfDay("time"),
            Postcode = reader.Text("postcode", 10),
            ProximityMetres = reader.Integer("proximity", 1, MaxProximityMetres),
        };
        foreach (var (name, message) in reader.Errors)
        {
            parameters._errors[name] = [message];
        }
        if (parameters is { MinimumAge: { } min, MaximumAge: { } max } && min > max)
        {
            parameters._errors["minimum_age"] = ["minimum_age must not be above maximum_age."];
        }
        if (parameters.ProximityMetres is not null && parameters.Postcode is null)
        {
            parameters._errors["proximity"] = ["proximity needs a postcode to measure from."];
        }
        if (parameters.Time is not null && parameters.Day is null)
        {
            parameters._errors["time"] = ["time needs a day."];
        }
        return parameters;
    }

    private sealed class Reader(IQueryCollection query)
    {
        public List<(string Name, string Message)> Errors { get; } = [];

        private string? Value(string name)
        {
            if (!query.TryGetValue(name, out var values) || values.Count == 0)
            {
                return null;
            }
            if (values.Count > 1)
            {
                Errors.Add((name, $"{name} may be given once."));
                return null;
            }
            return string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
        }

        public string? Text(string name, int maxLength)
        {
            var value = Value(name);
            if (value is { Length: var length } && length > maxLength)
            {
                Errors.Add((name, $"{name} may be at most {maxLength} characters long."));
                return null;
            }
            return value;
        }

        public int? Integer(string name, int min, int max)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            {
                Errors.Add((name, $"{name} must be a whole number from {min} to {max}."));
                return null;
            }
            return number;
        }

        public bool Boolean(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return false;
            }
            if (!bool.TryParse(value, out var flag))
            {
                Errors.Add((name, $"{name} must be true or false."));
            }
            return flag;
        }

        public bool Format()
        {
            var value = Value("format");
            if (value is null || value.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (value.Equals("ndjson", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            Errors.Add(("format", "format must be json or ndjson."));
            return false;
        }

        public Guid? Uuid(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            if (!Guid.TryParseExact(value, "D", out var id))
            {
                Errors.Add((name, $"{name} must be a UUID (8-4-4-4-12 hexadecimal digits)."));
                return null;
            }
            return id;
        }

        public DateTime? Moment(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                || moment.Year < 1900 || moment.Year > 9000)
            {
                Errors.Add((name, $"{name} must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00Z."));
                return null;
            }
            return moment.UtcDateTime;
        }

        public decimal? Age(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var years)
                || years < -1 || years > 150)
            {
                Errors.Add((name, $"{name} must be an age in years from -1 (expected) to 150."));
                return null;
            }
            return years;
        }

        public DayOfWeek? Day(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                if (value.Equals(day.ToString(), StringComparison.OrdinalIgnoreCase) || value.Equals(HsdsMapping.DayCode(day), StringComparison.OrdinalIgnoreCase))
                {
                    return day;
                }
            }
            Errors.Add((name, $"{name} must be a day: MO, TU, WE, TH, FR, SA, SU (or its English name)."));
            return null;
        }

        public TimeOnly? TimeOfDay(string name)
        {
            var value = Value(name);
            if (value is null)
            {
                return null;
            }
            if (!TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                Errors.Add((name, $"{name} must be a time of day as HH:mm."));
                return null;
            }
            return time;
        }
    }
}
