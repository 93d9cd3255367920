using System.Text.Json;
using System.Text.Json.Serialization;
using Verbind.Partners.Domain;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// What an uploaded file holds after parsing: the organisations (with their people) that can be
/// imported, and every line that cannot, with its reasons. Stored as JSON in a <see cref="PartnerImport"/>.
/// </summary>
internal sealed class StagedFile
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public int RowsRead { get; set; }
    public List<StagedOrganisation> Organisations { get; set; } = [];
    public List<RowProblem> Problems { get; set; } = [];

    /// <summary>Header names that match no column; their values are not read.</summary>
    public List<string> IgnoredColumns { get; set; } = [];

    /// <summary>Lines with at least one problem; none of their values is imported.</summary>
    public int BadLines => Problems.Select(p => p.Line).Distinct().Count();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StagedFile FromJson(string json) => JsonSerializer.Deserialize<StagedFile>(json, Json) ?? new StagedFile();
}

/// <summary>One organisation of the file, from the first line that names it, with its people from every line.</summary>
internal sealed class StagedOrganisation
{
    public int Line { get; set; }
    public required string Name { get; set; }

    /// <summary>Null when the file left it empty: a new organisation gets "other", a merge keeps what it has.</summary>
    public OrganisationKind? Kind { get; set; }

    public Sector? Sector { get; set; }

    /// <summary>In storage form (KBO:0123456749), or null.</summary>
    public string? EnterpriseNumber { get; set; }

    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string CountryCode { get; set; } = "BE";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>Null when the file left it empty: a new membership is then a partner membership.</summary>
    public MembershipRole? Role { get; set; }

    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public List<StagedPerson> People { get; set; } = [];

    /// <summary>Whether a line named only the organisation, without a person.</summary>
    public bool HasOrganisationOnlyLine { get; set; }

    public string? EnterpriseNumberDisplay => EnterpriseNumber is null ? null : Domain.EnterpriseNumber.FromStorage(EnterpriseNumber).Display;
}

internal sealed class StagedPerson
{
    public int Line { get; set; }
    public required string FullName { get; set; }
    public string? Function { get; set; }
    public List<string> Expertise { get; set; } = [];
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>
/// Why a line cannot be imported. <see cref="Value"/> is the offending text (cut short), <see cref="Column"/>
/// the Dutch header, <see cref="Number"/> a line number or a maximum, depending on <see cref="Code"/>.
/// </summary>
internal sealed record RowProblem(int Line, ProblemCode Code, string? Column = null, string? Value = null, int? Number = null);

internal enum ProblemCode
{
    MissingName,
    UnknownKind,
    UnknownSector,
    UnknownRole,
    UnknownCountry,
    EnterpriseNumberNotDigits,
    EnterpriseNumberWrongLengthKbo,
    EnterpriseNumberWrongLengthKvk,
    EnterpriseNumberCheckFailed,
    InvalidPostcode,
    InvalidEmail,
    InvalidWebsite,
    InvalidPhone,
    InvalidDate,
    EndBeforeStart,
    TooLong,
    TooManyTags,
    PersonWithoutName,
    DuplicateLine,
    DuplicatePerson,
    DuplicateEnterpriseNumber,
    ConflictingValue,
    BrokenQuotes,
}
