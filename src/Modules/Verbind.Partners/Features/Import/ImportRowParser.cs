using System.Globalization;
using System.Text.RegularExpressions;
using Verbind.Partners.Domain;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// Checks every line of a <see cref="RawTable"/> and gathers the good ones into organisations with their
/// people. A line with any problem is left out whole, with every reason found; lines of the same
/// organisation (same name and postcode) add its people, and must not contradict each other.
/// </summary>
internal static partial class ImportRowParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy/M/d"];
    private const int MaxShownValue = 80;

    /// <param name="defaultCountry">BE or NL: the country of addresses whose line leaves "land" empty.</param>
    public static StagedFile Parse(RawTable table, string defaultCountry)
    {
        var file = new StagedFile { RowsRead = table.Rows.Count, IgnoredColumns = [.. table.IgnoredColumns] };
        var byIdentity = new Dictionary<string, StagedOrganisation>(StringComparer.Ordinal);
        var byEnterpriseNumber = new Dictionary<string, StagedOrganisation>(StringComparer.Ordinal);
        var people = new Dictionary<(StagedOrganisation, string), StagedPerson>();
        foreach (var row in table.Rows)
        {
            var problems = new List<RowProblem>();
            var line = ReadLine(row, defaultCountry, problems);
            if (problems.Count == 0)
            {
                AddToOrganisation(line!, file, byIdentity, byEnterpriseNumber, people, problems);
            }
            file.Problems.AddRange(problems);
        }
        return file;
    }

    /// <summary>One line's values, checked and converted; null values were left empty.</summary>
    private sealed record Line(
        int Number, string Name, OrganisationKind? Kind, Sector? Sector, EnterpriseNumber? EnterpriseNumber,
        string? Street, string? Postcode, string? Municipality, string Country, string? Phone, string? Email, string? Website,
        MembershipRole? Role, DateOnly? StartDate, DateOnly? EndDate,
        string? Person, string? Function, List<string> Expertise, string? PersonEmail, string? PersonPhone);

    private static Line? ReadLine(RawRow row, string defaultCountry, List<RowProblem> problems)
    {
        var number = row.Line;
        var tooLong = new HashSet<ImportColumn>();
        foreach (var column in ImportColumns.All)
        {
            if (row[column].Length > ImportColumns.MaxLength(column))
            {
                tooLong.Add(column);
                problems.Add(Problem(number, ProblemCode.TooLong, column, row[column], ImportColumns.MaxLength(column)));
            }
        }
        string? Value(ImportColumn column) => tooLong.Contains(column) || row[column].Length == 0 ? null : row[column];

        if (row.BrokenQuotes)
        {
            problems.Add(new RowProblem(number, ProblemCode.BrokenQuotes));
        }
        var name = Value(ImportColumn.Organisation);
        if (name is null && !tooLong.Contains(ImportColumn.Organisation))
        {
            problems.Add(new RowProblem(number, ProblemCode.MissingName, ImportColumns.Header(ImportColumn.Organisation)));
        }
        var kind = ReadWord(ImportVocabulary.Kinds, Value(ImportColumn.Kind), number, ImportColumn.Kind, ProblemCode.UnknownKind, problems);
        var sector = ReadWord(ImportVocabulary.Sectors, Value(ImportColumn.Sector), number, ImportColumn.Sector, ProblemCode.UnknownSector, problems);
        var role = ReadWord(ImportVocabulary.Roles, Value(ImportColumn.Role), number, ImportColumn.Role, ProblemCode.UnknownRole, problems);
        var country = defaultCountry;
        if (Value(ImportColumn.Country) is { } countryText)
        {
            if (ImportVocabulary.Countries.TryRead(countryText, out var code))
            {
                country = code;
            }
            else
            {
                problems.Add(Problem(number, ProblemCode.UnknownCountry, ImportColumn.Country, countryText));
            }
        }
        var enterpriseNumber = ReadEnterpriseNumber(Value(ImportColumn.EnterpriseNumber), country, number, problems);
        var postcode = ReadPostcode(Value(ImportColumn.Postcode), country, number, problems);
        var phone = ReadPhone(Value(ImportColumn.Phone), number, ImportColumn.Phone, problems);
        var email = ReadEmail(Value(ImportColumn.Email), number, ImportColumn.Email, problems);
        var website = ReadWebsite(Value(ImportColumn.Website), number, problems);
        var start = ReadDate(Value(ImportColumn.StartDate), number, ImportColumn.StartDate, problems);
        var end = ReadDate(Value(ImportColumn.EndDate), number, ImportColumn.EndDate, problems);
        if (start is not null && end is not null && end < start)
        {
            problems.Add(Problem(number, ProblemCode.EndBeforeStart, ImportColumn.EndDate, Value(ImportColumn.EndDate)));
        }

        var person = Value(ImportColumn.Person);
        var personEmail = ReadEmail(Value(ImportColumn.PersonEmail), number, ImportColumn.PersonEmail, problems);
        var personPhone = ReadPhone(Value(ImportColumn.PersonPhone), number, ImportColumn.PersonPhone, problems);
        var expertise = ReadExpertise(Value(ImportColumn.Expertise), number, problems);
        var personDetails = new[] { ImportColumn.Function, ImportColumn.Expertise, ImportColumn.PersonEmail, ImportColumn.PersonPhone };
        if (person is null && !tooLong.Contains(ImportColumn.Person) && personDetails.Any(c => row[c].Length > 0))
        {
            problems.Add(new RowProblem(number, ProblemCode.PersonWithoutName, ImportColumns.Header(ImportColumn.Person)));
        }
        if (problems.Count > 0)
        {
            return null;
        }
        return new Line(number, name!, kind, sector, enterpriseNumber,
            Value(ImportColumn.Street), postcode, Value(ImportColumn.Municipality), country, phone, email, website,
            role, start, end, person, Value(ImportColumn.Function), expertise, personEmail, personPhone);
    }

    private static void AddToOrganisation(
        Line line, StagedFile file, Dictionary<string, StagedOrganisation> byIdentity,
        Dictionary<string, StagedOrganisation> byEnterpriseNumber, Dictionary<(StagedOrganisation, string), StagedPerson> people, List<RowProblem> problems)
    {
        var number = line.EnterpriseNumber?.ToStorage();
        var identity = TextKey.NameAndPostcode(line.Name, line.Postcode);
        if (!byIdentity.TryGetValue(identity, out var organisation))
        {
            if (number is not null && byEnterpriseNumber.TryGetValue(number, out var sameNumber))
            {
                problems.Add(Problem(line.Number, ProblemCode.DuplicateEnterpriseNumber, ImportColumn.EnterpriseNumber, line.EnterpriseNumber!.Display, sameNumber.Line));
                return;
            }
            organisation = NewOrganisation(line);
            byIdentity[identity] = organisation;
            if (number is not null)
            {
                byEnterpriseNumber[number] = organisation;
            }
            file.Organisations.Add(organisation);
            AddPerson(line, organisation, people, problems, firstLine: true);
            return;
        }

        var conflicts = Conflicts(line, organisation).ToList();
        if (number is not null && organisation.EnterpriseNumber is null && byEnterpriseNumber.TryGetValue(number, out var other))
        {
            problems.Add(Problem(line.Number, ProblemCode.DuplicateEnterpriseNumber, ImportColumn.EnterpriseNumber, line.EnterpriseNumber!.Display, other.Line));
            return;
        }
        if (conflicts.Count > 0)
        {
            problems.AddRange(conflicts.Select(c => Problem(line.Number, ProblemCode.ConflictingValue, c.Column, c.Value, organisation.Line)));
            return;
        }
        if (!AddPerson(line, organisation, people, problems, firstLine: false))
        {
            return;
        }
        FillEmpty(organisation, line);
        if (number is not null)
        {
            byEnterpriseNumber[number] = organisation;
        }
    }

    private static StagedOrganisation NewOrganisation(Line line) => new()
    {
        Line = line.Number,
        Name = line.Name,
        Kind = line.Kind,
        Sector = line.Sector,
        EnterpriseNumber = line.EnterpriseNumber?.ToStorage(),
        Street = line.Street,
        Postcode = line.Postcode,
        Municipality = line.Municipality,
        CountryCode = line.Country,
        Phone = line.Phone,
        Email = line.Email,
        Website = line.Website,
        Role = line.Role,
        StartDate = line.StartDate,
        EndDate = line.EndDate,
    };

    /// <summary>Adds the line's person, or notes the line as organisation only; false when it repeats an earlier line.</summary>
    private static bool AddPerson(
        Line line, StagedOrganisation organisation, Dictionary<(StagedOrganisation, string), StagedPerson> people, List<RowProblem> problems, bool firstLine)
    {
        if (line.Person is null)
        {
            if (organisation.HasOrganisationOnlyLine && !firstLine)
            {
                problems.Add(Problem(line.Number, ProblemCode.DuplicateLine, ImportColumn.Organisation, line.Name, organisation.Line));
                return false;
            }
            organisation.HasOrganisationOnlyLine = true;
            return true;
        }
        var key = (organisation, TextKey.Of(line.Person));
        if (people.TryGetValue(key, out var same))
        {
            problems.Add(Problem(line.Number, ProblemCode.DuplicatePerson, ImportColumn.Person, line.Person, same.Line));
            return false;
        }
        var person = new StagedPerson
        {
            Line = line.Number,
            FullName = line.Person,
            Function = line.Function,
            Expertise = line.Expertise,
            Email = line.PersonEmail,
            Phone = line.PersonPhone,
        };
        organisation.People.Add(person);
        people[key] = person;
        return true;
    }

    /// <summary>Organisation values of a later line that differ from those already given for the organisation.</summary>
    private static IEnumerable<(ImportColumn Column, string Value)> Conflicts(Line line, StagedOrganisation organisation)
    {
        static bool Differs(string? given, string? known) =>
            given is not null && known is not null && !string.Equals(given, known, StringComparison.OrdinalIgnoreCase);

        if (line.Kind is { } kind && organisation.Kind is { } knownKind && kind != knownKind)
        {
            yield return (ImportColumn.Kind, ImportVocabulary.Kinds.Word(kind));
        }
        if (line.Sector is { } sector && organisation.Sector is { } knownSector && sector != knownSector)
        {
            yield return (ImportColumn.Sector, ImportVocabulary.Sectors.Word(sector));
        }
        if (Differs(line.EnterpriseNumber?.ToStorage(), organisation.EnterpriseNumber))
        {
            yield return (ImportColumn.EnterpriseNumber, line.EnterpriseNumber!.Display);
        }
        if (Differs(line.Street, organisation.Street))
        {
            yield return (ImportColumn.Street, line.Street!);
        }
        if (Differs(line.Municipality, organisation.Municipality))
        {
            yield return (ImportColumn.Municipality, line.Municipality!);
        }
        if (Differs(line.Phone, organisation.Phone))
        {
            yield return (ImportColumn.Phone, line.Phone!);
        }
        if (Differs(line.Email, organisation.Email))
        {
            yield return (ImportColumn.Email, line.Email!);
        }
        if (Differs(line.Website, organisation.Website))
        {
            yield return (ImportColumn.Website, line.Website!);
        }
        if (line.Role is { } role && organisation.Role is { } knownRole && role != knownRole)
        {
            yield return (ImportColumn.Role, ImportVocabulary.Roles.Word(role));
        }
        if (line.StartDate is { } start && organisation.StartDate is { } knownStart && start != knownStart)
        {
            yield return (ImportColumn.StartDate, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (line.EndDate is { } end && organisation.EndDate is { } knownEnd && end != knownEnd)
        {
            yield return (ImportColumn.EndDate, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A later line may give organisation values the first line left empty.</summary>
    private static void FillEmpty(StagedOrganisation organisation, Line line)
    {
        organisation.Kind ??= line.Kind;
        organisation.Sector ??= line.Sector;
        organisation.EnterpriseNumber ??= line.EnterpriseNumber?.ToStorage();
        organisation.Street ??= line.Street;
        organisation.Municipality ??= line.Municipality;
        organisation.Phone ??= line.Phone;
        organisation.Email ??= line.Email;
        organisation.Website ??= line.Website;
        organisation.Role ??= line.Role;
        organisation.StartDate ??= line.StartDate;
        organisation.EndDate ??= line.EndDate;
    }

    private static T? ReadWord<T>(Vocabulary<T> vocabulary, string? text, int line, ImportColumn column, ProblemCode unknown, List<RowProblem> problems)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }
        if (vocabulary.TryRead(text, out var value))
        {
            return value;
        }
        problems.Add(Problem(line, unknown, column, text));
        return null;
    }

    private static EnterpriseNumber? ReadEnterpriseNumber(string? text, string country, int line, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        var digits = text.Count(char.IsAsciiDigit);
        var register = text.StartsWith("BE", StringComparison.OrdinalIgnoreCase) ? EnterpriseRegister.Kbo
            : digits == 8 || country == "NL" ? EnterpriseRegister.Kvk
            : EnterpriseRegister.Kbo;
        if (EnterpriseNumber.TryParse(text, register, out var number, out var error))
        {
            return number;
        }
        var code = error switch
        {
            EnterpriseNumberError.NotDigits => ProblemCode.EnterpriseNumberNotDigits,
            EnterpriseNumberError.WrongLength when register == EnterpriseRegister.Kvk => ProblemCode.EnterpriseNumberWrongLengthKvk,
            EnterpriseNumberError.WrongLength => ProblemCode.EnterpriseNumberWrongLengthKbo,
            _ => ProblemCode.EnterpriseNumberCheckFailed,
        };
        problems.Add(Problem(line, code, ImportColumn.EnterpriseNumber, text));
        return null;
    }

    /// <summary>Belgian postcodes have 4 digits; Dutch ones 4 digits and 2 letters, kept as "1234 AB".</summary>
    private static string? ReadPostcode(string? text, string country, int line, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (country == "BE" && BelgianPostcode().IsMatch(text))
        {
            return text;
        }
        if (country == "NL" && DutchPostcode().Match(text) is { Success: true } match)
        {
            return $"{match.Groups[1].Value} {match.Groups[2].Value.ToUpperInvariant()}";
        }
        problems.Add(Problem(line, ProblemCode.InvalidPostcode, ImportColumn.Postcode, text));
        return null;
    }

    private static string? ReadPhone(string? text, int line, ImportColumn column, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        var digits = text.Count(char.IsAsciiDigit);
        if (PhoneCharacters().IsMatch(text) && digits is >= 6 and <= 20)
        {
            return text;
        }
        problems.Add(Problem(line, ProblemCode.InvalidPhone, column, text));
        return null;
    }

    private static string? ReadEmail(string? text, int line, ImportColumn column, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (EmailAddress().IsMatch(text))
        {
            return text;
        }
        problems.Add(Problem(line, ProblemCode.InvalidEmail, column, text));
        return null;
    }

    /// <summary>An http(s) address; "www.example.be" gets https:// in front.</summary>
    private static string? ReadWebsite(string? text, int line, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && !candidate.Any(char.IsWhiteSpace)
            && string.IsNullOrEmpty(uri.UserInfo))
        {
            return candidate;
        }
        problems.Add(Problem(line, ProblemCode.InvalidWebsite, ImportColumn.Website, text));
        return null;
    }

    private static DateOnly? ReadDate(string? text, int line, ImportColumn column, List<RowProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        // A spreadsheet cell with a time part comes as "yyyy-MM-dd HH:mm"; the day is what counts.
        var day = text.Length > 10 && text[10] == ' ' ? text[..10] : text;
        if (DateOnly.TryParseExact(day, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }
        problems.Add(Problem(line, ProblemCode.InvalidDate, column, text));
        return null;
    }

    /// <summary>Tags as the people pages keep them (<see cref="ExpertiseTags"/>); a | separates tags too.</summary>
    private static List<string> ReadExpertise(string? text, int line, List<RowProblem> problems)
    {
        if (text is null)
        {
            return [];
        }
        var tags = ExpertiseTags.Parse(text.Replace('|', ','));
        if (tags.FirstOrDefault(t => t.Length > ExpertiseTags.MaxTagLength) is { } longTag)
        {
            problems.Add(Problem(line, ProblemCode.TooLong, ImportColumn.Expertise, longTag, ExpertiseTags.MaxTagLength));
            return [];
        }
        if (tags.Count > ExpertiseTags.MaxTags)
        {
            problems.Add(Problem(line, ProblemCode.TooManyTags, ImportColumn.Expertise, text, ExpertiseTags.MaxTags));
            return [];
        }
        return tags;
    }

    private static RowProblem Problem(int line, ProblemCode code, ImportColumn column, string? value, int? number = null) =>
        new(line, code, ImportColumns.Header(column), Shorten(value), number);

    private static string? Shorten(string? value) => value is { Length: > MaxShownValue } ? value[..MaxShownValue] + "…" : value;

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex BelgianPostcode();

    [GeneratedRegex(@"^(\d{4})\s?([A-Za-z]{2})$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^[0-9+()/.\- ]+$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"^[^@\s<>""'(),;:\\]+@[^@\s<>""'(),;:\\]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailAddress();
}
