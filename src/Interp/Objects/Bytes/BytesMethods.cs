using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class BytesMethods
{
    public static string Repr(ReadOnlySpan<byte> data)
    {
        bool hasSingle = data.Contains((byte)'\''), hasDouble = data.Contains((byte)'"');
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (var b in data)
        {
            if (b == q || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) sb.Append($"\\x{b:x2}");
            else sb.Append((char)b);
        }
        return sb.Append(q).ToString();
    }

    public static PyObject Decode(PyBytes b, string encoding, string errors)
    {
        var enc = encoding.ToLowerInvariant().Replace('_', '-');
        try
        {
            return enc switch
            {
                "utf-8" or "utf8" => PyStr.From(new UTF8Encoding(false, true).GetString(b.Span)),
                "ascii" => PyStr.From(Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(b.Span)),
                "latin-1" or "latin1" or "iso-8859-1" => PyStr.From(Encoding.Latin1.GetString(b.Span)),
                _ => throw PyError.Make(Types.LookupError, $"unknown encoding: {encoding}"),
            };
        }
        catch (DecoderFallbackException e)
        {
            throw PyError.Make(Types.UnicodeDecodeError, $"'{(enc.StartsWith("utf") ? "utf-8" : enc)}' codec can't decode byte 0x{e.BytesUnknown?[0]:x2} in position {e.Index}: invalid start byte");
        }
    }

    public static PyObject Encode(string s, string encoding)
    {
        var enc = encoding.ToLowerInvariant().Replace('_', '-');
        return enc switch
        {
            "utf-8" or "utf8" => new PyBytes(Encoding.UTF8.GetBytes(s)),
            "ascii" => new PyBytes(EncodeChecked(s, 128, "ascii")),
            "latin-1" or "latin1" or "iso-8859-1" => new PyBytes(EncodeChecked(s, 256, "latin-1")),
            _ => throw PyError.Make(Types.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    private static byte[] EncodeChecked(string s, int limit, string name)
    {
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] >= limit)
                throw PyError.Make(Types.UnicodeEncodeError, $"'{name}' codec can't encode character '\\x{(int)s[i]:x2}' in position {i}: ordinal not in range({limit})");
            r[i] = (byte)s[i];
        }
        return r;
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            if (args.Length == 0) return PyBytes.Empty;
            var a = args[0];
            var conv = a.Type.Lookup("__bytes__");
            if (conv != null)
            {
                var r = Ops.CallDescriptor(conv, a, []);
                if (r is not PyBytes) throw PyError.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                return r;
            }
            if (a is not PyStr && a is not PyInt && a.Type.Lookup("__index__") != null)
            {
                long count = Ops.Index(a).V;
                if (count < 0) throw PyError.ValueError("negative count");
                return new PyBytes(new byte[count]);
            }
            if (a.Type.Lookup("__iter__") == null && a is not PyStr && a is not PyInt && a is not PyBytes)
                throw PyError.TypeError($"cannot convert '{a.Type.Name}' object to bytes");
            if (a is PyStr s)
            {
                if (args.Length < 2) throw PyError.TypeError("string argument without an encoding");
                return Encode(s.Value, ((PyStr)args[1]).Value);
            }
            if (a is PyInt n) return new PyBytes(new byte[n.ToInt32()]);
            if (a is PyBytes pb) return new PyBytes(pb.Span.ToArray());
            var items = Ops.ToList(a);
            var data = new byte[items.Count];
            for (int i = 0; i < data.Length; i++)
            {
                long v = Ops.Index(items[i]).V;
                if (v < 0 || v > 255) throw PyError.ValueError("bytes must be in range(0, 256)");
                data[i] = (byte)v;
            }
            return new PyBytes(data);
        });
        t.Method0("__repr__", self => PyStr.From(Repr(((PyBytes)self).Span)));
        t.Method0("__len__", self => PyInt.From(((PyBytes)self).Length));
        t.Method0("__hash__", self =>
        {
            var h = new HashCode();
            h.AddBytes(((PyBytes)self).Span);
            return PyInt.From(h.ToHashCode());
        });
        t.Binary("__eq__", (a, b) => b is PyBytes bb ? Py.Bool(((PyBytes)a).Span.SequenceEqual(bb.Span)) : Py.NotImplemented);
        t.Binary("__ne__", (a, b) => b is PyBytes bb ? Py.Bool(!((PyBytes)a).Span.SequenceEqual(bb.Span)) : Py.NotImplemented);
        t.Binary("__add__", (a, b) => b is PyBytes bb ? new PyBytes([.. ((PyBytes)a).Span, .. bb.Span]) : Py.NotImplemented);
        t.Method1("__getitem__", (self, key) =>
        {
            var b = (PyBytes)self;
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(b.Length);
                var r = new byte[count];
                for (long i = 0, j = start; i < count; i++, j += step) r[i] = b.Data[j];
                return new PyBytes(r);
            }
            long idx = Ops.SequenceIndex(key, "byte");
            if (idx < 0) idx += b.Length;
            if ((ulong)idx >= (ulong)b.Length) throw PyError.IndexError("index out of range");
            return PyInt.From(b.Data[idx]);
        });
        t.Method0("__iter__", self => new PyArrayIterator(Types.BytesIterator, ((PyBytes)self).Span.ToArray().Select(x => (PyObject)PyInt.From(x)).ToArray()));
        t.Method("decode", (self, args, kw) => Decode((PyBytes)self, args.Length > 0 ? ((PyStr)args[0]).Value : "utf-8", "strict"));
        t.Method0("hex", self => PyStr.From(Convert.ToHexString(((PyBytes)self).Span).ToLowerInvariant()));
    }
}
