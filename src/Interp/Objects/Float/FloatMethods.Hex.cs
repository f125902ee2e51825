using System.Globalization;
using System.Numerics;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>float.hex and float.fromhex (exact, round-half-even like CPython).</summary>
public static partial class FloatMethods
{
    public static string Hex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(d) ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)(bits >> 52 & 0x7ff);
        long frac = bits & ((1L << 52) - 1);
        int e = exp == 0 ? -1022 : exp - 1023;
        return $"{sign}0x{(exp == 0 ? '0' : '1')}.{frac:x13}p{(e < 0 ? "-" : "+")}{Math.Abs(e)}";
    }

    private static PyError BadHex() => PyError.ValueError("invalid hexadecimal floating-point string");

    public static double FromHex(string text)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        bool neg = false;
        int i = 0;
        if (i < s.Length && s[i] is '+' or '-') neg = s[i++] == '-';
        string rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (rest.StartsWith("0x")) i += 2;
        BigInteger m = 0;
        int digits = 0, fracDigits = 0;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.' && !dot) { dot = true; continue; }
            int v = char.IsAsciiHexDigit(c) ? Convert.ToInt32(c.ToString(), 16) : -1;
            if (v < 0) break;
            m = m * 16 + v;
            digits++;
            if (dot) fracDigits++;
        }
        if (digits == 0) throw BadHex();
        long e = -4L * fracDigits;
        if (i < s.Length && s[i] is 'p' or 'P')
        {
            i++;
            int st = i;
            if (i < s.Length && s[i] is '+' or '-') i++;
            int ds = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == ds) throw BadHex();
            e += long.Parse(s[st..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        if (i != s.Length) throw BadHex();
        double r = Compose(m, e);
        return neg ? -r : r;
    }

    /// <summary>m * 2^e rounded half-to-even to a double (53 bits, fewer when subnormal).</summary>
    private static double Compose(BigInteger m, long e)
    {
        if (m.IsZero) return 0.0;
        long len = (long)m.GetBitLength();
        long top = len + e - 1;
        if (top > 1023) throw PyError.Overflow("hexadecimal value too large to represent as a float");
        if (top < -1100) return 0.0;
        long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
        long shift = len - keep;
        if (shift > 0)
        {
            var q = m >> (int)shift;
            var rem = m - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (rem > half || (rem == half && !q.IsEven)) q += 1;
            m = q;
            e += shift;
        }
        double r = Math.ScaleB((double)m, (int)e);
        if (double.IsInfinity(r)) throw PyError.Overflow("hexadecimal value too large to represent as a float");
        return r;
    }

    private static void RegisterHex(PyType t)
    {
        t.Method0("hex", self => PyStr.From(Hex(((PyFloat)self).V)));
        t.ClassMethod("__getformat__", (cls, args, kw) =>
        {
            ArgCheck.NoKw("__getformat__", kw);
            ArgCheck.Count("__getformat__", args, 1, 1);
            if (args[0] is not PyStr s) throw PyError.TypeError($"__getformat__() argument must be str, not {args[0].Type.Name}");
            // .NET doubles are always IEEE 754 binary64; only the byte order depends on the machine.
            return s.Value is "double" or "float" ? PyStr.From(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian")
                : throw PyError.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
        });
        t.ClassMethod("fromhex", (cls, args, kw) =>
        {
            ArgCheck.NoKw("fromhex", kw);
            ArgCheck.Count("fromhex", args, 1, 1);
            if (args[0] is not PyStr s) throw PyError.TypeError("bad argument type for built-in operation");
            var r = new PyFloat(FromHex(s.Value));
            return cls == Types.Float ? r : Ops.Call(cls, r);
        });
    }
}
