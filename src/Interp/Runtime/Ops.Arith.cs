using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

public static partial class Ops
{
    private static readonly string[] BinNames =
        ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__",
         "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"];
    private static readonly string[] BinRNames =
        ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__",
         "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"];
    private static readonly string[] BinINames =
        ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__",
         "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"];
    public static readonly string[] BinSymbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];

    /// <summary>`a op b` with int and float fast paths before dunder dispatch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Binary(PyObject a, PyObject b, BinOpKind op)
    {
        if (a.Type == Types.Int && b.Type == Types.Int)
        {
            var r = IntMethods.FastBinary((PyInt)a, (PyInt)b, op);
            if (r != null) return r;
        }
        else if (a.Type == Types.Float && b.Type == Types.Float)
        {
            var r = FloatMethods.FastBinary(((PyFloat)a).V, ((PyFloat)b).V, op);
            if (r != null) return r;
        }
        return BinarySlow(a, b, op, null);
    }

    /// <summary>`a op= b`: __iop__ first, then the binary operator.</summary>
    public static PyObject InPlace(PyObject a, PyObject b, BinOpKind op)
    {
        if ((a.Type == Types.Int && b.Type == Types.Int) || (a.Type == Types.Float && b.Type == Types.Float))
            return Binary(a, b, op);
        if (a is PyList l && a.Type == Types.List && op == BinOpKind.Add)
        {
            ListMethods.Extend(l, b);
            return a;
        }
        var f = a.Type.Lookup(BinINames[(int)op]);
        if (f != null)
        {
            var r = CallDescriptor(f, a, [b]);
            if (r != Py.NotImplemented) return r;
        }
        return BinarySlow(a, b, op, "=");
    }

    private static PyObject BinarySlow(PyObject a, PyObject b, BinOpKind op, string? inplaceSuffix)
    {
        ThreadState.EnsureStack();
        var ta = a.Type; var tb = b.Type;
        var fa = ta.Lookup(BinNames[(int)op]);
        PyObject? fb = null;
        if (tb != ta)
        {
            fb = tb.Lookup(BinRNames[(int)op]);
            // The right operand goes first when its type is a subclass that overrides the reflected method.
            if (fb != null && tb.IsSubtypeOf(ta) && fb != ta.Lookup(BinRNames[(int)op]))
            {
                var r = CallDescriptor(fb, b, [a]);
                if (r != Py.NotImplemented) return r;
                fb = null;
            }
        }
        if (fa != null)
        {
            var r = CallDescriptor(fa, a, [b]);
            if (r != Py.NotImplemented) return r;
        }
        if (fb != null)
        {
            var r = CallDescriptor(fb, b, [a]);
            if (r != Py.NotImplemented) return r;
        }
        throw BinaryUnsupported(ta, tb, op, inplaceSuffix);
    }

    /// <summary>
    /// For `a op b` (BINARY_OP's arg: the operator, plus 16 for the in-place form), the Python
    /// function the loop may run in a frame of its own, as BinarySlow would call it: both operands
    /// of one class (so no reflected method goes first or after) whose `__op__` is a plain
    /// function, and no `__iop__` for the in-place form. Null: take the general path.
    /// </summary>
    internal static PyFunction? InlineBinaryDunder(PyObject a, PyObject b, int arg)
    {
        var t = a.Type;
        if (!ReferenceEquals(t, b.Type) || !t.IsHeap) return null;
        int op = arg & 15;
        if (arg >= 16 && t.Lookup(BinINames[op]) != null) return null;
        return t.Lookup(BinNames[op]) is PyFunction f && !f.Code.IsGenerator ? f : null;
    }

    /// <summary>The TypeError of `a op b` when no method answered (CPython's wording per operator).</summary>
    internal static PyError BinaryUnsupported(PyType ta, PyType tb, BinOpKind op, string? inplaceSuffix)
    {
        // Sequences report concatenation and repetition errors the way their sq_ slots do.
        if (op == BinOpKind.Add && IsConcatSequence(ta))
            return PyError.TypeError(ta.IsSubtypeOf(Types.Str) ? $"can only concatenate str (not \"{tb.Name}\") to str"
                : $"can only concatenate {SeqName(ta)} (not \"{tb.Name}\") to {SeqName(ta)}");
        if (op == BinOpKind.Mult && (IsConcatSequence(ta) || IsConcatSequence(tb)))
        {
            var other = IsConcatSequence(ta) ? tb : ta;
            if (other.Lookup("__index__") == null)
                return PyError.TypeError($"can't multiply sequence by non-int of type '{other.Name}'");
        }
        string sym = BinSymbols[(int)op] + (inplaceSuffix ?? "");
        if (op == BinOpKind.Pow && inplaceSuffix == null) sym = "** or pow()";
        return PyError.TypeError($"unsupported operand type(s) for {sym}: '{ta.Name}' and '{tb.Name}'");
    }

    private static bool IsConcatSequence(PyType t) =>
        t.IsSubtypeOf(Types.Str) || t.IsSubtypeOf(Types.List) || t.IsSubtypeOf(Types.Tuple) || t.IsSubtypeOf(Types.Bytes) || t.IsSubtypeOf(Types.ByteArray);

    private static string SeqName(PyType t) =>
        t.IsSubtypeOf(Types.List) ? "list" : t.IsSubtypeOf(Types.Tuple) ? "tuple" : t.IsSubtypeOf(Types.ByteArray) ? "bytearray" : "bytes";

    public static PyObject Negative(PyObject a) => Unary(a, "__neg__", "unary -");
    public static PyObject Positive(PyObject a) => Unary(a, "__pos__", "unary +");
    public static PyObject Invert(PyObject a) => Unary(a, "__invert__", "unary ~");

    private static PyObject Unary(PyObject a, string name, string what)
    {
        if (a.Type == Types.Int && name == "__neg__")
        {
            var i = (PyInt)a;
            if (!i.IsBig && i.V != long.MinValue) return PyInt.From(-i.V);
        }
        var f = a.Type.Lookup(name) ?? throw PyError.TypeError($"bad operand type for {what}: '{a.Type.Name}'");
        return CallDescriptor(f, a, []);
    }

    // ---- comparisons -----------------------------------------------------------------------
    private static readonly string[] CmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly CompareOp[] Swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    public static readonly string[] CmpSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a.Type == Types.Int && b.Type == Types.Int)
        {
            var ia = (PyInt)a; var ib = (PyInt)b;
            int c = ia.IsBig || ib.IsBig ? ia.AsBig.CompareTo(ib.AsBig) : ia.V.CompareTo(ib.V);
            return Py.Bool(CompareResult(c, op));
        }
        if (a.Type == Types.Float && b.Type == Types.Float)
            return Py.Bool(FloatMethods.Compare(((PyFloat)a).V, ((PyFloat)b).V, op));
        if (a.Type == Types.Str && b.Type == Types.Str)
            return Py.Bool(CompareResult(CodePoints.Compare(((PyStr)a).Value, ((PyStr)b).Value), op));
        if (a.Type == Types.Tuple && b.Type == Types.Tuple)
        {
            // tuple.__lt__ and friends without the method call (sorting by tuple keys lives here).
            ThreadState.EnsureStack("in comparison");
            return Seq.Compare(((PyTuple)a).Items, ((PyTuple)b).Items, op);
        }

        ThreadState.EnsureStack("in comparison");
        var ta = a.Type; var tb = b.Type;
        bool checkedReflected = false;
        if (ta != tb && tb.IsSubtypeOf(ta) && tb.Lookup(CmpNames[(int)Swapped[(int)op]]) is { } rf
            && rf != ta.Lookup(CmpNames[(int)Swapped[(int)op]]))
        {
            checkedReflected = true;
            var r = CallDescriptor(rf, b, [a]);
            if (r != Py.NotImplemented) return r;
        }
        var f = ta.Lookup(CmpNames[(int)op]);
        if (f != null)
        {
            var r = CallDescriptor(f, a, [b]);
            if (r != Py.NotImplemented) return r;
        }
        if (!checkedReflected)
        {
            var g = tb.Lookup(CmpNames[(int)Swapped[(int)op]]);
            if (g != null)
            {
                var r = CallDescriptor(g, b, [a]);
                if (r != Py.NotImplemented) return r;
            }
        }
        if (op == CompareOp.Eq) return Py.Bool(ReferenceEquals(a, b));
        if (op == CompareOp.Ne) return Py.Bool(!ReferenceEquals(a, b));
        throw PyError.TypeError($"'{CmpSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>
    /// `a &lt; b` as a bool (sorting, min/max): exact ints, floats and strs compared directly, exact
    /// tuples item by item as tuple.__lt__ does, without making bool objects; the rest by RichCompare.
    /// </summary>
    public static bool LessThan(PyObject a, PyObject b)
    {
        var t = a.Type;
        if (ReferenceEquals(t, b.Type))
        {
            if (t == Types.Int)
            {
                var ia = (PyInt)a; var ib = (PyInt)b;
                if (!ia.IsBig && !ib.IsBig) return ia.V < ib.V;
            }
            else if (t == Types.Str) return CodePoints.Compare(((PyStr)a).Value, ((PyStr)b).Value) < 0;
            else if (t == Types.Float) return ((PyFloat)a).V < ((PyFloat)b).V;
            else if (t == Types.Tuple) return TupleLessThan(((PyTuple)a).Items, ((PyTuple)b).Items);
        }
        return IsTrue(RichCompare(a, b, CompareOp.Lt));
    }

    private static bool TupleLessThan(PyObject[] a, PyObject[] b)
    {
        ThreadState.EnsureStack("in comparison");
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i]) || EqBool(a[i], b[i])) continue;
            return LessThan(a[i], b[i]);
        }
        return a.Length < b.Length;
    }
}
