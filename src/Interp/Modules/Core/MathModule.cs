using System.Numerics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>
/// The math module: libm-style float functions with CPython's error rules (a NaN or infinity from
/// finite input is a "math domain error" / "math range error"), plus the integer functions.
/// No per-interpreter state: every interpreter gets a fresh module object over the same functions.
/// </summary>
internal static partial class MathModule
{
    public static readonly NativeModuleDef Def = new("math", Exec);

    private static void Exec(Interpreter interp, PyModule m)
    {
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        void F1(string name, Func<double, double> f, bool canOverflow = false) =>
            F(name, (_, a, kw) => { OneArg(name, a, kw); return new PyFloat(Checked(f, ToDouble(a[0]), canOverflow)); });

        d.Set("pi", new PyFloat(Math.PI));
        d.Set("e", new PyFloat(Math.E));
        d.Set("tau", new PyFloat(Math.Tau));
        d.Set("inf", new PyFloat(double.PositiveInfinity));
        d.Set("nan", new PyFloat(double.NaN));

        F1("sqrt", Math.Sqrt);
        F1("exp", Math.Exp, true);
        F1("exp2", x => Math.Pow(2, x), true);
        F1("expm1", ExpM1, true);
        F1("sin", Math.Sin);
        F1("cos", Math.Cos);
        F1("tan", Math.Tan);
        F1("asin", Math.Asin);
        F1("acos", Math.Acos);
        F1("atan", Math.Atan);
        F1("sinh", Math.Sinh, true);
        F1("cosh", Math.Cosh, true);
        F1("tanh", Math.Tanh);
        F1("asinh", Math.Asinh);
        F1("acosh", Math.Acosh);
        F1("atanh", x => Math.Abs(x) >= 1 ? double.NaN : Math.Atanh(x));
        F1("cbrt", Math.Cbrt);
        F1("fabs", Math.Abs);
        F1("log1p", x => x <= -1 ? double.NaN : Log1P(x));
        F1("erf", Erf);
        F1("erfc", Erfc);
        F1("gamma", Gamma, true);
        F1("lgamma", LGamma, true);
        F1("degrees", x => x * (180.0 / Math.PI));
        F1("radians", x => x * (Math.PI / 180.0));
        F("log", Log);
        F("log2", (_, a, kw) => { OneArg("log2", a, kw); return new PyFloat(LogOf(a[0], Math.Log2)); });
        F("log10", (_, a, kw) => { OneArg("log10", a, kw); return new PyFloat(LogOf(a[0], Math.Log10)); });
        F("pow", (_, a, kw) => { Args("pow", a, kw, 2); return new PyFloat(Pow(ToDouble(a[0]), ToDouble(a[1]))); });
        F("atan2", (_, a, kw) => { Args("atan2", a, kw, 2); return new PyFloat(Math.Atan2(ToDouble(a[0]), ToDouble(a[1]))); });
        F("copysign", (_, a, kw) => { Args("copysign", a, kw, 2); return new PyFloat(Math.CopySign(ToDouble(a[0]), ToDouble(a[1]))); });
        F("fmod", (_, a, kw) => { Args("fmod", a, kw, 2); return new PyFloat(FMod(ToDouble(a[0]), ToDouble(a[1]))); });
        F("remainder", (_, a, kw) => { Args("remainder", a, kw, 2); return new PyFloat(Remainder(ToDouble(a[0]), ToDouble(a[1]))); });
        F("ldexp", Ldexp);
        F("frexp", (_, a, kw) => { OneArg("frexp", a, kw); return Frexp(ToDouble(a[0])); });
        F("modf", (_, a, kw) => { OneArg("modf", a, kw); return Modf(ToDouble(a[0])); });
        F("fma", (_, a, kw) => { Args("fma", a, kw, 3); return new PyFloat(Fma(ToDouble(a[0]), ToDouble(a[1]), ToDouble(a[2]))); });
        F("nextafter", NextAfter);
        F("ulp", (_, a, kw) => { OneArg("ulp", a, kw); return new PyFloat(Ulp(ToDouble(a[0]))); });
        F("isfinite", (_, a, kw) => { OneArg("isfinite", a, kw); return Py.Bool(double.IsFinite(ToDouble(a[0]))); });
        F("isinf", (_, a, kw) => { OneArg("isinf", a, kw); return Py.Bool(double.IsInfinity(ToDouble(a[0]))); });
        F("isnan", (_, a, kw) => { OneArg("isnan", a, kw); return Py.Bool(double.IsNaN(ToDouble(a[0]))); });
        F("isclose", IsClose);
        F("floor", (_, a, kw) => { OneArg("floor", a, kw); return Rounding(a[0], "__floor__", Math.Floor); });
        F("ceil", (_, a, kw) => { OneArg("ceil", a, kw); return Rounding(a[0], "__ceil__", Math.Ceiling); });
        F("trunc", (_, a, kw) => { OneArg("trunc", a, kw); return Trunc(a[0]); });
        F("hypot", (_, a, kw) => { ArgCheck.NoKw("hypot", kw); return new PyFloat(Hypot(a)); });
        F("dist", Dist);
        F("fsum", (_, a, kw) => { OneArg("fsum", a, kw); return new PyFloat(FSum(a[0])); });
        F("prod", Prod);
        F("sumprod", SumProd);
        RegisterIntegerFunctions(interp, F);
    }

