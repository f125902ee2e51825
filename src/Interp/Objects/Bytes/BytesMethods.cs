using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class BytesMethods
{
    /// <param name="escapeSingle">bytearray's repr escapes `'` even inside double quotes, as CPython's does.</param>
    public static string Repr(ReadOnlySpan<byte> data, bool escapeSingle = false)
    {
        bool hasSingle = data.Contains((byte)'\''), hasDouble = data.Contains((byte)'"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (var b in data)
        {
            if (b == q || b == '\\' || (escapeSingle && b == '\'')) sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) sb.Append($"\\x{b:x2}");
            else sb.Append((char)b);
        }
        return sb.Append(q).ToString();
    }

    public static PyObject Decode(PyBytes b, string encoding, string errors) => Codecs.Decode(b.Span, encoding, errors);

    public static PyObject Encode(string s, string encoding, string errors = "strict") => Codecs.Encode(s, encoding, errors);

    /// <summary>The contents for bytes(...) / bytearray(...): (source, encoding, errors) already bound.</summary>
    internal static byte[] DataFrom(PyObject?[] a, string typeName)
    {
        if (a[1] != null && a[1] is not PyStr) throw PyError.TypeError($"{typeName}() argument 'encoding' must be str, not {a[1]!.Type.Name}");
        if (a[2] != null && a[2] is not PyStr) throw PyError.TypeError($"{typeName}() argument 'errors' must be str, not {a[2]!.Type.Name}");
        var src = a[0];
        if (src == null)
            return a[1] != null ? throw PyError.TypeError("encoding without a string argument")
                : a[2] != null ? throw PyError.TypeError("errors without a string argument") : [];
        if (src is PyStr s)
        {
            if (a[1] == null) throw PyError.TypeError("string argument without an encoding");
            return ((PyBytes)Encode(s.Value, ((PyStr)a[1]!).Value, a[2] is PyStr e ? e.Value : "strict")).Span.ToArray();
        }
        if (a[1] != null) throw PyError.TypeError("encoding without a string argument");
        if (a[2] != null) throw PyError.TypeError("errors without a string argument");
        if (BytesCommon.BufferOf(src) is { } buf) return buf;
        if (src is PyInt || src.Type.Lookup("__index__") != null)
        {
            var n = Ops.Index(src);
            if (n.Sign < 0) throw PyError.ValueError("negative count");
            if (n.IsBig || n.V > int.MaxValue / 2) throw PyError.MemoryError();
            Hosting.Allocation.Reserve(n.V);
            return new byte[n.V];
        }
        if (src.Type.Lookup("__iter__") == null && src.Type.Lookup("__getitem__") == null)
            throw PyError.TypeError($"cannot convert '{src.Type.Name}' object to {typeName}");
        var items = Ops.ToList(src);
        var data = new byte[items.Count];
        for (int i = 0; i < data.Length; i++)
        {
            if (items[i] is not PyInt && items[i].Type.Lookup("__index__") == null)
                throw PyError.TypeError($"'{items[i].Type.Name}' object cannot be interpreted as an integer");
            var v = Ops.Index(items[i]);
            if (v.IsBig || v.V < 0 || v.V > 255)
                throw PyError.ValueError(typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            data[i] = (byte)v.V;
        }
        return data;
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            var a = ArgCheck.Bind("bytes", args, kw, ["source", "encoding", "errors"], 0);
            if (a[0] != null && a[1] == null && a[2] == null && a[0]!.Type.Lookup("__bytes__") is { } conv)
            {
                var r = Ops.CallDescriptor(conv, a[0]!, []);
                if (r is not PyBytes rb || rb.IsMutable) throw PyError.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                return cls == Types.Bytes ? r : new PyBytes(cls, rb.Span.ToArray());
            }
            var data = DataFrom(a, "bytes");
            return cls == Types.Bytes ? (data.Length == 0 ? PyBytes.Empty : new PyBytes(data)) : new PyBytes(cls, data);
        });
        t.Method0("__repr__", self => PyStr.From(Repr(((PyBytes)self).Span)));
        t.Method0("__hash__", self =>
        {
            var h = new HashCode();
            h.AddBytes(((PyBytes)self).Span);
            return PyInt.From(h.ToHashCode());
        });
        BytesCommon.Register(t);
    }
}
