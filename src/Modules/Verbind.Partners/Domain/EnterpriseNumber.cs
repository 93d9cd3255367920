using System.Diagnostics.CodeAnalysis;

namespace Verbind.Partners.Domain;

/// <summary>
/// A company register number: the Belgian KBO/BCE number (10 digits, the last two a mod-97 check on
/// the first eight) or the Dutch KvK number (8 digits). Stored normalised, digits only.
/// </summary>
public sealed record EnterpriseNumber
{
    private EnterpriseNumber(EnterpriseRegister register, string digits)
    {
        Register = register;
        Digits = digits;
    }

    public EnterpriseRegister Register { get; }
    public string Digits { get; }

    /// <summary>KBO written as 0123.456.749; KvK as its 8 digits.</summary>
    public string Display => Register == EnterpriseRegister.Kbo
        ? $"{Digits[..4]}.{Digits[4..7]}.{Digits[7..]}"
        : Digits;

    public override string ToString() => Display;

    public static bool TryParse(string? input, EnterpriseRegister register, [NotNullWhen(true)] out EnterpriseNumber? number, out EnterpriseNumberError error)
    {
        number = null;
        var text = (input ?? "").Trim();
        if (register == EnterpriseRegister.Kbo && text.StartsWith("BE", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ' ' or '-')))
        {
            error = EnterpriseNumberError.NotDigits;
            return false;
        }
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (register == EnterpriseRegister.Kbo)
        {
            // Old 9-digit numbers get a leading zero.
            if (digits.Length == 9)
            {
                digits = "0" + digits;
            }
            if (digits.Length != 10)
            {
                error = EnterpriseNumberError.WrongLength;
                return false;
            }
            if (digits[0] is not ('0' or '1') || !KboCheckIsValid(digits))
            {
                error = EnterpriseNumberError.CheckFailed;
                return false;
            }
        }
        else if (digits.Length != 8)
        {
            error = EnterpriseNumberError.WrongLength;
            return false;
        }
        error = EnterpriseNumberError.None;
        number = new EnterpriseNumber(register, digits);
        return true;
    }

    /// <summary>Reads a stored value ("KBO:0123456749" or "KVK:12345678") back without re-checking.</summary>
    public static EnterpriseNumber FromStorage(string value)
    {
        var register = value.StartsWith("KVK:", StringComparison.Ordinal) ? EnterpriseRegister.Kvk : EnterpriseRegister.Kbo;
        return new EnterpriseNumber(register, value[4..]);
    }

    public string ToStorage() => $"{(Register == EnterpriseRegister.Kbo ? "KBO" : "KVK")}:{Digits}";

    private static bool KboCheckIsValid(string digits)
    {
        var body = long.Parse(digits[..8], System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits[8..], System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check;
    }
}

public enum EnterpriseRegister
{
    /// <summary>Belgian Kruispuntbank van Ondernemingen.</summary>
    Kbo,

    /// <summary>Dutch Kamer van Koophandel.</summary>
    Kvk,
}

public enum EnterpriseNumberError
{
    None,
    NotDigits,
    WrongLength,
    CheckFailed,
}
