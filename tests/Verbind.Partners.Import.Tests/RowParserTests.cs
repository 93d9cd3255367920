using Verbind.Partners.Domain;
using Verbind.Partners.Features.Import;

namespace Verbind.Partners.Import.Tests;

public sealed class RowParserTests
{
    private const string Header = "organisatie;soort;sector;ondernemingsnummer;postcode;land;telefoon;email;website;rol;startdatum;einddatum;persoon;functie;expertise;persoon_email;persoon_telefoon";

    private static RowProblem SingleProblem(string line, string defaultCountry = "BE")
    {
        var file = Files.Parse(Files.Utf8(Header, line), defaultCountry);
        Assert.Empty(file.Organisations);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(2, problem.Line);
        return problem;
    }

    [Theory]
    [InlineData(";gemeente;;;;;;;;;;;;;;;", nameof(ProblemCode.MissingName), "organisatie", null)]
    [InlineData("A;ruimteschip;;;;;;;;;;;;;;;", nameof(ProblemCode.UnknownKind), "soort", "ruimteschip")]
    [InlineData("A;;kunst en vliegwerk;;;;;;;;;;;;;;", nameof(ProblemCode.UnknownSector), "sector", "kunst en vliegwerk")]
    [InlineData("A;;;;;;;;;baas;;;;;;;", nameof(ProblemCode.UnknownRole), "rol", "baas")]
    [InlineData("A;;;;;FR;;;;;;;;;;;", nameof(ProblemCode.UnknownCountry), "land", "FR")]
    [InlineData("A;;;0123.456.7AB;;;;;;;;;;;;;", nameof(ProblemCode.EnterpriseNumberNotDigits), "ondernemingsnummer", "0123.456.7AB")]
    [InlineData("A;;;0123.456.74;;;;;;;;;;;;;", nameof(ProblemCode.EnterpriseNumberCheckFailed), "ondernemingsnummer", "0123.456.74")]
    [InlineData("A;;;01234567490;;;;;;;;;;;;;", nameof(ProblemCode.EnterpriseNumberWrongLengthKbo), "ondernemingsnummer", "01234567490")]
    [InlineData("A;;;0123.456.748;;;;;;;;;;;;;", nameof(ProblemCode.EnterpriseNumberCheckFailed), "ondernemingsnummer", "0123.456.748")]
    [InlineData("A;;;1234567;;NL;;;;;;;;;;;", nameof(ProblemCode.EnterpriseNumberWrongLengthKvk), "ondernemingsnummer", "1234567")]
    [InlineData("A;;;;39999;;;;;;;;;;;;", nameof(ProblemCode.InvalidPostcode), "postcode", "39999")]
    [InlineData("A;;;;3999;NL;;;;;;;;;;;", nameof(ProblemCode.InvalidPostcode), "postcode", "3999")]
    [InlineData("A;;;;;;;info@;;;;;;;;;", nameof(ProblemCode.InvalidEmail), "email", "info@")]
    [InlineData("A;;;;;;;;;;;;Jan;;;jan at voorbeeld.be;", nameof(ProblemCode.InvalidEmail), "persoon_email", "jan at voorbeeld.be")]
    [InlineData("A;;;;;;;;javascript:alert(1);;;;;;;;", nameof(ProblemCode.InvalidWebsite), "website", "javascript:alert(1)")]
    [InlineData("A;;;;;;;;ftp://bestanden.example;;;;;;;;", nameof(ProblemCode.InvalidWebsite), "website", "ftp://bestanden.example")]
    [InlineData("A;;;;;;bel me;;;;;;;;;;", nameof(ProblemCode.InvalidPhone), "telefoon", "bel me")]
    [InlineData("A;;;;;;;;;;;;Jan;;;;12;", nameof(ProblemCode.InvalidPhone), "persoon_telefoon", "12")]
    [InlineData("A;;;;;;;;;;31/02/2025;;;;;;", nameof(ProblemCode.InvalidDate), "startdatum", "31/02/2025")]
    [InlineData("A;;;;;;;;;;2025-03-01;2025-02-01;;;;;", nameof(ProblemCode.EndBeforeStart), "einddatum", "2025-02-01")]
    [InlineData("A;;;;;;;;;;;;;vroedvrouw;;;", nameof(ProblemCode.PersonWithoutName), "persoon", null)]
    public void Every_kind_of_bad_value_is_reported_with_its_column_and_value(string line, string code, string column, string? value)
    {
        var problem = SingleProblem(line);
        Assert.Equal(code, problem.Code.ToString());
        Assert.Equal(column, problem.Column);
        Assert.Equal(value, problem.Value);
    }

