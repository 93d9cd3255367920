using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using MiniExcelLibs;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// Reads an uploaded file into a <see cref="RawTable"/>: XLSX (recognised by its content, not its name)
/// or CSV separated by ';', ',' or tab, in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252,
/// the encoding Excel in Flanders saves "CSV (;)" in. Refuses whole files that are too large, too long or
/// unreadable; the values themselves are checked later, per line.
/// </summary>
internal static class ImportFileReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileReadResult Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return FileReadResult.Refused(ImportRefusal.NoRows);
        }
        if (content.Length > ImportLimits.MaxFileBytes)
        {
            return FileReadResult.Refused(ImportRefusal.TooLarge);
        }
        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return ReadXlsx(content);
        }
        if (content.AsSpan().StartsWith(OleSignature))
        {
            return FileReadResult.Refused(ImportRefusal.OldExcelFormat);
        }
        var text = Decode(content);
        return text is null ? FileReadResult.Refused(ImportRefusal.NotReadable) : ReadCsv(text);
    }

    /// <summary>The text of a CSV file, or null when it is not text (a picture, a program).</summary>
    internal static string? Decode(byte[] content)
    {
        string text;
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            text = Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }
        else if (content.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            text = Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }
        else if (content.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            text = Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                text = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
            }
        }
        var controls = text.Count(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
        return text.Contains('\0', StringComparison.Ordinal) || controls > text.Length / 100 ? null : text;
    }

    private static FileReadResult ReadCsv(string text)
    {
        var separator = DetectSeparator(ref text);
        var brokenLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed => brokenLines.Add(malformed.LineNumber),
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            HeaderMap? header = null;
            var rows = new List<RawRow>();
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i);
                }
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                var line = (int)csv.LineNumber;
                if (header is null)
                {
                    var (map, refusal) = HeaderMap.Build(cells);
                    if (refusal is not null)
                    {
                        return FileReadResult.Refused(refusal.Value);
                    }
                    header = map;
                    continue;
                }
                if (rows.Count == ImportLimits.MaxRows)
                {
                    return FileReadResult.Refused(ImportRefusal.TooManyRows);
                }
                rows.Add(new RawRow(line, header.Values(cells), brokenLines.Contains(line)));
            }
            return header is null || rows.Count == 0
                ? FileReadResult.Refused(header is null ? ImportRefusal.MissingNameColumn : ImportRefusal.NoRows)
                : new FileReadResult(new RawTable(rows, header.Ignored), null);
        }
        catch (CsvFormatException)
        {
            return FileReadResult.Refused(ImportRefusal.NotReadable);
        }
    }

    /// <summary>
    /// The separator of the first line: the most frequent of ';', ',' and tab (';' when none). A first
    /// line "sep=;" (written by Excel) names it and is blanked, so line numbers stay those of the file.
    /// </summary>
    private static char DetectSeparator(ref string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is '\r' or '\n')
        {
            start++;
        }
        var end = text.IndexOfAny(['\r', '\n'], start);
        var firstLine = text[start..(end < 0 ? text.Length : end)];
        if (firstLine.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && firstLine.Length >= 5 && firstLine[4] is ';' or ',' or '\t')
        {
            text = string.Concat(text.AsSpan(0, start), text.AsSpan(start + firstLine.Length));
            return firstLine[4];
        }
        char[] candidates = [';', ',', '\t'];
        var best = candidates.MaxBy(c => firstLine.Count(x => x == c));
        return firstLine.Contains(best, StringComparison.Ordinal) ? best : ';';
    }

    private static FileReadResult ReadXlsx(byte[] content)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                if (zip.GetEntry("xl/workbook.xml") is null)
                {
                    return FileReadResult.Refused(ImportRefusal.NotReadable);
                }
                if (zip.Entries.Sum(e => e.Length) > ImportLimits.MaxUnpackedBytes)
                {
                    return FileReadResult.Refused(ImportRefusal.TooLarge);
                }
            }
            HeaderMap? header = null;
            string[] keys = [];
            var rows = new List<RawRow>();
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(new MemoryStream(content), useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                if (header is null && row.Count > ImportLimits.MaxColumns)
                {
                    return FileReadResult.Refused(ImportRefusal.TooManyColumns);
                }
                var cells = row.Values.Select(CellText).ToArray();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (header is null)
                {
                    var (map, refusal) = HeaderMap.Build(cells);
                    if (refusal is not null)
                    {
                        return FileReadResult.Refused(refusal.Value);
                    }
                    header = map;
                    continue;
                }
                if (rows.Count == ImportLimits.MaxRows)
                {
                    return FileReadResult.Refused(ImportRefusal.TooManyRows);
                }
                rows.Add(new RawRow(line, header.Values(cells)));
            }
            return header is null || rows.Count == 0
                ? FileReadResult.Refused(header is null ? ImportRefusal.MissingNameColumn : ImportRefusal.NoRows)
                : new FileReadResult(new RawTable(rows, header.Ignored), null);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or NullReferenceException)
        {
            // A damaged or hostile workbook: MiniExcel fails in many ways, none of them the user's to read.
            return FileReadResult.Refused(ImportRefusal.NotReadable);
        }
    }

    /// <summary>A cell as text the way a person typed it: whole numbers without ".0", dates as yyyy-MM-dd.</summary>
    internal static string CellText(object? value) => value switch
    {
        null => "",
        string text => text,
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => ((long)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Which position in a line holds which column, from the header line.</summary>
    private sealed class HeaderMap
    {
        private readonly int[] _positions;

        private HeaderMap(int[] positions, List<string> ignored)
        {
            _positions = positions;
            Ignored = ignored;
        }

        public List<string> Ignored { get; }

        public static (HeaderMap? Map, ImportRefusal? Refusal) Build(string[] headers)
        {
            if (headers.Length > ImportLimits.MaxColumns)
            {
                return (null, ImportRefusal.TooManyColumns);
            }
            var positions = Enumerable.Repeat(-1, ImportColumns.All.Count).ToArray();
            var ignored = new List<string>();
            for (var i = 0; i < headers.Length; i++)
            {
                var header = headers[i].Trim();
                if (header.Length == 0)
                {
                    continue;
                }
                if (ImportColumns.Recognise(header) is not { } column)
                {
                    ignored.Add(header.Length > 60 ? header[..60] : header);
                    continue;
                }
                if (positions[(int)column] >= 0)
                {
                    return (null, ImportRefusal.DuplicateColumn);
                }
                positions[(int)column] = i;
            }
            return positions[(int)ImportColumn.Organisation] < 0
                ? (null, ImportRefusal.MissingNameColumn)
                : (new HeaderMap(positions, ignored), null);
        }

        public string[] Values(string[] cells) =>
            _positions.Select(p => p >= 0 && p < cells.Length ? SpreadsheetText.Unescape(cells[p].Trim()) : "").ToArray();
    }
}
