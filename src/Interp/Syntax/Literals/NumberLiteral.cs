using System.Globalization;
using System.Numerics;

namespace GilGrid.Interp.Syntax.Literals;

/// <summary>The value of a NUMBER token (already validated by the tokenizer).</summary>
internal static class NumberLiteral
{
    /// <summary>CPython's default sys.int_info.default_max_str_digits.</summary>
    public const int MaxDecimalDigits = 4300;

    public static object Value(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last is 'j' or 'J') return new ComplexLiteral(ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return Narrow(ParseRadix(s.AsSpan(2), radix));
        }
        if (s.Contains('.') || s.Contains('e') || s.Contains('E')) return ParseFloat(s);
        if (s.Length <= 18) return long.Parse(s, CultureInfo.InvariantCulture);
        return Narrow(BigInteger.Parse(s, CultureInfo.InvariantCulture));
    }

    /// <summary>Digits in a decimal int literal, for CPython's int_max_str_digits check.</summary>
    public static int DecimalDigits(string text)
    {
        if (text.Length > 1 && text[0] == '0' && char.ToLowerInvariant(text[1]) is 'x' or 'o' or 'b') return 0;
        int n = 0;
        foreach (char c in text)
        {
            if (c is '.' or 'e' or 'E' or 'j' or 'J') return 0;
            if (c != '_') n++;
        }
        return n;
    }

    private static double ParseFloat(string s) =>
        double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        BigInteger v = BigInteger.Zero;
        foreach (char c in digits)
        {
            int d = c <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
            v = v * radix + d;
        }
        return v;
    }

    private static object Narrow(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? (long)v : v;
}
