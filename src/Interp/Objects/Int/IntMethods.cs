using System.Globalization;
using System.Numerics;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Objects;

/// <summary>int's arithmetic (long fast path, BigInteger beyond) and its methods.</summary>
public static partial class IntMethods
{
    public static readonly BigInteger HashModulus = (BigInteger.One << 61) - 1;

    public static long HashLong(long v)
    {
        const long m = (1L << 61) - 1;
        long h = v >= 0 ? v % m : -((-(v + 1) % m) + 1) % m;
        if (v < 0 && v == long.MinValue) h = (long)(-(BigInteger.Remainder(-(BigInteger)v, HashModulus)));
        return h == -1 ? -2 : h;
    }

    private static PyObject ZeroDiv(string m) => throw PyError.ZeroDivision(m);

    /// <summary>Both operands are int (not bool subclasses); returns null when the op is not int's.</summary>
    public static PyObject? FastBinary(PyInt a, PyInt b, BinOpKind op)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.V, y = b.V;
            switch (op)
            {
                case BinOpKind.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r); break; }
                case BinOpKind.Sub: { long r = x - y; if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r); break; }
                case BinOpKind.Mult:
                {
                    long r;
                    try { r = checked(x * y); } catch (OverflowException) { break; }
                    return PyInt.From(r);
                }
                case BinOpKind.FloorDiv:
                    if (y == 0) return ZeroDiv("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) break;
                    { long q = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) q--; return PyInt.From(q); }
                case BinOpKind.Mod:
                    if (y == 0) return ZeroDiv("integer modulo by zero");
                    if (y == -1) return PyInt.From(0);
                    { long r = x % y; if (r != 0 && ((r < 0) != (y < 0))) r += y; return PyInt.From(r); }
                case BinOpKind.BitAnd: return PyInt.From(x & y);
                case BinOpKind.BitOr: return PyInt.From(x | y);
                case BinOpKind.BitXor: return PyInt.From(x ^ y);
                case BinOpKind.Div: return TrueDiv(a, b);
            }
        }
        return BigBinary(a.AsBig, b.AsBig, op, a, b);
    }

    private static PyObject TrueDiv(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyError.ZeroDivision("division by zero");
        if (!a.IsBig && !b.IsBig && a.V < (1L << 53) && a.V > -(1L << 53) && b.V < (1L << 53) && b.V > -(1L << 53))
            return new PyFloat((double)a.V / b.V);
        return new PyFloat(DivideCorrectlyRounded(a.AsBig, b.AsBig));
    }

    /// <summary>x / y rounded once to the nearest double (ties to even), as CPython's long_true_divide.</summary>
    public static double DivideCorrectlyRounded(BigInteger x, BigInteger y)
    {
        bool neg = (x.Sign < 0) != (y.Sign < 0);
        var a = BigInteger.Abs(x); var b = BigInteger.Abs(y);
        if (a.IsZero) return neg ? -0.0 : 0.0;
        long shift = 55 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        BigInteger q, r;
        if (shift >= 0) q = BigInteger.DivRem(a << (int)shift, b, out r);
        else q = BigInteger.DivRem(a, b << (int)-shift, out r);
        bool sticky = !r.IsZero;
        int extra = (int)q.GetBitLength() - 53;
        var mant = q >> extra;
        var rest = q & ((BigInteger.One << extra) - 1);
        var half = BigInteger.One << (extra - 1);
        if (rest > half || (rest == half && (sticky || !mant.IsEven))) mant += 1;
        double d = Math.ScaleB((double)mant, (int)(extra - shift));
        if (double.IsInfinity(d)) throw PyError.Overflow("integer division result too large for a float");
        return neg ? -d : d;
    }

    private static double ToDoubleChecked(BigInteger b) => PyInt.BigToDouble(b);

    private static PyObject? BigBinary(BigInteger x, BigInteger y, BinOpKind op, PyInt a, PyInt b)
    {
        switch (op)
        {
            case BinOpKind.Add: return PyInt.From(x + y);
            case BinOpKind.Sub: return PyInt.From(x - y);
            case BinOpKind.Mult: return PyInt.From(x * y);
            case BinOpKind.FloorDiv:
            {
                if (y.IsZero) return ZeroDiv("integer division or modulo by zero");
                var q = BigInteger.DivRem(x, y, out var r);
                if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
                return PyInt.From(q);
            }
            case BinOpKind.Mod:
            {
                if (y.IsZero) return ZeroDiv("integer modulo by zero");
                var r = BigInteger.Remainder(x, y);
                if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
                return PyInt.From(r);
            }
            case BinOpKind.Div: return TrueDiv(a, b);
            case BinOpKind.Pow:
            {
                if (y.Sign < 0)
                {
                    if (x.IsZero) throw PyError.ZeroDivision("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow(ToDoubleChecked(x), (double)y));
                }
                if (x.IsZero || x.IsOne) return PyInt.From(y.IsZero ? BigInteger.One : x);
                if (x == BigInteger.MinusOne) return PyInt.From(y.IsEven ? 1 : -1);
                // Refuse results over ~2**32 bits: CPython would exhaust memory (MemoryError) too.
                if (y > int.MaxValue || (double)x.GetBitLength() * (double)y > 4.3e9) throw PyError.MemoryError();
                return PyInt.From(BigInteger.Pow(x, (int)y));
            }
            case BinOpKind.LShift:
                if (y.Sign < 0) throw PyError.ValueError("negative shift count");
                if (y > int.MaxValue) throw PyError.Overflow("too many digits in integer");
                return PyInt.From(x << (int)y);
            case BinOpKind.RShift:
                if (y.Sign < 0) throw PyError.ValueError("negative shift count");
                if (y > int.MaxValue) return PyInt.From(x.Sign < 0 ? -1 : 0);
                return PyInt.From(x >> (int)y);
            case BinOpKind.BitAnd: return PyInt.From(x & y);
            case BinOpKind.BitOr: return PyInt.From(x | y);
            case BinOpKind.BitXor: return PyInt.From(x ^ y);
        }
        return null;
    }

    /// <summary>A dunder method: NotImplemented unless the other operand is an int (or bool).</summary>
    private static void Op(PyType t, string name, BinOpKind op, bool reflected)
    {
        t.Binary(name, (self, other) =>
        {
            if (other is not PyInt o) return Py.NotImplemented;
            var s = (PyInt)self;
            return (reflected ? FastBinary(o, s, op) : FastBinary(s, o, op)) ?? Py.NotImplemented;
        });
    }

    public static PyObject Parse(string s, int @base, PyObject original)
    {
        string t = s.Trim().Replace("_", "");
        bool neg = false;
        if (t.StartsWith('-')) { neg = true; t = t[1..]; }
        else if (t.StartsWith('+')) t = t[1..];
        int b = @base;
        if (b == 0 || b == 16 || b == 8 || b == 2)
        {
            string lower = t.ToLowerInvariant();
            if (lower.StartsWith("0x") && (b == 0 || b == 16)) { b = 16; t = t[2..]; }
            else if (lower.StartsWith("0o") && (b == 0 || b == 8)) { b = 8; t = t[2..]; }
            else if (lower.StartsWith("0b") && (b == 0 || b == 2)) { b = 2; t = t[2..]; }
            else if (b == 0) b = 10;
        }
        string raw = s.Trim();
        if (raw.StartsWith('-') || raw.StartsWith('+')) raw = raw[1..];
        if (raw.Length > 1 && raw[0] == '0' && char.IsLetter(raw[1]) && @base is 0 or 2 or 8 or 16) raw = raw[2..].TrimStart('_').Length == raw.Length - 2 ? raw[2..] : raw[2..].Substring(1);
        bool ok = t.Length > 0 && !raw.Contains("__") && !raw.EndsWith('_') && !raw.StartsWith('_');
        // Base 0 follows literal rules: a decimal with a leading zero must be all zeros ("00", not "08").
        if (@base == 0 && b == 10 && t.Length > 1 && t[0] == '0' && t.Any(c => c != '0')) ok = false;
        int limit = ThreadState.CurrentOrNull?.Interp.IntMaxStrDigits ?? 4300;
        if (ok && limit > 0 && (b & (b - 1)) != 0 && t.Length > limit)
            throw PyError.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {t.Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        BigInteger v = BigInteger.Zero;
        for (int k = 0; k < t.Length; k += CodePoints.Width(t, k))
        {
            // Any Unicode decimal digit counts, astral ones (a surrogate pair) included.
            int c = CodePoints.At(t, k);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                : CodePoints.Category(c) == System.Globalization.UnicodeCategory.DecimalDigitNumber ? (int)CodePoints.NumericValue(c) : 99;
            if (d >= b) { ok = false; break; }
            v = v * b + d;
        }
        if (!ok)
            throw PyError.ValueError($"invalid literal for int() with base {@base}: {Ops.ReprString(original)}");
        return PyInt.From(neg ? -v : v);
    }

    public static void Register(PyType t)
    {
        RegisterBytes(t);
        t.New((cls, args, kw) =>
        {
            var a = ArgCheck.Bind("int", args, kw, ["x", "base"], 0, posOnly: 1);
            PyObject r;
            if (a[0] == null)
            {
                if (a[1] != null) throw PyError.TypeError("int() missing string argument");
                r = PyInt.From(0);
            }
            else if (a[1] != null)
            {
                int b = (int)Ops.Index(a[1]!).V;
                if (b != 0 && (b < 2 || b > 36)) throw PyError.ValueError("int() base must be >= 2 and <= 36, or 0");
                string text = a[0] is PyStr s ? s.Value : a[0] is PyBytes pb ? System.Text.Encoding.Latin1.GetString(pb.Span)
                    : throw PyError.TypeError("int() can't convert non-string with explicit base");
                r = Parse(text, b, a[0]!);
            }
            else r = FromObject(a[0]!);
            if (cls == Types.Int) return r;
            return new PyInt(cls, ((PyInt)r).AsBig);
        });
        t.Method0("__repr__", self => PyStr.From(((PyInt)self).ToDecimalString()));
        t.Method0("__hash__", self => { var i = (PyInt)self; return PyInt.From(i.IsBig ? (long)BigInteger.Remainder(i.AsBig, HashModulus) : HashLong(i.V)); });
        t.Method0("__bool__", self => Py.Bool(!((PyInt)self).IsZero));
        t.Method0("__index__", self => AsExactInt((PyInt)self));
        t.Method0("__int__", self => AsExactInt((PyInt)self));
        t.Method0("__float__", self => new PyFloat(((PyInt)self).ToDouble()));
        t.Method0("__neg__", self => PyInt.From(-((PyInt)self).AsBig));
        t.Method0("__pos__", self => AsExactInt((PyInt)self));
        t.Method0("__abs__", self => PyInt.From(BigInteger.Abs(((PyInt)self).AsBig)));
        t.Method0("__invert__", self => PyInt.From(-((PyInt)self).AsBig - 1));
        t.Method0("__trunc__", self => AsExactInt((PyInt)self));
        t.Method0("__floor__", self => AsExactInt((PyInt)self));
        t.Method0("__ceil__", self => AsExactInt((PyInt)self));
        t.Method("__round__", (self, args, kw) =>
        {
            if (args.Length == 0 || args[0] == Py.None) return AsExactInt((PyInt)self);
            long nd = Ops.Index(args[0]).V;
            if (nd >= 0) return AsExactInt((PyInt)self);
            var p = BigInteger.Pow(10, (int)-nd);
            var x = ((PyInt)self).AsBig;
            var q = BigInteger.DivRem(x, p, out var r);
            if (r.Sign < 0) { q -= 1; r += p; }
            var twice = r * 2;
            if (twice > p || (twice == p && !q.IsEven)) q += 1;
            return PyInt.From(q * p);
        });
        string[] names = ["add", "sub", "mul", "", "truediv", "mod", "", "lshift", "rshift", "or", "xor", "and", "floordiv"];
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) continue;
            Op(t, $"__{names[i]}__", (BinOpKind)i, false);
            Op(t, $"__r{names[i]}__", (BinOpKind)i, true);
        }
        t.Method("__pow__", (self, args, kw) => Pow((PyInt)self, args[0], args.Length > 1 ? args[1] : Py.None));
        t.Binary("__rpow__", (self, other) => other is PyInt o ? Pow(o, self, Py.None) : Py.NotImplemented);
        t.Binary("__divmod__", (self, other) => other is PyInt o
            ? PyTuple.Of(FastBinary((PyInt)self, o, BinOpKind.FloorDiv)!, FastBinary((PyInt)self, o, BinOpKind.Mod)!)
            : Py.NotImplemented);
        t.Binary("__rdivmod__", (self, other) => other is PyInt o
            ? PyTuple.Of(FastBinary(o, (PyInt)self, BinOpKind.FloorDiv)!, FastBinary(o, (PyInt)self, BinOpKind.Mod)!)
            : Py.NotImplemented);
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.Binary(cmp[i], (self, other) =>
            {
                if (other is PyInt o) return Py.Bool(Ops.CompareResult(((PyInt)self).AsBig.CompareTo(o.AsBig), op));
                if (other is PyFloat f) return Py.Bool(FloatMethods.CompareIntFloat((PyInt)self, f.V, op));
                return Py.NotImplemented;
            });
        }
        t.Method0("bit_length", self => PyInt.From((long)BigInteger.Abs(((PyInt)self).AsBig).GetBitLength()));
        t.Method0("bit_count", self =>
        {
            var v = BigInteger.Abs(((PyInt)self).AsBig);
            long n = 0;
            foreach (var by in v.ToByteArray()) n += BitOperations.PopCount(by);
            return PyInt.From(n);
        });
        t.Method0("conjugate", self => AsExactInt((PyInt)self));
        t.Method0("is_integer", self => Py.True);
        t.Method0("as_integer_ratio", self => PyTuple.Of(AsExactInt((PyInt)self), PyInt.From(1)));
        t.Getter("real", self => AsExactInt((PyInt)self));
        t.Getter("imag", self => PyInt.From(0));
        t.Getter("numerator", self => AsExactInt((PyInt)self));
        t.Getter("denominator", self => PyInt.From(1));
        t.Method("__format__", (self, args, kw) => Builtins.Formatting.FormatInt((PyInt)self, ((PyStr)args[0]).Value));
        t.Method0("__getnewargs__", self => PyTuple.Of(AsExactInt((PyInt)self)));
    }

    public static PyInt AsExactInt(PyInt i) => i.Type == Types.Int ? i : PyInt.From(i.AsBig);

    private static PyObject Pow(PyInt a, PyObject bo, PyObject mod)
    {
        if (bo is not PyInt b) return Py.NotImplemented;
        if (mod != Py.None)
        {
            if (mod is not PyInt m) return Py.NotImplemented;   // as long_pow: pow() then tries the other operands
            if (m.IsZero) throw PyError.ValueError("pow() 3rd argument cannot be 0");
            var mv = m.AsBig;
            BigInteger r;
            if (b.Sign < 0)
            {
                var inv = ModInverse(a.AsBig, BigInteger.Abs(mv));
                r = BigInteger.ModPow(inv, -b.AsBig, BigInteger.Abs(mv));
            }
            else r = BigInteger.ModPow(a.AsBig, b.AsBig, BigInteger.Abs(mv));
            if (!r.IsZero && (r.Sign < 0) != (mv.Sign < 0)) r += mv;
            if (mv.Sign < 0 && r.Sign > 0) r += mv;
            return PyInt.From(r);
        }
        if (!a.IsBig && !b.IsBig && b.V >= 0 && b.V < 64)
        {
            long result = 1, x = a.V;
            long e = b.V;
            try
            {
                checked
                {
                    while (e > 0)
                    {
                        if ((e & 1) != 0) result *= x;
                        e >>= 1;
                        if (e > 0) x *= x;
                    }
                }
                return PyInt.From(result);
            }
            catch (OverflowException) { }
        }
        return BigBinary(a.AsBig, b.AsBig, BinOpKind.Pow, a, b)!;
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        BigInteger b = a1;
        while (b != 0)
        {
            var q = g / b;
            (g, b) = (b, g - q * b);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) throw PyError.ValueError("base is not invertible for the given modulus");
        return ((x % m) + m) % m;
    }

    /// <summary>int(x) for a non-string object.</summary>
    public static PyObject FromObject(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return AsExactInt(i);
            case PyFloat f:
                if (double.IsNaN(f.V)) throw PyError.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.V)) throw PyError.Overflow("cannot convert float infinity to integer");
                return PyInt.From(new BigInteger(Math.Truncate(f.V)));
            case PyStr s: return Parse(s.Value, 10, x);
            case PyBytes b: return Parse(System.Text.Encoding.Latin1.GetString(b.Span), 10, x);
        }
        // The same order as CPython's PyNumber_Long, each with its own message for a bad result.
        foreach (var dunder in new[] { "__int__", "__index__", "__trunc__" })
        {
            if (x.Type.Lookup(dunder) is not { } m) continue;
            var r = Ops.CallDescriptor(m, x, []);
            if (r is PyInt ri) return AsExactInt(ri);
            if (dunder == "__trunc__" && r.Type.Lookup("__index__") != null) return AsExactInt(Ops.Index(r));
            throw PyError.TypeError(dunder == "__trunc__"
                ? $"__trunc__ returned non-Integral (type {r.Type.Name})"
                : $"{dunder} returned non-int (type {r.Type.Name})");
        }
        throw PyError.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    internal static string ToStr(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        bool neg = v.Sign < 0;
        v = BigInteger.Abs(v);
        var sb = new System.Text.StringBuilder();
        while (!v.IsZero)
        {
            int d = (int)(v % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            v /= radix;
        }
        return (neg ? "-" : "") + sb;
    }

    internal static string Invariant(long v) => v.ToString(CultureInfo.InvariantCulture);
}

