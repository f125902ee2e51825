using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// The surface bytes and bytearray share. The byte-for-byte algorithms (search, split, pad, replace...)
/// reuse str's implementation on Latin-1 strings, where each char is one byte, so the two types cannot
/// drift apart; whitespace, case and character classes are ASCII-only for bytes and done here.
/// </summary>
public static class BytesCommon
{
    internal static PyBytes B(PyObject o) => (PyBytes)o;

    internal static string Latin1(ReadOnlySpan<byte> b) => Encoding.Latin1.GetString(b);

    /// <summary>A result of the same family as self: bytearray methods return bytearrays.</summary>
    internal static PyBytes Result(PyObject self, byte[] data) =>
        self.Type.IsSubtypeOf(Types.ByteArray) ? new PyBytes(Types.ByteArray, data) : new PyBytes(data);

    internal static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>The bytes of a bytes-like argument, or null.</summary>
    internal static byte[]? BufferOf(PyObject o) => o switch
    {
        PyBytes b => b.Span.ToArray(),
        PyMemoryView m => m.ToArray(),
        _ => null,
    };

    internal static byte[] Buffer(PyObject o) =>
        BufferOf(o) ?? throw PyError.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static PyStr ToStr(PyObject o) => PyStr.From(Latin1(Buffer(o)));

    /// <summary>Turns str results of the shared algorithms back into bytes of self's family.</summary>
    private static PyObject Back(PyObject self, PyObject r)
    {
        switch (r)
        {
            case PyStr s:
                return Result(self, Encoding.Latin1.GetBytes(s.Value));
            case PyList l:
                var nl = new PyList();
                foreach (var x in l.Span) nl.Append(Back(self, x));
                return nl;
            case PyTuple t:
                return new PyTuple(t.Items.Select(x => Back(self, x)).ToArray());
            default:
                return r;
        }
    }

    private static PyObject CallStr(string name, PyObject self, PyObject[] args, string[]? kw) =>
        ((PyMethodDescriptor)Types.Str.Attrs[name]).Fn(PyStr.From(Latin1(B(self).Span)), args, kw);

