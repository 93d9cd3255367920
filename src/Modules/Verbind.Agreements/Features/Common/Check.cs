using System.Globalization;
using System.Net.Mail;

namespace Verbind.Agreements.Features.Common;

/// <summary>Checks of form values. Each adds a message to <see cref="FieldErrors"/> and returns the cleaned value (null when wrong).</summary>
public static class Check
{
    public static string? Text(FieldErrors errors, string field, string? value, int maxLength, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            errors.Add(field, "Error.TooLong", maxLength);
            return null;
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(field, "Error.InvalidCharacters");
            return null;
        }
        return text;
    }

    public static TEnum? Choice<TEnum>(FieldErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        // Names only: Enum.TryParse would also take "7".
        var match = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(field, string.IsNullOrWhiteSpace(value) ? "Error.Required" : "Error.UnknownChoice");
            return null;
        }
        return Enum.Parse<TEnum>(match);
    }

    public static string? Email(FieldErrors errors, string field, string? value, bool required = false)
    {
        var text = Text(errors, field, value, 256, required);
        if (text is null)
        {
            return null;
        }
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(field, "Error.EmailInvalid");
            return null;
        }
        return text.ToLowerInvariant();
    }

    /// <summary>A date as yyyy-MM-dd (what a date input sends), between 2000 and 2100.</summary>
    public static DateOnly? Date(FieldErrors errors, string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2000 or > 2100)
        {
            errors.Add(field, "Error.DateInvalid");
            return null;
        }
        return date;
    }

    public static int? Whole(FieldErrors errors, string field, string? value, int min, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            errors.Add(field, "Error.NumberRange", min, max);
            return null;
        }
        return number;
    }

    /// <summary>An amount in euro with at most two decimals, written 1000, 1000.50 or 1000,50 (also 1.000,50); never a float.</summary>
    public static decimal? Euro(FieldErrors errors, string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!TryParseEuro(value, out var amount))
        {
            errors.Add(field, "Error.AmountInvalid");
            return null;
        }
        return amount;
    }

    public static bool TryParseEuro(string value, out decimal amount)
    {
        amount = 0;
        var text = value.Trim().Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length is 0 or > 16)
        {
            return false;
        }
        var lastComma = text.LastIndexOf(',');
        var lastDot = text.LastIndexOf('.');
        var decimalSeparator = lastComma > lastDot ? ',' : '.';
        // A separator followed by exactly three digits and no other separator is a thousands separator (1.000).
        if (text.Count(c => c is ',' or '.') == 1 && text.Length - text.IndexOfAny([',', '.']) == 4 && text[0] != '0')
        {
            text = text.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            var thousands = decimalSeparator == ',' ? "." : ",";
            text = text.Replace(thousands, "", StringComparison.Ordinal).Replace(decimalSeparator, '.');
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || parsed < 0 || parsed > 10_000_000 || decimal.Round(parsed, 2) != parsed)
        {
            return false;
        }
        amount = parsed;
        return true;
    }
}
