using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Verbind.Partners.Features.Common;

/// <summary>Small checks shared by the inputs of this module. Each adds a message to <see cref="FieldErrors"/> and returns the cleaned value.</summary>
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

    public static string? Email(FieldErrors errors, string field, string? value)
    {
        var text = Text(errors, field, value, 256);
        if (text is null)
        {
            return null;
        }
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(field, "Error.EmailInvalid");
            return null;
        }
        return text;
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
    public static DateOnly? Date(FieldErrors errors, string field, string? value, DateOnly today, bool required = true)
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
            || date < new DateOnly(1990, 1, 1) || date > today.AddYears(10))
        {
            errors.Add(field, "Error.DateInvalid");
            return null;
        }
        return date;
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

    [GeneratedRegex(@"^\+?[0-9 ()./-]{6,40}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[1-9][0-9]{3}$")]
    private static partial Regex BelgianPostcode();

    [GeneratedRegex(@"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")]
    private static partial Regex DutchPostcode();
}
