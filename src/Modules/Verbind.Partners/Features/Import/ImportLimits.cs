namespace Verbind.Partners.Features.Import;

internal static class ImportLimits
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    public const int MaxColumns = 100;

    /// <summary>An XLSX file is a zip: refuse one that unpacks to more than this (a zip bomb).</summary>
    public const long MaxUnpackedBytes = 80L * 1024 * 1024;

    /// <summary>Room for the multipart wrapping around the file in an upload request.</summary>
    public const int MaxRequestBytes = MaxFileBytes + 64 * 1024;
}

/// <summary>Why a whole file, or a request about an import, was refused. The page shows a text per value.</summary>
internal enum ImportRefusal
{
    NoFile,
    TooLarge,
    TooManyRows,
    TooManyColumns,
    NotReadable,
    OldExcelFormat,
    MissingNameColumn,
    DuplicateColumn,
    NoRows,
    Expired,
    Changed,
}
