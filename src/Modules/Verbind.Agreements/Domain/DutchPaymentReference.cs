using System.Globalization;
using System.Security.Cryptography;

namespace Verbind.Agreements.Domain;

/// <summary>
/// The Dutch payment reference (betalingskenmerk) in its 16-digit form: a check digit, then fifteen digits.
/// The check digit is the weighted modulus 11 of the fifteen (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the
/// right, repeating; 11 minus the remainder, where 10 becomes 1 and 11 becomes 0). Written in groups of four.
/// </summary>
public static class DutchPaymentReference
{
    private static readonly int[] Weights = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];

    public static string FromBase(long fifteenDigits)
    {
        if (fifteenDigits is < 0 or > 999_999_999_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(fifteenDigits));
        }
        var body = fifteenDigits.ToString("D15", CultureInfo.InvariantCulture);
        return CheckDigit(body) + body;
    }

    public static string NewRandom() => FromBase(long.Parse(RandomNumberGenerator.GetString("0123456789", 15), CultureInfo.InvariantCulture));

    /// <summary>True for sixteen digits (spaces allowed) whose first digit is the check digit of the other fifteen.</summary>
    public static bool TryParse(string? text, out string digits)
    {
        digits = "";
        var raw = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (raw.Length != 16 || !raw.All(char.IsAsciiDigit) || raw[0] != CheckDigit(raw[1..]))
        {
            return false;
        }
        digits = raw;
        return true;
    }

    public static string Format(string digits) =>
        digits.Length == 16 ? $"{digits[..4]} {digits[4..8]} {digits[8..12]} {digits[12..]}" : digits;

    private static char CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[body.Length - 1 - i] - '0') * Weights[i % Weights.Length];
        }
        var check = 11 - (sum % 11);
        return check switch
        {
            10 => '1',
            11 => '0',
            _ => (char)('0' + check),
        };
    }
}

/// <summary>The payment reference a party gets: the Dutch betalingskenmerk for a Dutch organisation, the Belgian OGM otherwise.</summary>
public static class PaymentReferences
{
    public static string NewRandom(string? countryCode) =>
        countryCode == "NL" ? DutchPaymentReference.NewRandom() : StructuredReference.NewRandom();

    /// <summary>As it is written on a transfer: +++123/4567/89012+++ or 5000 0567 8901 2345.</summary>
    public static string Format(string digits) =>
        digits.Length == 16 ? DutchPaymentReference.Format(digits) : StructuredReference.Format(digits);
}