    [Fact]
    public void A_kvk_number_of_eight_digits_is_read_as_kvk_and_a_dutch_postcode_normalised()
    {
        var file = Files.Parse(Files.Utf8(Header, "Kraamzorg De Ooievaar;kraamzorg;;12345678;1234ab;NL;;;;;;;;;;;"));
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal("KVK:12345678", organisation.EnterpriseNumber);
        Assert.Equal("1234 AB", organisation.Postcode);
        Assert.Equal("NL", organisation.CountryCode);
    }

    [Fact]
    public void The_network_country_is_the_default_for_addresses()
    {
        var file = Files.Parse(Files.Utf8(Header, "JGZ Voorbeeldstad;jgz;;;1234 AB;;;;;;;;;;;;"), defaultCountry: "NL");
        Assert.Equal("NL", Assert.Single(file.Organisations).CountryCode);
    }

    [Fact]
    public void Too_long_values_are_reported_with_the_maximum()
    {
        var problem = SingleProblem(new string('x', 201) + ";;;;;;;;;;;;;;;;");
        Assert.Equal(ProblemCode.TooLong, problem.Code);
        Assert.Equal("organisatie", problem.Column);
        Assert.Equal(200, problem.Number);
        Assert.EndsWith("…", problem.Value, StringComparison.Ordinal);
        Assert.True(problem.Value!.Length <= 81);
    }

    [Fact]
    public void A_line_with_several_problems_lists_them_all()
    {
        var file = Files.Parse(Files.Utf8(Header, ";ruimteschip;;12;;;;geen-mail;;baas;;;;;;;"));
        ProblemCode[] expected = [ProblemCode.MissingName, ProblemCode.UnknownKind, ProblemCode.UnknownRole, ProblemCode.EnterpriseNumberWrongLengthKbo, ProblemCode.InvalidEmail];
        Assert.Equal(expected.Order(), file.Problems.Select(p => p.Code).Order());
        Assert.All(file.Problems, p => Assert.Equal(2, p.Line));
        Assert.Equal(1, file.BadLines);
    }

    [Fact]
    public void Lines_of_one_organisation_gather_its_people()
    {
        var file = Files.Parse(Files.Utf8(Header,
            "Huis van het Kind Zonnedal;;;;3999;;;;;trekker;;;An Voorbeeld;coördinator;;;",
            "HUIS VAN HET KIND ZONNEDÁL;;;;3999;;;;;;;;Bert Proef;onthaal;;;",
            "Huis van het Kind Zonnedal;;;;3999;;;;;;;;;;;;"));
        Assert.Empty(file.Problems);
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal(["An Voorbeeld", "Bert Proef"], organisation.People.Select(p => p.FullName));
        Assert.Equal(MembershipRole.LeadOrganisation, organisation.Role);
        Assert.Equal(2, organisation.Line);
    }

    [Fact]
    public void Repeated_lines_in_the_file_are_reported_as_duplicates_of_the_first()
    {
        var kbo = Files.NewKbo();
        var file = Files.Parse(Files.Utf8(Header,
            $"Crèche Zonneke;;;{kbo};3999;;;;;;;;;;;;",
            "Crèche Zonneke;;;;3999;;;;;;;;;;;;",
            "Crèche Zonneke;;;;3999;;;;;;;;Zoë;;;;",
            "creche zonneke;;;;3999;;;;;;;;ZOË;;;;",
            $"Andere naam;;;{kbo};3998;;;;;;;;;;;;",
            "Crèche Zonneke;kinderopvang;;;3999;;;;;;;;;;;;"));
        Assert.Single(file.Organisations);
        Assert.Collection(file.Problems.OrderBy(p => p.Line),
            p => Assert.Equal((3, ProblemCode.DuplicateLine, (int?)2), (p.Line, p.Code, p.Number)),
            p => Assert.Equal((5, ProblemCode.DuplicatePerson, (int?)4), (p.Line, p.Code, p.Number)),
            p => Assert.Equal((6, ProblemCode.DuplicateEnterpriseNumber, (int?)2), (p.Line, p.Code, p.Number)),
            p => Assert.Equal((7, ProblemCode.DuplicateLine, (int?)2), (p.Line, p.Code, p.Number)));
    }

