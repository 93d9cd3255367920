using System.IO.Compression;
using System.Text;
using Verbind.Partners.Features.Import;

namespace Verbind.Partners.Import.Tests;

public sealed class FileReaderTests
{
    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void Reads_the_separator_from_the_header_line(char separator)
    {
        var file = Files.Parse(Files.Utf8(
            string.Join(separator, "organisatie", "postcode", "gemeente"),
            string.Join(separator, "CAW Voorbeeldland", "3999", "Zonnedal")));
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal("CAW Voorbeeldland", organisation.Name);
        Assert.Equal("3999", organisation.Postcode);
        Assert.Equal("Zonnedal", organisation.Municipality);
    }

    [Fact]
    public void A_comma_inside_quotes_does_not_split_a_semicolon_file()
    {
        var file = Files.Parse(Files.Utf8("organisatie;expertise;persoon", "Huis van het Kind Zonnedal;\"borstvoeding, slaap\";An Voorbeeld"));
        Assert.Equal(["borstvoeding", "slaap"], Assert.Single(Assert.Single(file.Organisations).People).Expertise);
    }

    [Fact]
    public void Honours_the_sep_line_that_Excel_writes()
    {
        var file = Files.Parse(Files.Utf8("sep=,", "organisatie,gemeente", "Kinderopvang Het Zonnetje,Zonnedal"));
        Assert.Equal("Zonnedal", Assert.Single(file.Organisations).Municipality);
    }

    [Fact]
    public void Reads_utf8_with_and_without_byte_order_mark()
    {
        var withBom = Files.Parse(Files.Utf8WithBom("organisatie;gemeente", "Crèche Één;Sint-Truiden"));
        var without = Files.Parse(Files.Utf8("organisatie;gemeente", "Crèche Één;Sint-Truiden"));
        Assert.Equal("Crèche Één", Assert.Single(withBom.Organisations).Name);
        Assert.Equal("Crèche Één", Assert.Single(without.Organisations).Name);
    }

    [Fact]
    public void Falls_back_to_windows_1252_as_Excel_in_Flanders_saves_csv()
    {
        var file = Files.Parse(Files.Windows1252("organisatie;gemeente;persoon", "Crèche Ééntje;Zoersel;Zoë Maréchal"));
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal("Crèche Ééntje", organisation.Name);
        Assert.Equal("Zoë Maréchal", Assert.Single(organisation.People).FullName);
    }