    /// <summary>A needle for find/count/index: an int in range(256) or a bytes-like object.</summary>
    private static PyObject Needle(PyObject o)
    {
        if (o is PyInt || (o is not PyBytes && o.Type.Lookup("__index__") != null))
        {
            var i = Ops.Index(o);
            if (i.IsBig || i.V < 0 || i.V > 255) throw PyError.ValueError("byte must be in range(0, 256)");
            return PyStr.From((char)i.V);
        }
        return BufferOf(o) is { } b ? PyStr.From(Latin1(b))
            : throw PyError.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    private static PyObject Affix(PyObject o, string fname)
    {
        if (o is PyTuple t)
            return new PyTuple(t.Items.Select(x => BufferOf(x) is { } b ? (PyObject)PyStr.From(Latin1(b))
                : throw PyError.TypeError($"a bytes-like object is required, not '{x.Type.Name}'")).ToArray());
        return BufferOf(o) is { } d ? PyStr.From(Latin1(d))
            : throw PyError.TypeError($"{fname} first arg must be bytes or a tuple of bytes, not {o.Type.Name}");
    }

    /// <summary>Registers a method that converts argument `which` with `conv` and runs str's algorithm.</summary>
    private static void Via(PyType t, string name, Func<PyObject, PyObject>? conv, params int[] which)
    {
        t.Method(name, (self, args, kw) =>
        {
            var a = args.ToArray();
            int npos = a.Length - (kw?.Length ?? 0);
            foreach (int i in which)
                if (i < npos && a[i] != Py.None) a[i] = (conv ?? ToStr)(a[i]);
            return Back(self, CallStr(name, self, a, kw));
        });
    }

    public static void Register(PyType t)
    {
        foreach (var n in new[] { "find", "rfind", "count" }) Via(t, n, Needle, 0);
        foreach (var (n, find) in new[] { ("index", "find"), ("rindex", "rfind") })
            t.Method(n, (self, args, kw) =>
            {
                ArgCheck.NoKw(n, kw);
                ArgCheck.Count(n, args, 1, 3);
                var a = args.ToArray();
                a[0] = Needle(a[0]);
                var r = (PyInt)CallStr(find, self, a, null);
                return r.V < 0 ? throw PyError.ValueError("subsection not found") : r;
            });
        Via(t, "startswith", o => Affix(o, "startswith"), 0);
        Via(t, "endswith", o => Affix(o, "endswith"), 0);
        foreach (var n in new[] { "partition", "rpartition", "removeprefix", "removesuffix" }) Via(t, n, null, 0);
        Via(t, "replace", null, 0, 1);
        t.Method("splitlines", (self, args, kw) =>
        {
            // bytes break lines only at \n, \r and \r\n, not at str's \v, \f, \x1c... \x85.
            var a = ArgCheck.Bind("splitlines", args, kw, ["keepends"], 0);
            return Back(self, StrMethods.SplitLines(Latin1(B(self).Span), a[0] != null && Ops.IsTrue(a[0]!), bytesBreaks: true));
        });
        Via(t, "expandtabs", null);
        Via(t, "zfill", null);
        foreach (var n in new[] { "ljust", "rjust", "center" })
            t.Method(n, (self, args, kw) =>
            {
                var a = args.ToArray();
                if (a.Length > 1)
                {
                    if (a[1] is not PyBytes f || f.Length != 1)
                        throw PyError.TypeError($"{n}() argument 2 must be a byte string of length 1, not {a[1].Type.Name}");
                    a[1] = PyStr.From((char)f.Span[0]);
                }
                return Back(self, CallStr(n, self, a, kw));
            });
        foreach (var n in new[] { "split", "rsplit" })
            t.Method(n, (self, args, kw) =>
            {
                var a = ArgCheck.Bind(n, args, kw, ["sep", "maxsplit"], 0);
                string? sep = a[0] == null || a[0] == Py.None ? null : Latin1(Buffer(a[0]!));
                long max = a[1] == null ? -1 : Ops.Index(a[1]!) is var m && m.IsBig ? (m.Sign < 0 ? -1 : long.MaxValue) : Ops.Index(a[1]!).V;
                string s = Latin1(B(self).Span);
                return Back(self, n == "split" ? StrMethods.Split(s, sep, max, IsAsciiSpace) : StrMethods.RSplit(s, sep, max, IsAsciiSpace));
            });
        foreach (var n in new[] { "strip", "lstrip", "rstrip" })
            t.Method(n, (self, args, kw) =>
            {
                ArgCheck.NoKw(n, kw);
                ArgCheck.Count(n, args, 0, 1);
                var chars = args.Length == 0 || args[0] == Py.None ? PyStr.From(" \t\n\r\v\f") : ToStr(args[0]);
                return Back(self, CallStr(n, self, [chars], null));
            });
        t.Method1("join", (self, it) =>
        {
            var items = Ops.ToList(it);
            var sep = B(self).Span.ToArray();
            var r = new List<byte>();
            for (int i = 0; i < items.Count; i++)
            {
                var b = BufferOf(items[i])
                    ?? throw PyError.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                if (i > 0) r.AddRange(sep);
                r.AddRange(b);
            }
            return Result(self, r.ToArray());
        });
        t.Method("translate", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("translate", args, kw, ["table", "delete"], 1, posOnly: 1);
            byte[]? table = a[0] == Py.None ? null : Buffer(a[0]!);
            if (table != null && table.Length != 256) throw PyError.ValueError("translation table must be 256 characters long");
            var del = a[1] == null ? [] : Buffer(a[1]!);
            var r = new List<byte>();
            foreach (var b in B(self).Span)
                if (Array.IndexOf(del, b) < 0) r.Add(table == null ? b : table[b]);
            return Result(self, r.ToArray());
        });
        t.Attrs["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", (self, args, kw) =>
        {
            ArgCheck.Count("maketrans", args, 2, 2);
            byte[] from = Buffer(args[0]), to = Buffer(args[1]);
            if (from.Length != to.Length) throw PyError.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return new PyBytes(table);
        }, t, t.Name));
        BytesText.Register(t);
    }
}
