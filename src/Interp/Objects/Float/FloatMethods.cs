using System.Globalization;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Objects;

public static partial class FloatMethods
{
    public static PyObject? FastBinary(double x, double y, BinOpKind op)
    {
        switch (op)
        {
            case BinOpKind.Add: return new PyFloat(x + y);
            case BinOpKind.Sub: return new PyFloat(x - y);
            case BinOpKind.Mult: return new PyFloat(x * y);
            case BinOpKind.Div:
                if (y == 0) throw PyError.ZeroDivision("float division by zero");
                return new PyFloat(x / y);
            case BinOpKind.FloorDiv:
                if (y == 0) throw PyError.ZeroDivision("float floor division by zero");
                return new PyFloat(FloorDiv(x, y));
            case BinOpKind.Mod:
                if (y == 0) throw PyError.ZeroDivision("float modulo by zero");
                return new PyFloat(Mod(x, y));
            case BinOpKind.Pow:
                if (x == 0 && y < 0) throw PyError.ZeroDivision("0.0 cannot be raised to a negative power");
                if (x < 0 && y != Math.Floor(y) && double.IsFinite(y))
                    return ComplexMethods.Pow(x, 0, y, 0);   // a negative base to a fractional power is complex
                var r = Math.Pow(x, y);
                if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y)) throw PyError.Overflow("(34, 'Numerical result out of range')");
                return new PyFloat(r);
        }
        return null;
    }

    private static PyObject DivMod(double x, double y) => y == 0 ? throw PyError.ZeroDivision("float divmod()")
        : PyTuple.Of(FastBinary(x, y, BinOpKind.FloorDiv)!, FastBinary(x, y, BinOpKind.Mod)!);

    // CPython's float_floor_div: the quotient of (x - fmod) rounded to the nearest integer, so
    // -3 // inf is -1.0 (as divmod) rather than the nan a plain floor((x - mod) / y) gives.
    private static double FloorDiv(double x, double y)
    {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) div -= 1.0;
        if (div == 0) return Math.CopySign(0.0, x / y);
        double fl = Math.Floor(div);
        return div - fl > 0.5 ? fl + 1.0 : fl;
    }

    private static double Mod(double x, double y)
    {
        double m = x % y;
        if (m != 0 && (m < 0) != (y < 0)) m += y;
        else if (m == 0) m = y < 0 ? -0.0 : 0.0;
        return m;
    }

    public static bool Compare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    public static bool CompareIntFloat(PyInt i, double f, CompareOp op)
    {
        if (double.IsNaN(f)) return op == CompareOp.Ne;
        if (double.IsInfinity(f)) return Compare(0, f, op);
        // Compare exactly: floor the float into an integer and compare, then the fraction.
        var fl = Math.Floor(f);
        var bi = new System.Numerics.BigInteger(fl);
        int c = i.AsBig.CompareTo(bi);
        if (c == 0 && f != fl) c = -1;
        return Ops.CompareResult(c, op);
    }

    private static double? AsDouble(PyObject o) => o switch
    {
        PyFloat f => f.V,
        PyInt i => i.ToDouble(),
        _ => null,
    };

    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.V;
        if (o is PyInt i) return i.ToDouble();
        var m = o.Type.Lookup("__float__");
        if (m != null)
        {
            var r = Ops.CallDescriptor(m, o, []);
            if (r is PyFloat rf) return rf.V;
            throw PyError.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (o.Type.Lookup("__index__") != null) return Ops.Index(o).ToDouble();
        throw PyError.TypeError($"must be real number, not {o.Type.Name}");
    }

    public static double Parse(string s, PyObject original)
    {
        string trimmed = s.Trim();
        // Underscores are allowed only between two digits, as in literals.
        bool underscoresOk = true;
        for (int k = 0; k < trimmed.Length; k++)
            if (trimmed[k] == '_' && (k == 0 || k == trimmed.Length - 1 || !char.IsAsciiDigit(trimmed[k - 1]) || !char.IsAsciiDigit(trimmed[k + 1])))
                underscoresOk = false;
        string t = trimmed.Replace("_", "");
        string lower = t.ToLowerInvariant();
        switch (lower)
        {
            case "inf" or "+inf" or "infinity" or "+infinity": return double.PositiveInfinity;
            case "-inf" or "-infinity": return double.NegativeInfinity;
            case "nan" or "+nan" or "-nan": return double.NaN;
        }
        if (t.Length > 0 && underscoresOk && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && !lower.Contains("infinity") && !lower.Contains("nan"))
            return d;
        throw PyError.ValueError($"could not convert string to float: {Ops.ReprString(original)}");
    }

    public static void Register(PyType t)
    {
        RegisterHex(t);
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("float", kw);
            ArgCheck.Count("float", args, 0, 1);
            double v = args.Length == 0 ? 0.0 : args[0] is PyStr s ? Parse(s.Value, s)
                : args[0] is PyBytes pb ? Parse(System.Text.Encoding.Latin1.GetString(pb.Span), args[0])
                : args[0] is not PyFloat and not PyInt && args[0].Type.Lookup("__float__") == null && args[0].Type.Lookup("__index__") == null
                    ? throw PyError.TypeError($"float() argument must be a string or a real number, not '{args[0].Type.Name}'")
                    : ToDouble(args[0]);
            return cls == Types.Float ? new PyFloat(v) : new PyFloat(cls, v);
        });
        t.Method0("__repr__", self => PyStr.From(PyFloat.Repr(((PyFloat)self).V)));
        t.Method0("__hash__", self => PyInt.From(Hash(((PyFloat)self).V)));
        t.Method0("__bool__", self => Py.Bool(((PyFloat)self).V != 0));
        t.Method0("__float__", self => self.Type == Types.Float ? self : new PyFloat(((PyFloat)self).V));
        t.Method0("__int__", self => IntMethods.FromObject(self));
        t.Method0("__trunc__", self => IntMethods.FromObject(self));
        t.Method0("__neg__", self => new PyFloat(-((PyFloat)self).V));
        t.Method0("__pos__", self => new PyFloat(((PyFloat)self).V));
        t.Method0("__abs__", self => new PyFloat(Math.Abs(((PyFloat)self).V)));
        t.Method0("is_integer", self => Py.Bool(double.IsFinite(((PyFloat)self).V) && Math.Floor(((PyFloat)self).V) == ((PyFloat)self).V));
        t.Method0("__floor__", self => IntMethods.FromObject(new PyFloat(Math.Floor(((PyFloat)self).V))));
        t.Method0("__ceil__", self => IntMethods.FromObject(new PyFloat(Math.Ceiling(((PyFloat)self).V))));
        t.Method("__round__", (self, args, kw) =>
        {
            double v = ((PyFloat)self).V;
            if (args.Length == 0 || args[0] == Py.None)
                return IntMethods.FromObject(new PyFloat(Math.Round(v, MidpointRounding.ToEven)));
            long nd = Ops.Index(args[0]).V;
            if (!double.IsFinite(v)) return self;
            if (nd > 300) return self;
            if (nd < -308) return new PyFloat(0.0 * v);
            double r = RoundExact(v, (int)nd);
            if (double.IsInfinity(r)) throw PyError.Overflow("rounded value too large to represent");
            return new PyFloat(r);
        });
        t.Getter("real", self => new PyFloat(((PyFloat)self).V));
        t.Getter("imag", self => new PyFloat(0.0));
        t.Method0("conjugate", self => new PyFloat(((PyFloat)self).V));
        string[] names = ["add", "sub", "mul", "", "truediv", "mod", "pow", "", "", "", "", "", "floordiv"];
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) continue;
            var op = (BinOpKind)i;
            t.Binary($"__{names[i]}__", (self, other) => AsDouble(other) is double o ? FastBinary(((PyFloat)self).V, o, op) ?? Py.NotImplemented : Py.NotImplemented);
            t.Binary($"__r{names[i]}__", (self, other) => AsDouble(other) is double o ? FastBinary(o, ((PyFloat)self).V, op) ?? Py.NotImplemented : Py.NotImplemented);
        }
        // pow() passes a modulus to __pow__/__rpow__: floats accept only None (CPython's float_pow).
        foreach (var (dunder, reflected) in new[] { ("__pow__", false), ("__rpow__", true) })
            t.Method(dunder, (self, args, kw) =>
            {
                ArgCheck.NoKw(dunder, kw);
                ArgCheck.Count(dunder, args, 1, 2);
                if (AsDouble(args[0]) is not double o) return Py.NotImplemented;
                if (args.Length == 2 && args[1] != Py.None)
                    throw PyError.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                double x = ((PyFloat)self).V;
                return (reflected ? FastBinary(o, x, BinOpKind.Pow) : FastBinary(x, o, BinOpKind.Pow)) ?? Py.NotImplemented;
            });
        t.Binary("__divmod__", (self, other) => AsDouble(other) is double o ? DivMod(((PyFloat)self).V, o) : Py.NotImplemented);
        t.Binary("__rdivmod__", (self, other) => AsDouble(other) is double o ? DivMod(o, ((PyFloat)self).V) : Py.NotImplemented);
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.Binary(cmp[i], (self, other) =>
            {
                double x = ((PyFloat)self).V;
                if (other is PyFloat f) return Py.Bool(Compare(x, f.V, op));
                if (other is PyInt oi)
                {
                    // int vs float compared exactly, seen from the int's side.
                    var swapped = op switch { CompareOp.Lt => CompareOp.Gt, CompareOp.Le => CompareOp.Ge, CompareOp.Gt => CompareOp.Lt, CompareOp.Ge => CompareOp.Le, _ => op };
                    return Py.Bool(CompareIntFloat(oi, x, swapped));
                }
                return Py.NotImplemented;
            });
        }
        t.Method("__format__", (self, args, kw) => ((PyStr)args[0]).Value.Length == 0 ? Ops.Str(self) : Builtins.Formatting.FormatFloat(((PyFloat)self).V, ((PyStr)args[0]).Value));
        t.Method0("as_integer_ratio", self =>
        {
            double v = ((PyFloat)self).V;
            if (double.IsNaN(v)) throw PyError.ValueError("cannot convert NaN to integer ratio");
            if (double.IsInfinity(v)) throw PyError.Overflow("cannot convert Infinity to integer ratio");
            long bits = BitConverter.DoubleToInt64Bits(v);
            int exp = (int)((bits >> 52) & 0x7FF);
            long mant = bits & 0xFFFFFFFFFFFFFL;
            if (exp == 0) exp++; else mant |= 1L << 52;
            exp -= 1075;
            var num = new System.Numerics.BigInteger(mant) * (v < 0 ? -1 : 1);
            var den = System.Numerics.BigInteger.One;
            if (exp > 0) num <<= exp; else den <<= -exp;
            var g = System.Numerics.BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsZero) { num /= g; den /= g; }
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
    }

    /// <summary>round(v, nd) on the exact binary value (2.675 is below 2.675, so it rounds down), half to even.</summary>
    public static double RoundExact(double v, int nd)
    {
        var (num, den) = ExactRatio(v);
        var p = System.Numerics.BigInteger.Pow(10, Math.Abs(nd));
        if (nd >= 0) num *= p; else den *= p;
        var q = System.Numerics.BigInteger.DivRem(System.Numerics.BigInteger.Abs(num), den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string digits = q.ToString(CultureInfo.InvariantCulture);
        string text = nd >= 0
            ? (digits.Length <= nd ? "0." + digits.PadLeft(nd, '0') : digits[..^nd] + "." + digits[^nd..]) + ""
            : digits + new string('0', -nd);
        if (nd == 0) text = digits;
        var r = double.Parse(text, CultureInfo.InvariantCulture);
        return v < 0 || (v == 0 && double.IsNegative(v)) ? -r : r;
    }

    /// <summary>The exact value of a finite double as a fraction num/den (den a power of two).</summary>
    public static (System.Numerics.BigInteger num, System.Numerics.BigInteger den) ExactRatio(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075;
        var num = new System.Numerics.BigInteger(mant) * (v < 0 ? -1 : 1);
        var den = System.Numerics.BigInteger.One;
        if (exp > 0) num <<= exp; else den <<= -exp;
        return (num, den);
    }

    public static long Hash(double v)
    {
        if (double.IsNaN(v)) return 0;
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return IntMethods.HashLong((long)v);
        // CPython's exact rational hash modulo 2**61-1.
        const long P = (1L << 61) - 1;
        double m = Math.Abs(v);
        int e;
        m = Frexp(m, out e);
        long x = 0;
        while (m != 0)
        {
            x = ((x << 28) & P) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long)m;
            m -= y;
            x += y;
            if (x >= P) x -= P;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & P) | (x >> (61 - e));
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    private static double Frexp(double d, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0) { d *= Math.Pow(2, 54); bits = BitConverter.DoubleToInt64Bits(d); exp = (int)((bits >> 52) & 0x7FF) - 54; }
        e = exp - 1022;
        return d / Math.Pow(2, e);
    }
}

