namespace Verbind.Partners.Features.Common;

internal static class Clock
{
    /// <summary>Today's date where the server runs; memberships and opening hours are calendar dates.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
