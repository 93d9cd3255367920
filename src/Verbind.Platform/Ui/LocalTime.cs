using System.Globalization;

namespace Verbind.Platform.Ui;

/// <summary>
/// Times are stored in UTC and shown in the time of Belgium and the Netherlands (one zone), in the
/// reader's culture.
/// </summary>
public static class LocalTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which <paramref name="day"/> starts in the local zone.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Format(DateTime utc) => FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
