namespace Verbind.Partners.Features.Import;

/// <summary>
/// Protection against formula injection: a text that starts with = + - @ (or tab, CR) would run as a
/// formula in a spreadsheet, so export puts ' in front of it. Import takes that ' off again, so an
/// exported file re-imports with the original values.
/// </summary>
internal static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool NeedsEscape(string value) => value.Length > 0 && FormulaStarts.Contains(value[0]);

    public static string Escape(string value) => NeedsEscape(value) ? "'" + value : value;

    public static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && NeedsEscape(value[1..]) ? value[1..] : value;
}
