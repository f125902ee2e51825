using System.Numerics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>math: integer functions, sums and products, and the special functions .NET lacks.</summary>
internal static partial class MathModule
{
    private static void RegisterIntegerFunctions(Interpreter interp, Action<string, NativeFn> F)
    {
        F("factorial", (_, a, kw) =>
        {
            OneArg("factorial", a, kw);
            var n = IntArg(a[0]);
            if (n.Sign < 0) throw PyError.ValueError("factorial() not defined for negative values");
            return PyInt.From(Factorial(interp, n.AsBig));
        });
        F("isqrt", (_, a, kw) =>
        {
            OneArg("isqrt", a, kw);
            var n = IntArg(a[0]).AsBig;
            if (n.Sign < 0) throw PyError.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        F("gcd", (_, a, kw) =>
        {
            ArgCheck.NoKw("gcd", kw);
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, IntArg(x).AsBig);
            return PyInt.From(g);
        });
        F("lcm", (_, a, kw) =>
        {
            ArgCheck.NoKw("lcm", kw);
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(IntArg(x).AsBig);
                l = v.IsZero || l.IsZero ? 0 : l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        F("comb", (_, a, kw) =>
        {
            Args("comb", a, kw, 2);
            var n = IntArg(a[0]).AsBig; var k = IntArg(a[1]).AsBig;
            if (n.Sign < 0) throw PyError.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyError.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 1; i <= k; i++)
            {
                r = r * (n - k + i) / i;
                Tick(interp, i);
            }
            return PyInt.From(r);
        });
        F("perm", (_, a, kw) =>
        {
            ArgCheck.NoKw("perm", kw);
            if (a.Length < 1 || a.Length > 2)
                throw PyError.TypeError($"perm expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
            var n = IntArg(a[0]).AsBig;
            if (a.Length == 1 || a[1] == Py.None)
            {
                if (n.Sign < 0) throw PyError.ValueError("factorial() not defined for negative values");
                return PyInt.From(Factorial(interp, n));
            }
            var k = IntArg(a[1]).AsBig;
            if (n.Sign < 0) throw PyError.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyError.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            BigInteger r = 1;
            for (BigInteger i = n - k + 1; i <= n; i++)
            {
                r *= i;
                Tick(interp, i);
            }
            return PyInt.From(r);
        });
    }

    private static PyInt IntArg(PyObject o) =>
        o is PyInt i ? i : o is PyFloat ? throw PyError.TypeError("'float' object cannot be interpreted as an integer") : Ops.Index(o);

    private static BigInteger Factorial(Interpreter interp, BigInteger n)
    {
        BigInteger r = 1;
        for (BigInteger i = 2; i <= n; i++)
        {
            r *= i;
            Tick(interp, i);
        }
        return r;
    }

    /// <summary>Long big-int loops honour the interpreter's budget and cancellation like Python loops do.</summary>
    private static void Tick(Interpreter interp, BigInteger i)
    {
        if ((i & 4095).IsZero) interp.CheckBudget();
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        // Newton's method from an over-estimate converges down to floor(sqrt(n)).
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static double Hypot(ReadOnlySpan<PyObject> a)
    {
        var v = new double[a.Length];
        for (int i = 0; i < a.Length; i++) v[i] = ToDouble(a[i]);
        return VectorNorm(v);
    }

    /// <summary>Euclidean norm scaled by the largest magnitude (no overflow or underflow in the squares).</summary>
    private static double VectorNorm(double[] v)
    {
        double max = 0; bool nan = false;
        foreach (var x in v)
        {
            if (double.IsInfinity(x)) return double.PositiveInfinity;
            if (double.IsNaN(x)) nan = true;
            else max = Math.Max(max, Math.Abs(x));
        }
        if (nan) return double.NaN;
        if (max == 0 || v.Length == 1) return max;
        double sum = 0, comp = 0;
        foreach (var x in v)
        {
            double s = x / max, sq = s * s;
            double t = sum + sq;
            comp += Math.Abs(sum) >= Math.Abs(sq) ? (sum - t) + sq : (sq - t) + sum;
            sum = t;
        }
        return max * Math.Sqrt(sum + comp);
    }

    private static PyObject Dist(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args("dist", a, kw, 2);
        var p = Ops.ToList(a[0]); var q = Ops.ToList(a[1]);
        if (p.Count != q.Count) throw PyError.ValueError("both points must have the same number of dimensions");
        var v = new double[p.Count];
        for (int i = 0; i < v.Length; i++) v[i] = ToDouble(p[i]) - ToDouble(q[i]);
        return new PyFloat(VectorNorm(v));
    }

    /// <summary>Exactly rounded sum: Shewchuk's non-overlapping partials, as CPython's fsum.</summary>
    private static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } item)
        {
            double x = ToDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw PyError.Overflow("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0)
        {
            if (double.IsNaN(infSum)) throw PyError.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = sum, y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0) break;
            }
            // Round half-even across the remaining partials.
            if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)))
            {
                double y = lo * 2, x = sum + y, yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }

