using System.Globalization;
using System.Security.Cryptography;

namespace Verbind.Agreements.Domain;

/// <summary>
/// The Belgian structured payment reference (OGM/VCS): ten digits and two check digits, the first ten
/// modulo 97 (97 when that is 0), written +++123/4567/89012+++.
/// </summary>
public static class StructuredReference
{
    public static string FromBase(long tenDigits)
    {
        if (tenDigits is < 0 or > 9_999_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(tenDigits));
        }
        var check = tenDigits % 97;
        return tenDigits.ToString("D10", CultureInfo.InvariantCulture) + (check == 0 ? 97 : check).ToString("D2", CultureInfo.InvariantCulture);
    }

    public static string NewRandom() => FromBase(RandomNumberGenerator.GetInt32(1, int.MaxValue) * 4L + RandomNumberGenerator.GetInt32(0, 4));

    /// <summary>True for twelve digits (with or without +++ / *** and slashes) whose check digits are right.</summary>
    public static bool TryParse(string? text, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var raw = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('+' or '*' or '/')).ToArray());
        if (raw.Length != 12 || !raw.All(char.IsAsciiDigit))
        {
            return false;
        }
        var body = long.Parse(raw[..10], CultureInfo.InvariantCulture);
        var check = int.Parse(raw[10..], CultureInfo.InvariantCulture);
        var expected = body % 97 == 0 ? 97 : (int)(body % 97);
        if (check != expected)
        {
            return false;
        }
        digits = raw;
        return true;
    }

    public static string Format(string digits) =>
        digits.Length == 12 ? $"+++{digits[..3]}/{digits[3..7]}/{digits[7..]}+++" : digits;
}