public static partial class ComplexMethods
{
    public static void Register(PyType t)
    {
        t.New((cls, args, kw) => New(cls, args, kw));
        t.Method0("__repr__", self =>
        {
            var c = (PyComplex)self;
            string Im(double v) => FormatPart(v);
            if (c.Real == 0 && !double.IsNegative(c.Real)) return PyStr.From(Im(c.Imag) + "j");
            string sign = c.Imag < 0 || (c.Imag == 0 && double.IsNegative(c.Imag)) || double.IsNaN(c.Imag) && false ? "-" : "+";
            return PyStr.From($"({FormatPart(c.Real)}{sign}{FormatPart(Math.Abs(c.Imag))}j)");
        });
        t.Getter("real", self => new PyFloat(((PyComplex)self).Real));
        t.Getter("imag", self => new PyFloat(((PyComplex)self).Imag));
        t.Method0("__hash__", self => PyInt.From(FloatMethods.Hash(((PyComplex)self).Real) + 1000003 * FloatMethods.Hash(((PyComplex)self).Imag)));
        t.Method0("__abs__", self =>
        {
            // hypot, not sqrt(re² + im²): the squares overflow for parts above ~1e154 (CPython's complex_abs).
            var (re, im) = (((PyComplex)self).Real, ((PyComplex)self).Imag);
            if (double.IsInfinity(re) || double.IsInfinity(im)) return new PyFloat(double.PositiveInfinity);
            double r = double.Hypot(re, im);
            if (double.IsInfinity(r)) throw PyError.Overflow("absolute value too large");
            return new PyFloat(r);
        });
        t.Method0("__neg__", self => new PyComplex(-((PyComplex)self).Real, -((PyComplex)self).Imag));
        t.Method("__format__", (self, args, kw) =>
        {
            ArgCheck.Count("__format__", args, 1, 1);
            return args[0] is PyStr fs ? Format((PyComplex)self, fs.Value)
                : throw PyError.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
        });
        t.Method0("__pos__", self => self.Type == Types.Complex ? self : new PyComplex(((PyComplex)self).Real, ((PyComplex)self).Imag));
        t.Method0("conjugate", self => new PyComplex(((PyComplex)self).Real, -((PyComplex)self).Imag));
        t.Method0("__bool__", self => Py.Bool(((PyComplex)self).Real != 0 || ((PyComplex)self).Imag != 0));
        Arith(t, "add", (a, b) => (a.r + b.r, a.i + b.i));
        Arith(t, "sub", (a, b) => (a.r - b.r, a.i - b.i));
        Arith(t, "mul", (a, b) => (a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r));
        Arith(t, "truediv", (a, b) =>
        {
            double d = b.r * b.r + b.i * b.i;
            if (d == 0) throw PyError.ZeroDivision("complex division by zero");
            return ((a.r * b.r + a.i * b.i) / d, (a.i * b.r - a.r * b.i) / d);
        });
        t.Binary("__eq__", (a, b) => ToC(b) is { } c ? Py.Bool(((PyComplex)a).Real == c.r && ((PyComplex)a).Imag == c.i) : Py.NotImplemented);
        t.Method("__pow__", (a, args, kw) =>
        {
            if (args.Length > 1 && args[1] != Py.None) throw PyError.ValueError("complex modulo");
            return ToC(args[0]) is { } c ? Pow(((PyComplex)a).Real, ((PyComplex)a).Imag, c.r, c.i) : Py.NotImplemented;
        });
        t.Binary("__rpow__", (a, b) => ToC(b) is { } c ? Pow(c.r, c.i, ((PyComplex)a).Real, ((PyComplex)a).Imag) : Py.NotImplemented);
    }