    [Fact]
    public void A_later_line_that_contradicts_the_organisation_is_reported()
    {
        var file = Files.Parse(Files.Utf8(Header,
            "Welzijnsschakel;vzw;;;3999;;016 11 11 11;;;;;;An;;;;",
            "Welzijnsschakel;;;;3999;;016 22 22 22;;;;;;Bert;;;;"));
        var problem = Assert.Single(file.Problems);
        Assert.Equal((3, ProblemCode.ConflictingValue, "telefoon", "016 22 22 22", (int?)2), (problem.Line, problem.Code, problem.Column, problem.Value, problem.Number));
        Assert.Single(Assert.Single(file.Organisations).People);
    }

    [Fact]
    public void Expertise_is_split_on_commas_and_deduplicated()
    {
        var file = Files.Parse(Files.Utf8(Header, "A;;;;;;;;;;;;An;;\"borstvoeding, slaap,Borstvoeding | rouw\";;"));
        Assert.Equal(["borstvoeding", "slaap", "rouw"], Assert.Single(Assert.Single(file.Organisations).People).Expertise);
    }

    [Fact]
    public void Expertise_keeps_to_the_limits_of_the_people_pages()
    {
        var longTag = SingleProblem($"A;;;;;;;;;;;;An;;{new string('x', 61)};;");
        Assert.Equal((ProblemCode.TooLong, "expertise", (int?)60), (longTag.Code, longTag.Column, longTag.Number));
        var many = SingleProblem($"A;;;;;;;;;;;;An;;\"{string.Join(", ", Enumerable.Range(1, 21).Select(i => $"tag{i}"))}\";;");
        Assert.Equal((ProblemCode.TooManyTags, (int?)20), (many.Code, many.Number));
    }

    [Fact]
    public void Dates_are_read_in_iso_and_belgian_notation()
    {
        var file = Files.Parse(Files.Utf8(Header, "A;;;;;;;;;;1/9/2024;31.12.2026;;;;;"));
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal((new DateOnly(2024, 9, 1), new DateOnly(2026, 12, 31)), (organisation.StartDate, organisation.EndDate));
    }

    [Fact]
    public void Broken_quotes_are_reported_on_their_line()
    {
        var file = Files.Parse(Files.Utf8("organisatie;gemeente", "Goed;Zonnedal", "\"Slecht\"e quote;Zonnedal", "Ook goed;Zonnedal"));
        var problem = Assert.Single(file.Problems);
        Assert.Equal((3, ProblemCode.BrokenQuotes), (problem.Line, problem.Code));
        Assert.Equal(2, file.Organisations.Count);
    }

    [Fact]
    public void The_formula_escape_of_an_export_is_taken_off()
    {
        var file = Files.Parse(Files.Utf8("organisatie;telefoon", "'=Gemeente;'+32 16 00 00 00", "'Apostrof vooraan;016 00 00 01"));
        Assert.Equal(["=Gemeente", "'Apostrof vooraan"], file.Organisations.Select(o => o.Name));
        Assert.Equal("+32 16 00 00 00", file.Organisations[0].Phone);
    }

    [Fact]
    public void Values_with_markup_are_kept_as_text_for_the_page_to_escape()
    {
        var file = Files.Parse(Files.Utf8(Header, "<script>alert(1)</script>;<img src=x onerror=alert(1)>;;;;;;;;;;;;;;;"));
        var problem = Assert.Single(file.Problems);
        Assert.Equal("<img src=x onerror=alert(1)>", problem.Value);
    }
}