    private static PyObject Prod(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var b = ArgCheck.Bind("prod", a, kw, ["iterable", "start"], 1, posOnly: 1, kwOnlyFrom: 1);
        PyObject result = b[1] ?? PyInt.From(1);
        var it = Ops.GetIter(b[0]!);
        while (Ops.Next(it) is { } item) result = Ops.Binary(result, item, Syntax.BinOpKind.Mult);
        return result;
    }

    private static PyObject SumProd(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args("sumprod", a, kw, 2);
        var p = Ops.GetIter(a[0]); var q = Ops.GetIter(a[1]);
        PyObject total = PyInt.From(0);
        while (true)
        {
            var x = Ops.Next(p); var y = Ops.Next(q);
            if (x == null && y == null) return total;
            if (x == null || y == null) throw PyError.ValueError("Inputs are not the same length");
            total = Ops.Binary(total, Ops.Binary(x, y, Syntax.BinOpKind.Mult), Syntax.BinOpKind.Add);
        }
    }

    // ---- special functions ----

    private static double ExpM1(double x) =>
        Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1;

    private static double Log1P(double x)
    {
        // Goldberg's trick: exact for small x because the rounding error of 1+x cancels.
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    private static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) < 1.5) return ErfSeries(x);
        return x > 0 ? 1 - ErfcContinuedFraction(x) : ErfcContinuedFraction(-x) - 1;
    }

    private static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) < 1.5) return 1 - ErfSeries(x);
        return x > 0 ? ErfcContinuedFraction(x) : 2 - ErfcContinuedFraction(-x);
    }

    // erf(x) = 2x/sqrt(pi) * exp(-x^2) * sum 2^k x^(2k) / (1*3*...*(2k+1)).
    private static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0, term = 1;
        for (int k = 0; k < 60; k++)
        {
            acc += term;
            term *= 2 * x2 / (2 * k + 3);
            if (term < acc * 1e-17) { acc += term; break; }
        }
        return 2 * x / Math.Sqrt(Math.PI) * Math.Exp(-x2) * acc;
    }

    // erfc(x) for x >= 1.5 by its continued fraction, evaluated bottom-up.
    private static double ErfcContinuedFraction(double x)
    {
        if (x > 30) return 0;
        double x2 = x * x, a = 0;
        for (int k = 60; k >= 1; k--) a = k / 2.0 / (x + a);
        return Math.Exp(-x2) / Math.Sqrt(Math.PI) / (x + a);
    }

    // Lanczos approximation (g = 7, n = 9), with the reflection formula for x < 0.5.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || (x <= 0 && Math.Floor(x) == x)) return double.NaN;
        if (x == Math.Floor(x) && x <= 171)
        {
            double f = 1;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        if (x > 171.7) return double.PositiveInfinity;
        return Math.Exp(LGammaPositive(x));
    }

    private static double LGammaPositive(double x)
    {
        x -= 1;
        double a = Lanczos[0], t = x + 7.5;
        for (int i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    private static double LGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x <= 0 && Math.Floor(x) == x) return double.NaN;
        if (x == 1 || x == 2) return 0;
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LGamma(1 - x);
        return LGammaPositive(x);
    }
}