    private static string FormatPart(double v)
    {
        var s = PyFloat.Repr(v);
        return s.EndsWith(".0") ? s[..^2] : s;
    }

    private static (double r, double i)? ToC(PyObject o) => o switch
    {
        PyComplex c => (c.Real, c.Imag),
        PyFloat f => (f.V, 0),
        PyInt i => (i.ToDouble(), 0),
        _ => null,
    };

    private static void Arith(PyType t, string name, Func<(double r, double i), (double r, double i), (double, double)> f)
    {
        t.Binary($"__{name}__", (a, b) => ToC(b) is { } c ? Make(f(ToC(a)!.Value, c)) : Py.NotImplemented);
        t.Binary($"__r{name}__", (a, b) => ToC(b) is { } c ? Make(f(c, ToC(a)!.Value)) : Py.NotImplemented);
    }

    private static PyComplex Make((double r, double i) v) => new(v.r, v.i);

    /// <summary>(ar + ai j) ** (br + bi j), CPython's _Py_c_pow (integer exponents by repeated squaring).</summary>
    public static PyComplex Pow(double ar, double ai, double br, double bi)
    {
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) throw PyError.ZeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            int n = (int)br;
            double rr = 1, ri = 0, xr = ar, xi = ai;
            int m = Math.Abs(n);
            while (m > 0)
            {
                if ((m & 1) != 0) { (rr, ri) = (rr * xr - ri * xi, rr * xi + ri * xr); }
                (xr, xi) = (xr * xr - xi * xi, 2 * xr * xi);
                m >>= 1;
            }
            if (n < 0)
            {
                double d = rr * rr + ri * ri;
                return new PyComplex(rr / d, -ri / d);
            }
            return new PyComplex(rr, ri);
        }
        double vabs = Math.Sqrt(ar * ar + ai * ai);   // hypot
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        return new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
    }
}
