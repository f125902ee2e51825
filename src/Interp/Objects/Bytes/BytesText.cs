using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>bytes/bytearray: sequence protocol, comparisons, ASCII case and classes, hex.</summary>
internal static class BytesText
{
    private static PyBytes B(PyObject o) => (PyBytes)o;
    private static bool Lower(byte b) => b is >= (byte)'a' and <= (byte)'z';
    private static bool Upper(byte b) => b is >= (byte)'A' and <= (byte)'Z';
    private static bool Alpha(byte b) => Lower(b) || Upper(b);
    private static bool Digit(byte b) => b is >= (byte)'0' and <= (byte)'9';
    private static byte ToUpper(byte b) => Lower(b) ? (byte)(b - 32) : b;
    private static byte ToLower(byte b) => Upper(b) ? (byte)(b + 32) : b;

    private static PyObject Map(PyObject self, Func<byte, byte> f)
    {
        var src = B(self).Span;
        var r = new byte[src.Length];
        for (int i = 0; i < r.Length; i++) r[i] = f(src[i]);
        return BytesCommon.Result(self, r);
    }

    private static PyObject Title(PyObject self, bool onlyFirst)
    {
        var r = B(self).Span.ToArray();
        bool prevCased = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte c = r[i];
            r[i] = onlyFirst ? (i == 0 ? ToUpper(c) : ToLower(c)) : prevCased ? ToLower(c) : ToUpper(c);
            prevCased = Alpha(c);
        }
        return BytesCommon.Result(self, r);
    }

    private static PyObject All(PyObject self, Func<byte, bool> pred)
    {
        var s = B(self).Span;
        if (s.Length == 0) return Py.False;
        foreach (var b in s) if (!pred(b)) return Py.False;
        return Py.True;
    }

    private static bool IsTitle(ReadOnlySpan<byte> s)
    {
        bool cased = false, prev = false;
        foreach (var c in s)
        {
            if (Upper(c)) { if (prev) return false; prev = cased = true; }
            else if (Lower(c)) { if (!prev) return false; prev = cased = true; }
            else prev = false;
        }
        return cased;
    }

    /// <summary>bytes.hex(sep, bytes_per_sep): separators are counted from the right unless bytes_per_sep is negative.</summary>
    public static string Hex(ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind("hex", args, kw, ["sep", "bytes_per_sep"], 0);
        string hex = Convert.ToHexString(data).ToLowerInvariant();
        if (a[0] == null) return hex;
        string sep = a[0] is PyStr ps ? ps.Value : a[0] is PyBytes pb ? BytesCommon.Latin1(pb.Span)
            : throw PyError.TypeError("sep must be str or bytes.");
        if (sep.Length != 1) throw PyError.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw PyError.ValueError("sep must be ASCII.");
        long per = a[1] == null ? 1 : Ops.Index(a[1]!).V;
        if (per == 0 || data.Length == 0) return hex;
        long n = Math.Abs(per);
        var sb = new StringBuilder();
        for (int i = 0; i < data.Length; i++)
        {
            // Group boundaries: from the left when per < 0, otherwise from the right.
            bool boundary = i > 0 && (per < 0 ? i % n == 0 : (data.Length - i) % n == 0);
            if (boundary) sb.Append(sep);
            sb.Append(hex, 2 * i, 2);
        }
        return sb.ToString();
    }

    public static byte[] FromHex(PyObject arg)
    {
        if (arg is not PyStr ps) throw PyError.TypeError($"fromhex() argument must be str, not {arg.Type.Name}");
        string s = ps.Value;
        var r = new List<byte>();
        int i = 0;
        while (i < s.Length)
        {
            if (BytesCommon.IsAsciiSpace(s[i])) { i++; continue; }
            int hi = HexVal(s[i]), lo = i + 1 < s.Length ? HexVal(s[i + 1]) : -1;
            if (hi < 0) throw PyError.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (lo < 0) throw PyError.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return r.ToArray();
    }

    private static int HexVal(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => a.SequenceCompareTo(b);

    public static void Register(PyType t)
    {
        t.Method0("upper", self => Map(self, ToUpper));
        t.Method0("lower", self => Map(self, ToLower));
        t.Method0("swapcase", self => Map(self, b => Upper(b) ? ToLower(b) : ToUpper(b)));
        t.Method0("title", self => Title(self, false));
        t.Method0("capitalize", self => Title(self, true));
        t.Method0("isalpha", self => All(self, Alpha));
        t.Method0("isdigit", self => All(self, Digit));
        t.Method0("isalnum", self => All(self, b => Alpha(b) || Digit(b)));
        t.Method0("isspace", self => All(self, b => BytesCommon.IsAsciiSpace((char)b)));
        t.Method0("isascii", self => Py.Bool(!B(self).Span.ContainsAnyInRange((byte)0x80, (byte)0xff)));
        t.Method0("islower", self => { var s = B(self).Span; return Py.Bool(s.IndexOfAnyInRange((byte)'a', (byte)'z') >= 0 && s.IndexOfAnyInRange((byte)'A', (byte)'Z') < 0); });
        t.Method0("isupper", self => { var s = B(self).Span; return Py.Bool(s.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0 && s.IndexOfAnyInRange((byte)'a', (byte)'z') < 0); });
        t.Method0("istitle", self => Py.Bool(IsTitle(B(self).Span)));
        t.Method("hex", (self, args, kw) => PyStr.From(Hex(B(self).Span, args, kw)));
        t.ClassMethod("fromhex", (cls, args, kw) =>
        {
            ArgCheck.Count("fromhex", args, 1, 1);
            var data = FromHex(args[0]);
            var type = (PyType)cls;
            if (type == Types.Bytes) return new PyBytes(data);
            if (type == Types.ByteArray) return new PyBytes(Types.ByteArray, data);
            return Ops.Call(type, new PyBytes(data));
        });
        t.Method0("__len__", self => PyInt.From(B(self).Length));
        t.Method("decode", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("decode", args, kw, ["encoding", "errors"], 0);
            string enc = a[0] == null ? "utf-8" : a[0] is PyStr e ? e.Value
                : throw PyError.TypeError($"decode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            string err = a[1] == null ? "strict" : a[1] is PyStr r ? r.Value
                : throw PyError.TypeError($"decode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            return BytesMethods.Decode(B(self), enc, err);
        });
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.Binary(cmp[i], (a, b) => b is PyBytes bb ? Py.Bool(Ops.CompareResult(Compare(B(a).Span, bb.Span), op)) : Py.NotImplemented);
        }
        t.Binary("__add__", (a, b) => BytesCommon.BufferOf(b) is { } d ? BytesCommon.Result(a, [.. B(a).Span, .. d])
            : throw PyError.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}"));
        t.Binary("__mod__", (a, args) => BytesCommon.Result(a, System.Text.Encoding.Latin1.GetBytes(
            ((PyStr)Builtins.Formatting.PercentFormat(BytesCommon.Latin1(B(a).Span), args, bytesMode: true)).Value)));
        t.Binary("__mul__", (a, n) => Repeat(a, n));
        t.Binary("__rmul__", (a, n) => Repeat(a, n));
        t.Method1("__contains__", (self, x) =>
        {
            var hay = BytesCommon.Latin1(B(self).Span);
            if (x is PyInt || (x is not PyBytes && x.Type.Lookup("__index__") != null))
            {
                var i = Ops.Index(x);
                if (i.IsBig || i.V < 0 || i.V > 255) throw PyError.ValueError("byte must be in range(0, 256)");
                return Py.Bool(hay.Contains((char)i.V));
            }
            return Py.Bool(hay.Contains(BytesCommon.Latin1(BytesCommon.Buffer(x)), StringComparison.Ordinal));
        });
        t.Method1("__getitem__", (self, key) =>
        {
            var b = B(self);
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(b.Length);
                var r = new byte[count];
                for (long i = 0, j = start; i < count; i++, j += step) r[i] = b.Data[j];
                return BytesCommon.Result(self, r);
            }
            long idx = Ops.SequenceIndex(key, "byte");
            if (idx < 0) idx += b.Length;
            if ((ulong)idx >= (ulong)b.Length)
                throw PyError.IndexError(b.IsMutable ? "bytearray index out of range" : "index out of range");
            return PyInt.From(b.Data[idx]);
        });
        t.Method0("__iter__", self => new PyArrayIterator(Types.BytesIterator, B(self).Span.ToArray().Select(x => (PyObject)PyInt.From(x)).ToArray()));
    }

    private static PyObject Repeat(PyObject self, PyObject n)
    {
        if (ListMethods.AsCount(n) is not { } i) return Py.NotImplemented;
        long k = i.IsBig ? (i.Sign < 0 ? 0 : throw PyError.MemoryError()) : i.V;
        var src = B(self).Span;
        if (k <= 0 || src.Length == 0) return BytesCommon.Result(self, []);
        if (k * src.Length > int.MaxValue / 2) throw PyError.MemoryError();
        Hosting.Allocation.Reserve(k * src.Length);
        var r = new byte[k * src.Length];
        for (long j = 0; j < k; j++) src.CopyTo(r.AsSpan((int)(j * src.Length)));
        return BytesCommon.Result(self, r);
    }
}
