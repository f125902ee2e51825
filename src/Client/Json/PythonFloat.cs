using System.Globalization;

namespace GilGrid.Client.Json;

/// <summary>
/// Python's `repr(float)`: the shortest digits that round-trip (as .NET's "R" format also finds),
/// laid out Python's way: positional when the decimal exponent is in [-4, 16), else scientific with
/// a signed exponent of at least two digits ("1e+16", "1.5e-05"); whole numbers keep ".0".
/// </summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsInfinity(value))
            return value > 0 ? "inf" : "-inf";
        if (value == 0)
            return double.IsNegative(value) ? "-0.0" : "0.0";

        // "R" gives e.g. "-1.2345E-05" or "123.5": split it into sign, digits and exponent.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var sign = text[0] == '-' ? "-" : "";
        var body = sign.Length > 0 ? text[1..] : text;
        var exponent = 0;
        var e = body.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], CultureInfo.InvariantCulture);
            body = body[..e];
        }
        var dot = body.IndexOf('.');
        var digits = dot < 0 ? body : body[..dot] + body[(dot + 1)..];
        var point = (dot < 0 ? body.Length : dot) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= leadingZeros;

        // value = 0.DIGITS × 10^point; Python's decimal exponent is point - 1.
        var exp10 = point - 1;
        if (exp10 is >= -4 and < 16)
        {
            if (point <= 0)
                return sign + "0." + new string('0', -point) + digits;
            if (point >= digits.Length)
                return sign + digits + new string('0', point - digits.Length) + ".0";
            return sign + digits[..point] + "." + digits[point..];
        }
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
    }
}