    [Fact]
    public void Reads_utf16_with_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("organisatie\tgemeente\r\nVerloskundigenpraktijk Één\tVoorbeeldstad\r\n")).ToArray();
        Assert.Equal("Verloskundigenpraktijk Één", Assert.Single(Files.Parse(bytes).Organisations).Name);
    }

    [Theory]
    [InlineData("Organisation;Kind;Sector;Enterprise number;Street;Postal code;City;Phone;E-mail;Website;Role;Person;Job title;Expertise;Person email;Person phone")]
    [InlineData("ORGANISATIE;Soort;SECTOR;Ondernemingsnummer;Straat;Postcode;Gemeente;Telefoon;E-mail;Website;Rol;Persoon;Functie;Expertise;Persoon e-mail;Persoon telefoon")]
    [InlineData("naam;type;domein;kbo;adres;postnummer;plaats;tel;mail;url;lidmaatschap;contactpersoon;function;deskundigheid;email_persoon;telefoon_persoon")]
    public void Accepts_dutch_and_english_header_names_without_case_or_punctuation(string header)
    {
        var kbo = Files.NewKbo();
        var file = Files.Parse(Files.Utf8(header,
            $"Vroedvrouwen De Wieg;vroedvrouwenpraktijk;medisch;{kbo};Voorbeeldstraat 1;3999;Zonnedal;016 00 00 00;info@wieg.example;www.wieg.example;kernpartner;An Voorbeeld;vroedvrouw;borstvoeding;an@wieg.example;0470 00 00 00"));
        Assert.Empty(file.Problems);
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal(Domain.OrganisationKind.MidwifePractice, organisation.Kind);
        Assert.Equal(Domain.Sector.Medical, organisation.Sector);
        Assert.Equal($"KBO:{kbo}", organisation.EnterpriseNumber);
        Assert.Equal("https://www.wieg.example", organisation.Website);
        Assert.Equal(Domain.MembershipRole.CorePartner, organisation.Role);
        var person = Assert.Single(organisation.People);
        Assert.Equal(("An Voorbeeld", "vroedvrouw", "an@wieg.example", "0470 00 00 00"), (person.FullName, person.Function, person.Email, person.Phone));
    }

    [Fact]
    public void Unknown_columns_are_listed_and_skipped()
    {
        var file = Files.Parse(Files.Utf8("organisatie;opmerking;gemeente", "OCMW Zonnedal;iets;Zonnedal"));
        Assert.Equal(["opmerking"], file.IgnoredColumns);
        Assert.Single(file.Organisations);
    }

    [Fact]
    public void Line_numbers_are_those_of_the_file_blank_lines_included()
    {
        var file = Files.Parse(Files.Utf8("organisatie;soort", "", "Goed;gemeente", ";;", "Slecht;ruimteschip"));
        var problem = Assert.Single(file.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Equal(2, file.RowsRead);
    }

    [Theory]
    [InlineData("persoon;gemeente\r\nAn;Zonnedal\r\n", nameof(ImportRefusal.MissingNameColumn))]
    [InlineData("dit is gewoon een brief\r\nmet wat tekst erin\r\n", nameof(ImportRefusal.MissingNameColumn))]
    [InlineData("organisatie;naam\r\nA;B\r\n", nameof(ImportRefusal.DuplicateColumn))]
    [InlineData("organisatie;gemeente\r\n", nameof(ImportRefusal.NoRows))]
    [InlineData("", nameof(ImportRefusal.NoRows))]
    public void Refuses_files_without_usable_columns_or_rows(string text, string expected)
    {
        Assert.Equal(expected, ImportFileReader.Read(Encoding.UTF8.GetBytes(text)).Refusal.ToString());
    }

    [Fact]
    public void Refuses_binary_garbage_as_unreadable()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        Assert.Equal(ImportRefusal.NotReadable, ImportFileReader.Read(png).Refusal);
        Assert.Equal(ImportRefusal.NotReadable, ImportFileReader.Read(random).Refusal);
    }

    [Fact]
    public void Refuses_a_zip_that_is_no_workbook_and_a_broken_workbook()
    {
        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }
        Assert.Equal(ImportRefusal.NotReadable, ImportFileReader.Read(zipStream.ToArray()).Refusal);
        var workbook = Files.Xlsx(Files.Row((ImportColumn.Organisation, "A")));
        Assert.Equal(ImportRefusal.NotReadable, ImportFileReader.Read(workbook[..(workbook.Length / 2)]).Refusal);
    }

    [Fact]
    public void Refuses_the_old_excel_format_with_its_own_message()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal(ImportRefusal.OldExcelFormat, ImportFileReader.Read(xls).Refusal);
    }

    [Fact]
    public void Refuses_more_than_the_maximum_of_rows_and_bytes()
    {
        string[] lines = ["organisatie", .. Enumerable.Range(1, ImportLimits.MaxRows + 1).Select(i => $"Organisatie {i}")];
        Assert.Equal(ImportRefusal.TooManyRows, ImportFileReader.Read(Files.Utf8(lines)).Refusal);
        Assert.NotNull(ImportFileReader.Read(Files.Utf8(lines[..^1])).Table);
        Assert.Equal(ImportRefusal.TooLarge, ImportFileReader.Read(new byte[ImportLimits.MaxFileBytes + 1]).Refusal);
    }

    [Fact]
    public void Refuses_a_header_with_too_many_columns()
    {
        var header = "organisatie;" + string.Join(';', Enumerable.Range(1, ImportLimits.MaxColumns).Select(i => $"kolom{i}"));
        Assert.Equal(ImportRefusal.TooManyColumns, ImportFileReader.Read(Files.Utf8(header, "A")).Refusal);
    }

    [Fact]
    public void Reads_an_xlsx_workbook_with_numbers_and_dates_as_typed()
    {
        // Written the way a person types in Excel: postcode and KBO as numbers (the leading zero lost).
        var kbo = Files.NewKbo();
        var xlsx = WorkbookWithNumbers(kbo);
        var file = Files.Parse(xlsx);
        Assert.Empty(file.Problems);
        var organisation = Assert.Single(file.Organisations);
        Assert.Equal("3999", organisation.Postcode);
        Assert.Equal($"KBO:{kbo}", organisation.EnterpriseNumber);
        Assert.Equal(new DateOnly(2024, 9, 1), organisation.StartDate);
        Assert.Equal(3, organisation.Line);
    }

    private static byte[] WorkbookWithNumbers(string kbo)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["organisatie"] = null, ["postcode"] = null, ["ondernemingsnummer"] = null, ["startdatum"] = null },
            new() { ["organisatie"] = "Bibliotheek Zonnedal", ["postcode"] = 3999d, ["ondernemingsnummer"] = (double)long.Parse(kbo, System.Globalization.CultureInfo.InvariantCulture), ["startdatum"] = new DateTime(2024, 9, 1) },
        };
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows, excelType: MiniExcelLibs.ExcelType.XLSX);
        return stream.ToArray();
    }
}
