using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Verbind.Platform.Forms;

/// <summary>
/// Checks of form and request values, shared by the modules. Each adds a message to <see cref="FieldErrors"/> and
/// returns the cleaned value (null when wrong or empty); the message keys (Error.*) live in each module's texts.
/// </summary>
public static partial class Check
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

    public static TEnum? Choice<TEnum>(FieldErrors errors, string field, string? value, bool required = true)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        // Names only: Enum.TryParse would also take "7".
        var match = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(field, "Error.UnknownChoice");
            return null;
        }
        return Enum.Parse<TEnum>(match);
    }

    /// <summary>
    /// An e-mail address as typed; <paramref name="lowerCase"/> for addresses that are compared later
    /// (signers, reminders), so the same address is never two recipients.
    /// </summary>
    public static string? Email(FieldErrors errors, string field, string? value, bool required = false, bool lowerCase = false)
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
        return lowerCase ? text.ToLowerInvariant() : text;
    }

    public static string? Phone(FieldErrors errors, string field, string? value)
    {
        var text = Text(errors, field, value, 40);
        if (text is not null && !PhonePattern().IsMatch(text))
        {
            errors.Add(field, "Error.PhoneInvalid");
            return null;
        }
        return text;
    }

    /// <summary>Only absolute http and https addresses: no javascript:, data: or relative links.</summary>
    public static string? Website(FieldErrors errors, string field, string? value)
    {
        var text = Text(errors, field, value, 500);
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add(field, "Error.WebsiteInvalid");
            return null;
        }
        return uri.AbsoluteUri;
    }

    public static int? WholeNumber(FieldErrors errors, string field, string? value, int minimum, int maximum, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            errors.Add(field, "Error.NumberRange", minimum, maximum);
            return null;
        }
        return number;
    }

    /// <summary>An amount in euro with a decimal point or comma, between 0 and 100,000.</summary>
    public static decimal? Amount(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim().Replace(',', '.');
        if (text.Length > 12 || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > 100_000m)
        {
            errors.Add(field, "Error.AmountInvalid");
            return null;
        }
        return Math.Round(amount, 2);
    }

    /// <summary>
    /// An amount of money in euro, stricter than <see cref="Amount"/>: at most two decimals (never rounded),
    /// written 1000, 1000.50, 1000,50 or 1.000,50, up to ten million.
    /// </summary>
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

    public static double? Coordinate(FieldErrors errors, string field, string? value, double limit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || double.IsNaN(number) || Math.Abs(number) > limit)
        {
            errors.Add(field, "Error.CoordinateInvalid");
            return null;
        }
        return Math.Round(number, 6);
    }

    /// <summary>A Belgian postcode (4 digits) or a Dutch one (1234 AB, written that way).</summary>
    public static string? Postcode(FieldErrors errors, string field, string? value, string countryCode)
    {
        var text = Text(errors, field, value, 10);
        if (text is null)
        {
            return null;
        }
        if (countryCode == "NL")
        {
            var match = DutchPostcode().Match(text);
            if (match.Success)
            {
                return $"{match.Groups[1].Value} {match.Groups[2].Value.ToUpperInvariant()}";
            }
        }
        else if (BelgianPostcode().IsMatch(text))
        {
            return text;
        }
        errors.Add(field, "Error.PostcodeInvalid");
        return null;
    }

    /// <summary>A date as yyyy-MM-dd (what a date input sends), between 1990 and ten years from now.</summary>
    public static DateOnly? Date(FieldErrors errors, string field, string? value, DateOnly today, bool required = true) =>
        Date(errors, field, value, new DateOnly(1990, 1, 1), today.AddYears(10), required);

    /// <summary>A date as yyyy-MM-dd between <paramref name="earliest"/> and <paramref name="latest"/> (for dates not tied to today, such as a term).</summary>
    public static DateOnly? Date(FieldErrors errors, string field, string? value, DateOnly earliest, DateOnly latest, bool required = true)
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
            || date < earliest || date > latest)
        {
            errors.Add(field, "Error.DateInvalid");
            return null;
        }
        return date;
    }

    /// <summary>A local date and time as a datetime-local input sends it (yyyy-MM-ddTHH:mm).</summary>
    public static DateTime? DateTimeLocal(FieldErrors errors, string field, string? value, DateOnly today, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!DateTime.TryParseExact(value.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            || moment.Year < 1990 || DateOnly.FromDateTime(moment) > today.AddYears(10))
        {
            errors.Add(field, "Error.DateInvalid");
            return null;
        }
        return moment;
    }

    public static TimeOnly? Time(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(field, "Error.TimeInvalid");
            return null;
        }
        return time;
    }

    public static Guid? Id(FieldErrors errors, string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "Error.Required");
            }
            return null;
        }
        if (!Guid.TryParse(value.Trim(), out var id))
        {
            errors.Add(field, "Error.UnknownChoice");
            return null;
        }
        return id;
    }

    [GeneratedRegex(@"^\+?[0-9 ()./-]{6,40}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[1-9][0-9]{3}$")]
    private static partial Regex BelgianPostcode();

    [GeneratedRegex(@"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")]
    private static partial Regex DutchPostcode();
}
