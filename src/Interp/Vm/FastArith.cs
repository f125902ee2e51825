using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// BINARY_OP and COMPARE_OP on exact `int` (that fits a long) and exact `float`, before any dunder
/// dispatch. Each returns null (or -1) for "not handled here": the caller then takes Ops' general
/// path, which raises the errors (ZeroDivisionError...) and handles overflow into big ints.
/// In-place operators take the same path: int and float are immutable, so `a += b` is `a + b`.
/// </summary>
internal static class FastArith
{
    /// <summary>Ints up to 2**53 convert to float exactly, so mixed arithmetic and comparisons agree with CPython.</summary>
    private const long ExactInDouble = 1L << 53;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Binary(PyObject a, PyObject b, BinOpKind op)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (ta == Types.Int)
        {
            var ia = (PyInt)a;
            if (ia.IsBig) return null;
            if (tb == Types.Int)
            {
                var ib = (PyInt)b;
                return ib.IsBig ? null : IntOp(ia.V, ib.V, op);
            }
            if (tb == Types.Float && ia.V <= ExactInDouble && ia.V >= -ExactInDouble)
                return FloatOp(ia.V, ((PyFloat)b).V, op);
            return null;
        }
        if (ta == Types.Float)
        {
            double x = ((PyFloat)a).V;
            if (tb == Types.Float) return FloatOp(x, ((PyFloat)b).V, op);
            if (tb == Types.Int)
            {
                var ib = (PyInt)b;
                if (!ib.IsBig && ib.V <= ExactInDouble && ib.V >= -ExactInDouble) return FloatOp(x, ib.V, op);
            }
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? IntOp(long x, long y, BinOpKind op)
    {
        long r;
        switch (op)
        {
            case BinOpKind.Add:
                r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.From(r);
            case BinOpKind.Sub:
                r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.From(r);
            case BinOpKind.Mult:
            {
                long hi = Math.BigMul(x, y, out r);
                return hi != (r >> 63) ? null : PyInt.From(r);
            }
            case BinOpKind.FloorDiv:
            {
                if (y == 0 || (y == -1 && x == long.MinValue)) return null;
                long q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                return PyInt.From(q);
            }
            case BinOpKind.Mod:
            {
                if (y == 0) return null;
                if (y == -1) return PyInt.From(0);
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                return PyInt.From(r);
            }
            case BinOpKind.Div:
                if (y == 0 || x > ExactInDouble || x < -ExactInDouble || y > ExactInDouble || y < -ExactInDouble) return null;
                return new PyFloat((double)x / y);
            case BinOpKind.BitAnd: return PyInt.From(x & y);
            case BinOpKind.BitOr: return PyInt.From(x | y);
            case BinOpKind.BitXor: return PyInt.From(x ^ y);
            case BinOpKind.RShift:
                if (y < 0) return null;
                return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
            case BinOpKind.LShift:
                // Only when no bit is lost: (x << y) >> y must give x back.
                if (y < 0 || y >= 63) return x == 0 && y >= 0 ? PyInt.From(0) : null;
                r = x << (int)y;
                return (r >> (int)y) != x ? null : PyInt.From(r);
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? FloatOp(double x, double y, BinOpKind op)
    {
        switch (op)
        {
            case BinOpKind.Add: return new PyFloat(x + y);
            case BinOpKind.Sub: return new PyFloat(x - y);
            case BinOpKind.Mult: return new PyFloat(x * y);
            case BinOpKind.Div: return y == 0 ? null : new PyFloat(x / y);
            case BinOpKind.Pow:
            {
                // A positive finite base with a finite result: C's pow() as CPython calls it, no
                // error possible. Negative bases (complex results), zero bases and overflows take
                // the general path, which raises as CPython does.
                if (!(x > 0) || !double.IsFinite(x) || !double.IsFinite(y)) return null;
                double r = Math.Pow(x, y);
                return double.IsFinite(r) ? new PyFloat(r) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// CPython's ZeroDivisionError message when exact int/float operands divide by zero, else null:
    /// the loop raises it as Python state, without a .NET exception.
    /// </summary>
    public static string? ZeroDivisionMessage(PyObject a, PyObject b, BinOpKind op)
    {
        if (op is not (BinOpKind.Div or BinOpKind.FloorDiv or BinOpKind.Mod)) return null;
        bool aFloat = a.Type == Types.Float, bFloat = b.Type == Types.Float;
        if (!(aFloat || a.Type == Types.Int) || !(bFloat || b.Type == Types.Int)) return null;
        bool zero = bFloat ? ((PyFloat)b).V == 0 : ((PyInt)b).IsZero;
        if (!zero) return null;
        if (aFloat || bFloat)
            return op switch { BinOpKind.Div => "float division by zero", BinOpKind.FloorDiv => "float floor division by zero", _ => "float modulo by zero" };
        return op switch { BinOpKind.Div => "division by zero", BinOpKind.FloorDiv => "integer division or modulo by zero", _ => "integer modulo by zero" };
    }

    /// <summary>1 true, 0 false, -1 not handled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (ta == Types.Int)
        {
            var ia = (PyInt)a;
            if (ia.IsBig) return -1;
            if (tb == Types.Int)
            {
                var ib = (PyInt)b;
                return ib.IsBig ? -1 : Ops.CompareResult(ia.V.CompareTo(ib.V), op) ? 1 : 0;
            }
            if (tb == Types.Float && ia.V <= ExactInDouble && ia.V >= -ExactInDouble)
                return FloatCompare(ia.V, ((PyFloat)b).V, op);
            return -1;
        }
        if (ta == Types.Float)
        {
            double x = ((PyFloat)a).V;
            if (tb == Types.Float) return FloatCompare(x, ((PyFloat)b).V, op);
            if (tb == Types.Int)
            {
                var ib = (PyInt)b;
                if (!ib.IsBig && ib.V <= ExactInDouble && ib.V >= -ExactInDouble) return FloatCompare(x, ib.V, op);
            }
        }
        return -1;
    }

    // NaN compares false except `!=`: the plain IEEE operators give exactly Python's answers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FloatCompare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y ? 1 : 0,
        CompareOp.Le => x <= y ? 1 : 0,
        CompareOp.Eq => x == y ? 1 : 0,
        CompareOp.Ne => x != y ? 1 : 0,
        CompareOp.Gt => x > y ? 1 : 0,
        _ => x >= y ? 1 : 0,
    };
}
