using System.Numerics;
using System.Runtime.CompilerServices;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// `int` (and `bool`, whose two instances are PyInts of type bool). Values that fit in a long keep
/// Big null: the fast path of every operation; larger ones carry a BigInteger.
/// </summary>
public class PyInt : PyObject
{
    public readonly long V;
    public readonly BigInteger? Big;

    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] Cache = MakeCache();
    public static readonly PyInt True = new(Types.Bool, 1);
    public static readonly PyInt False = new(Types.Bool, 0);

    private static PyInt[] MakeCache()
    {
        var c = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(Types.Int, i + CacheMin);
        return c;
    }

    public PyInt(PyType type, long v) : base(type) { V = v; }
    public PyInt(PyType type, BigInteger b) : base(type)
    {
        if (b >= long.MinValue && b <= long.MaxValue) V = (long)b;
        else
        {
            Big = b;
            Hosting.Allocation.Charge(this, (long)(b.GetBitLength() / 8));
        }
    }

    public bool IsBig => Big.HasValue;
    public BigInteger AsBig => Big ?? V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v) =>
        (ulong)(v - CacheMin) <= CacheMax - CacheMin ? Cache[v - CacheMin] : new PyInt(Types.Int, v);

    public static PyInt From(BigInteger b) =>
        b >= long.MinValue && b <= long.MaxValue ? From((long)b) : new PyInt(Types.Int, b);

    public static PyInt From(int v) => From((long)v);

    /// <summary>The value as a C# int, or OverflowError with CPython's message.</summary>
    public int ToInt32()
    {
        if (Big.HasValue || V > int.MaxValue || V < int.MinValue)
            throw PyError.Overflow("Python int too large to convert to C int");
        return (int)V;
    }

    /// <summary>The value as a C# long (Py_ssize_t), or OverflowError.</summary>
    public long ToInt64()
    {
        if (Big.HasValue) throw PyError.Overflow("Python int too large to convert to C ssize_t");
        return V;
    }

    public double ToDouble() => Big.HasValue ? BigToDouble(Big.Value) : V;

    /// <summary>
    /// The nearest double (ties to even) as CPython's PyLong_AsDouble, or OverflowError: .NET's
    /// BigInteger-to-double conversion truncates (float(10**308) would print 9.999999999999998e+307).
    /// </summary>
    public static double BigToDouble(BigInteger x)
    {
        var a = BigInteger.Abs(x);
        long extra = (long)a.GetBitLength() - 53;
        double d;
        if (extra <= 0) d = (double)a;
        else
        {
            var mant = a >> (int)extra;
            var rest = a & ((BigInteger.One << (int)extra) - 1);
            var half = BigInteger.One << (int)(extra - 1);
            if (rest > half || (rest == half && !mant.IsEven)) mant += 1;
            d = extra > 2000 ? double.PositiveInfinity : Math.ScaleB((double)mant, (int)extra);
        }
        if (double.IsInfinity(d)) throw PyError.Overflow("int too large to convert to float");
        return x.Sign < 0 ? -d : d;
    }

    public bool IsZero => !Big.HasValue && V == 0;

    public int Sign => Big.HasValue ? Big.Value.Sign : Math.Sign(V);

    public string ToDecimalString()
    {
        if (!Big.HasValue) return V.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int limit = ThreadState.CurrentOrNull?.Interp.IntMaxStrDigits ?? 4300;
        // Cheap pre-check on the bit length (log10(2) ~ 0.30103) before the quadratic conversion.
        if (limit > 0 && (long)(BigInteger.Abs(Big.Value).GetBitLength() * 0.30103) > limit)
            throw PyError.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        var s = Big.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (s[0] == '-' ? 1 : 0) > limit)
            throw PyError.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }
}