public static class BoolMethods
{
    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("bool", kw);
            ArgCheck.Count("bool", args, 0, 1);
            return Py.Bool(args.Length == 1 && Ops.IsTrue(args[0]));
        });
        t.Method0("__repr__", self => PyStr.From(self == Py.True ? "True" : "False"));
        t.Binary("__and__", (a, b) => b.Type == Types.Bool ? Py.Bool(a == Py.True && b == Py.True) : IntOp(a, b, BinOpKind.BitAnd));
        t.Binary("__or__", (a, b) => b.Type == Types.Bool ? Py.Bool(a == Py.True || b == Py.True) : IntOp(a, b, BinOpKind.BitOr));
        t.Binary("__xor__", (a, b) => b.Type == Types.Bool ? Py.Bool((a == Py.True) != (b == Py.True)) : IntOp(a, b, BinOpKind.BitXor));
        t.Binary("__rand__", (a, b) => IntOp(b, a, BinOpKind.BitAnd));
        t.Binary("__ror__", (a, b) => IntOp(b, a, BinOpKind.BitOr));
        t.Binary("__rxor__", (a, b) => IntOp(b, a, BinOpKind.BitXor));
        t.Method0("__invert__", self => PyInt.From(~((PyInt)self).V));
    }

    private static PyObject IntOp(PyObject a, PyObject b, BinOpKind op) =>
        a is PyInt x && b is PyInt y ? IntMethods.FastBinary(x, y, op) ?? Py.NotImplemented : Py.NotImplemented;
}
