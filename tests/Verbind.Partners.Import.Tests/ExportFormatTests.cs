using System.IO.Compression;
using System.Text;
using Verbind.Partners.Features.Export;
using Verbind.Partners.Features.Import;

namespace Verbind.Partners.Import.Tests;

public sealed class ExportFormatTests
{
    [Fact]
    public void Csv_is_semicolon_separated_utf8_with_a_byte_order_mark_and_the_import_header()
    {
        var bytes = PartnerFileWriter.Csv([Files.Row((ImportColumn.Organisation, "Crèche Één; de eerste"), (ImportColumn.Municipality, "Zonnedal"))]);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(string.Join(';', ImportColumns.All.Select(ImportColumns.Header)), lines[0]);
        Assert.StartsWith("\"Crèche Één; de eerste\";", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://kwaad.example\",\"klik\")")]
    [InlineData("+32 16 00 00 00")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Csv_values_that_a_spreadsheet_would_run_as_formula_get_an_apostrophe(string value)
    {
        var bytes = PartnerFileWriter.Csv([Files.Row((ImportColumn.Organisation, value))]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var cell = text.Split("\r\n")[1].Split(';')[0];
        Assert.StartsWith("'", cell.Trim('"'), StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n" + value[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n\"" + value[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_values_read_back_as_they_were()
    {
        var values = new[] { "=1+1", "+32 16 00 00 00", "-", "@home", "'gewoon", "Gewoon" };
        var rows = values.Select((v, i) => Files.Row((ImportColumn.Organisation, $"Organisatie {i}"), (ImportColumn.Function, v), (ImportColumn.Person, "Persoon"))).ToArray();
        var file = Files.Parse(PartnerFileWriter.Csv(rows));
        Assert.Equal(values, file.Organisations.Select(o => Assert.Single(o.People).Function));
    }

    [Fact]
    public void Xlsx_holds_every_value_as_text_and_never_a_formula()
    {
        var bytes = PartnerFileWriter.Xlsx("organisaties", [Files.Row((ImportColumn.Organisation, "=1+1"), (ImportColumn.Postcode, "0123"))]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = sheet.ReadToEnd();
        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.Contains(">0123<", xml, StringComparison.Ordinal);

        var read = ImportFileReader.Read(bytes).Table!;
        var row = Assert.Single(read.Rows);
        Assert.Equal(("=1+1", "0123"), (row[ImportColumn.Organisation], row[ImportColumn.Postcode]));
    }

    [Fact]
    public void The_templates_hold_the_header_only()
    {
        var csv = ImportFileReader.Read(PartnerFileWriter.Csv([]));
        var xlsx = ImportFileReader.Read(PartnerFileWriter.Xlsx("organisaties", []));
        Assert.Equal(ImportRefusal.NoRows, csv.Refusal);
        Assert.Equal(ImportRefusal.NoRows, xlsx.Refusal);
    }
}

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Crèche Zonneke", "CRECHE ZONNEKE")]
    [InlineData("Huis van het Kind Zonnedal", "huis-van-het-kind  zonnedál")]
    [InlineData("CAW Oost-Brabant", "caw oost brabant")]
    [InlineData("Zoë Maréchal", "ZOE MARECHAL")]
    public void Names_that_differ_in_case_accents_and_punctuation_are_the_same(string one, string other)
    {
        Assert.Equal(TextKey.Of(one), TextKey.Of(other));
        Assert.Equal(TextKey.NameAndPostcode(one, "1234 AB"), TextKey.NameAndPostcode(other, "1234ab"));
    }

    [Fact]
    public void Different_names_or_postcodes_stay_different()
    {
        Assert.NotEqual(TextKey.Of("Crèche Zonneke"), TextKey.Of("Crèche Zonnetje"));
        Assert.NotEqual(TextKey.NameAndPostcode("Crèche Zonneke", "3000"), TextKey.NameAndPostcode("Crèche Zonneke", "3001"));
    }

    [Fact]
    public void Every_column_name_and_alias_belongs_to_one_column()
    {
        foreach (var column in ImportColumns.All)
        {
            Assert.Equal(column, ImportColumns.Recognise(ImportColumns.Header(column)));
            Assert.All(ImportColumns.Aliases(column), alias => Assert.Equal(column, ImportColumns.Recognise(alias)));
        }
    }

    [Fact]
    public void Every_kind_sector_and_role_has_a_word_that_reads_back()
    {
        Assert.All(ImportVocabulary.Kinds.Values, kind => Assert.True(ImportVocabulary.Kinds.TryRead(ImportVocabulary.Kinds.Word(kind), out var read) && read == kind));
        Assert.All(ImportVocabulary.Sectors.Values, sector => Assert.True(ImportVocabulary.Sectors.TryRead(ImportVocabulary.Sectors.Word(sector), out var read) && read == sector));
        Assert.All(ImportVocabulary.Roles.Values, role => Assert.True(ImportVocabulary.Roles.TryRead(ImportVocabulary.Roles.Word(role), out var read) && read == role));
        Assert.Equal(Enum.GetValues<Domain.OrganisationKind>().Length, ImportVocabulary.Kinds.Values.Count());
        Assert.Equal(Enum.GetValues<Domain.Sector>().Length, ImportVocabulary.Sectors.Values.Count());
        Assert.Equal(Enum.GetValues<Domain.MembershipRole>().Length, ImportVocabulary.Roles.Values.Count());
    }
}