    // ---- argument helpers ----

    private static void OneArg(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgCheck.NoKw(name, kw);
        if (a.Length != 1) throw PyError.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)");
    }

    private static void Args(string name, ReadOnlySpan<PyObject> a, string[]? kw, int n)
    {
        ArgCheck.NoKw(name, kw);
        if (a.Length != n) throw PyError.TypeError($"{name} expected {n} arguments, got {a.Length}");
    }

    internal static double ToDouble(PyObject o) => Objects.FloatMethods.ToDouble(o);

    /// <summary>CPython's math_1: NaN from non-NaN input is a domain error; infinity from finite input is a range error (or domain error for functions that cannot overflow).</summary>
    private static double Checked(Func<double, double> f, double x, bool canOverflow)
    {
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw PyError.ValueError("math domain error");
        if (double.IsInfinity(r) && double.IsFinite(x))
            throw canOverflow ? PyError.Overflow("math range error") : PyError.ValueError("math domain error");
        return r;
    }

    private static PyObject Log(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgCheck.NoKw("log", kw);
        if (a.Length < 1 || a.Length > 2)
            throw PyError.TypeError($"log expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
        double num = LogOf(a[0], Math.Log);
        if (a.Length == 1) return new PyFloat(num);
        double den = LogOf(a[1], Math.Log);
        if (den == 0) throw PyError.ZeroDivision("float division by zero");
        return new PyFloat(num / den);
    }

    /// <summary>Logarithm of a float or an int of any size (big ints are split as m * 2**k).</summary>
    private static double LogOf(PyObject x, Func<double, double> log)
    {
        if (x is PyInt i && i.IsBig)
        {
            if (i.Sign <= 0) throw PyError.ValueError("math domain error");
            // CPython's frexp split: x = m * 2**e with m in [0.5, 1), then log(m) + e*log(2).
            var b = i.AsBig;
            long e = (long)b.GetBitLength();
            int shift = (int)Math.Max(0, e - 64);
            double m = Math.ScaleB((double)(b >> shift), (int)(shift - e));
            return log(m) + e * log(2.0);
        }
        double v = ToDouble(x);
        if (double.IsNaN(v)) return v;
        if (v <= 0) throw PyError.ValueError("math domain error");
        return log(v);
    }

    private static double Pow(double x, double y)
    {
        if (x == 0 && y < 0 && double.IsFinite(y)) throw PyError.ValueError("math domain error");
        if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && Math.Floor(y) != y) throw PyError.ValueError("math domain error");
        double r = Math.Pow(x, y);
        if (x == 1 || y == 0) return 1;
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw PyError.Overflow("math range error");
        return r;
    }

    private static double FMod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(x) || y == 0) throw PyError.ValueError("math domain error");
        return x % y;
    }

    private static double Remainder(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(x) || y == 0) throw PyError.ValueError("math domain error");
        if (double.IsInfinity(y)) return x;
        return Math.IEEERemainder(x, y);
    }

    private static double Fma(double x, double y, double z)
    {
        double r = Math.FusedMultiplyAdd(x, y, z);
        if (double.IsFinite(r)) return r;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z))
            throw PyError.ValueError("invalid operation in fma");
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z))
            throw PyError.Overflow("overflow in fma");
        return r;
    }

    private static PyObject Ldexp(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args("ldexp", a, kw, 2);
        double x = ToDouble(a[0]);
        if (a[1] is not PyInt e) throw PyError.TypeError("Expected an int as second argument to ldexp.");
        if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
        int exp = e.IsBig ? (e.Sign > 0 ? int.MaxValue : int.MinValue) : (int)Math.Clamp(e.V, int.MinValue, int.MaxValue);
        double r = Math.ScaleB(x, exp);
        if (double.IsInfinity(r)) throw PyError.Overflow("math range error");
        return new PyFloat(r);
    }

    private static PyObject Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return PyTuple.Of(new PyFloat(x), PyInt.From(0));
        int e = Math.ILogB(x) + 1;
        double m = Math.ScaleB(x, -e);
        // Subnormals: ILogB is exact, so m is in [0.5, 1).
        return PyTuple.Of(new PyFloat(m), PyInt.From(e));
    }

    private static PyObject Modf(double x)
    {
        if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
        double ip = Math.Truncate(x);
        return PyTuple.Of(new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip));
    }

    private static PyObject NextAfter(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var b = ArgCheck.Bind("nextafter", a, kw, ["x", "y", "steps"], 2, posOnly: 2, kwOnlyFrom: 2);
        double x = ToDouble(b[0]!), y = ToDouble(b[1]!);
        long steps = 1;
        if (b[2] is { } s && s != Py.None)
        {
            var si = Ops.Index(s);
            if (si.Sign < 0) throw PyError.ValueError("steps must be a non-negative integer");
            steps = si.IsBig ? long.MaxValue : si.V;
        }
        for (long i = 0; i < steps && x != y && !double.IsNaN(x); i++)
            x = y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
        if (double.IsNaN(y)) return new PyFloat(y);
        return new PyFloat(x == y ? y : x);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double next = Math.BitIncrement(x);
        if (double.IsInfinity(next)) return x - Math.BitDecrement(x);
        return next - x;
    }

    private static PyObject IsClose(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var b = ArgCheck.Bind("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 2, posOnly: 2, kwOnlyFrom: 2);
        double x = ToDouble(b[0]!), y = ToDouble(b[1]!);
        double rel = b[2] is { } r ? ToDouble(r) : 1e-9, abs = b[3] is { } ab ? ToDouble(ab) : 0.0;
        if (rel < 0 || abs < 0) throw PyError.ValueError("tolerances must be non-negative");
        if (x == y) return Py.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return Py.False;
        double diff = Math.Abs(y - x);
        return Py.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
    }

    private static PyObject Rounding(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyInt i) return i.Type == Types.Int ? i : PyInt.From(i.AsBig);
        if (x is not PyFloat && x.Type.Lookup(dunder) is { } m) return Ops.CallDescriptor(m, x, []);
        return FloatToInt(f(ToDouble(x)));
    }

    private static PyObject Trunc(PyObject x)
    {
        if (x is PyFloat f) return FloatToInt(Math.Truncate(f.V));
        if (x.Type.Lookup("__trunc__") is { } m) return Ops.CallDescriptor(m, x, []);
        throw PyError.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
    }

    internal static PyInt FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw PyError.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyError.Overflow("cannot convert float infinity to integer");
        if (d >= -9.2e18 && d <= 9.2e18) return PyInt.From((long)d);
        return PyInt.From(new BigInteger(d));
    }
}
