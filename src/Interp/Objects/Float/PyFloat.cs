using System.Globalization;

namespace GilGrid.Interp.Objects;

public sealed class PyFloat(PyType type, double v) : PyObject(type)
{
    public readonly double V = v;

    public PyFloat(double v) : this(Types.Float, v) { }

    /// <summary>CPython's float repr: the shortest string that round-trips, in Python's notation.</summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // "R" yields the shortest round-trip digits; rebuild them with Python's exponent rules
        // (scientific when the decimal exponent is < -4 or >= 16).
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = d < 0;
        ExtractDigits(shortest, out string digits, out int exp);
        var sb = new System.Text.StringBuilder();
        if (neg) sb.Append('-');
        if (exp < -4 || exp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exp < 0)
        {
            sb.Append("0.").Append('0', -exp - 1).Append(digits);
        }
        else
        {
            if (digits.Length <= exp + 1)
                sb.Append(digits).Append('0', exp + 1 - digits.Length).Append(".0");
            else
                sb.Append(digits, 0, exp + 1).Append('.').Append(digits, exp + 1, digits.Length - exp - 1);
        }
        return sb.ToString();
    }

    /// <summary>Splits a .NET number string into significant digits and the decimal exponent of the first.</summary>
    internal static void ExtractDigits(string s, out string digits, out int exp)
    {
        if (s[0] == '-') s = s[1..];
        int e = 0;
        int ei = s.IndexOfAny(['E', 'e']);
        if (ei >= 0) { e = int.Parse(s[(ei + 1)..], CultureInfo.InvariantCulture); s = s[..ei]; }
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot];
        string frac = dot < 0 ? "" : s[(dot + 1)..];
        string all = intPart + frac;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        digits = all[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        exp = intPart.Length - 1 - lead + e;
    }
}

public sealed class PyComplex(double real, double imag) : PyObject(Types.Complex)
{
    public readonly double Real = real;
    public readonly double Imag = imag;
}
