using System.Text;
using Verbind.Partners.Features.Export;
using Verbind.Partners.Features.Import;

namespace Verbind.Partners.Import.Tests;

/// <summary>Import files for tests, written the way spreadsheets and people write them.</summary>
internal static class Files
{
    public const string Header = "organisatie;soort;sector;ondernemingsnummer;straat;postcode;gemeente;telefoon;email;website;rol;persoon;functie;expertise;persoon_email;persoon_telefoon";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] Utf8WithBom(params string[] lines) => [.. Encoding.UTF8.Preamble, .. Utf8(lines)];

    /// <summary>What Excel in Flanders saves as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252.</summary>
    public static byte[] Windows1252(params string[] lines) =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] Xlsx(params string?[][] rows) => PartnerFileWriter.Xlsx("blad", rows);

    /// <summary>A row in the import layout with only the given columns filled in.</summary>
    public static string?[] Row(params (ImportColumn Column, string Value)[] values)
    {
        var row = new string?[ImportColumns.All.Count];
        foreach (var (column, value) in values)
        {
            row[(int)column] = value;
        }
        return row;
    }

    public static StagedFile Parse(byte[] content, string defaultCountry = "BE")
    {
        var read = ImportFileReader.Read(content);
        Assert.True(read.Table is not null, $"The file was refused: {read.Refusal}");
        return ImportRowParser.Parse(read.Table, defaultCountry);
    }

    /// <summary>A valid Belgian enterprise number nobody else uses (the database keeps them unique).</summary>
    public static string NewKbo()
    {
        var body = Random.Shared.Next(1_000_000, 19_999_999);
        var check = 97 - (body % 97);
        return $"{body:D8}{check:D2}";
    }

    public static string KboDisplay(string digits) => $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
}
