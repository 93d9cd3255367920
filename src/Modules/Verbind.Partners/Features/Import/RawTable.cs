namespace Verbind.Partners.Features.Import;

/// <summary>The cells of a file by column, before any value is checked.</summary>
internal sealed record RawTable(IReadOnlyList<RawRow> Rows, IReadOnlyList<string> IgnoredColumns);

/// <summary>One non-empty line of a file: its number as a spreadsheet shows it, and a trimmed value per column.</summary>
internal sealed record RawRow(int Line, string[] Values, bool BrokenQuotes = false)
{
    public string this[ImportColumn column] => Values[(int)column];
}

internal sealed record FileReadResult(RawTable? Table, ImportRefusal? Refusal)
{
    public static FileReadResult Refused(ImportRefusal refusal) => new(null, refusal);
}
