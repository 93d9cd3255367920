using System.Globalization;

namespace Verbind.Agreements.Features.Common;

/// <summary>Euro amounts as the reader's culture writes them (€ 1.000,00 in Dutch).</summary>
public static class Euro
{
    private static readonly CultureInfo Belgian = CultureInfo.GetCultureInfo("nl-BE");

    public static string Format(decimal amount) => amount.ToString("C2", CurrentEuroCulture());

    public static string Plain(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static CultureInfo CurrentEuroCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        if (culture.NumberFormat.CurrencySymbol == "€")
        {
            return culture;
        }
        var clone = (CultureInfo)culture.Clone();
        clone.NumberFormat.CurrencySymbol = "€";
        return string.IsNullOrEmpty(culture.Name) ? Belgian : clone;
    }
}
