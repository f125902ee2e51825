using System.Numerics;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>int.to_bytes and int.from_bytes (two's complement when signed).</summary>
public static partial class IntMethods
{
    private static bool LittleEndian(PyObject? order, string fname)
    {
        if (order == null) return false;
        if (order is not PyStr s) throw PyError.TypeError($"{fname}() argument 'byteorder' must be str, not {order.Type.Name}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyError.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    private static void TooManyPositional(string fname, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos > 2) throw PyError.TypeError($"{fname}() takes at most 2 positional arguments ({npos} given)");
    }

    private static PyObject ToBytes(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        TooManyPositional("to_bytes", args, kw);
        var a = ArgCheck.Bind("to_bytes", args, kw, ["length", "byteorder", "signed"], 0, kwOnlyFrom: 2);
        long length = a[0] == null ? 1 : Ops.Index(a[0]!) is var l && l.IsBig
            ? (l.Sign < 0 ? -1 : throw PyError.Overflow("Python int too large to convert to C ssize_t")) : Ops.Index(a[0]!).V;
        bool little = LittleEndian(a[1], "to_bytes");
        bool signed = a[2] != null && Ops.IsTrue(a[2]!);
        if (length < 0) throw PyError.ValueError("length argument must be non-negative");
        BigInteger v = ((PyInt)self).AsBig;
        if (v.Sign < 0 && !signed) throw PyError.Overflow("can't convert negative int to unsigned");
        // Fits when -2^(8n-1) <= v < 2^(8n-1) (signed) or v < 2^(8n) (unsigned).
        long bits = signed ? (v.Sign < 0 ? (-(v + 1)).GetBitLength() + 1 : v.GetBitLength() + 1) : v.GetBitLength();
        if (bits > length * 8) throw PyError.Overflow("int too big to convert");
        if (length > int.MaxValue / 2) throw PyError.MemoryError();
        var result = new byte[length];
        byte[] raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        byte fill = v.Sign < 0 ? (byte)0xff : (byte)0;
        for (int i = 0; i < length; i++) result[i] = i < raw.Length ? raw[i] : fill;
        if (!little) Array.Reverse(result);
        return new PyBytes(result);
    }

    private static PyObject FromBytes(PyObject cls, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        TooManyPositional("from_bytes", args, kw);
        var a = ArgCheck.Bind("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 1, kwOnlyFrom: 2);
        bool little = LittleEndian(a[1], "from_bytes");
        bool signed = a[2] != null && Ops.IsTrue(a[2]!);
        if (a[0] is PyStr or PyInt) throw PyError.TypeError($"cannot convert '{a[0]!.Type.Name}' object to bytes");
        var src = a[0] as PyBytes ?? (PyBytes)Ops.Call(Types.Bytes, a[0]!);
        var v = new BigInteger(src.Span, isUnsigned: !signed, isBigEndian: !little);
        var r = PyInt.From(v);
        return cls == Types.Int ? r : Ops.Call(cls, r);
    }

    private static void RegisterBytes(PyType t)
    {
        t.Method("to_bytes", ToBytes);
        t.ClassMethod("from_bytes", FromBytes);
    }
}
