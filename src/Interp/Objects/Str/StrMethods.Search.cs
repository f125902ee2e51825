using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>str searching and splitting: find/index/count with slice bounds, partition, rsplit, splitlines, affixes.</summary>
public static partial class StrMethods
{
    /// <summary>The `[start:end]` window of find/count/startswith... (None = open end), clamped like a slice.</summary>
    internal static (int start, int end) Window(int len, ReadOnlySpan<PyObject> args, int from)
    {
        long start = 0, end = len;
        if (args.Length > from && args[from] != Py.None) start = Ops.IndexClamped(args[from]);
        if (args.Length > from + 1 && args[from + 1] != Py.None) end = Ops.IndexClamped(args[from + 1]);
        if (start < 0) start = Math.Max(0, start + len);
        if (end < 0) end = Math.Max(0, end + len);
        if (end > len) end = len;
        return ((int)Math.Min(start, int.MaxValue), (int)end);
    }

    private static string Needle(PyObject o, string? fname = null) => o is PyStr s ? s.Value
        : throw PyError.TypeError($"{(fname == null ? "" : fname + "() argument 1 ")}must be str, not {o.Type.Name}");

    /// <summary>The code-point window of find/count/startswith... as unit indices into self.Value.</summary>
    private static (int start, int end, bool empty) UnitWindow(PyStr self, ReadOnlySpan<PyObject> args, int from)
    {
        int len = self.Length;
        var (start, end) = Window(len, args, from);
        if (start > len) return (0, 0, true);
        if (end < start) return (self.ToUnit(start), self.ToUnit(start), true);
        return (self.ToUnit(start), self.ToUnit(end), false);
    }

    /// <summary>find/rfind core, in code points; -1 when absent. An empty needle matches at start only when start &lt;= end.</summary>
    private static int FindIn(PyStr self, ReadOnlySpan<PyObject> args, string fname, bool reverse)
    {
        ArgCheck.Count(fname, args, 1, 3);
        string s = self.Value, sub = Needle(args[0], fname);
        var (start, end, empty) = UnitWindow(self, args, 1);
        if (empty) return -1;
        int i = reverse ? CodePoints.LastIndexOf(s, sub, start, end) : CodePoints.IndexOf(s, sub, start, end);
        return i < 0 ? -1 : self.ToCodePoint(i);
    }

    private static bool AffixWindow(PyStr self, ReadOnlySpan<PyObject> args, string fname, bool start)
    {
        ArgCheck.Count(fname, args, 1, 3);
        var (b, e) = Window(self.Length, args, 1);
        if (b > self.Length) return false;
        int ub = self.ToUnit(b);
        // An inverted window (end < start) matches nothing, not even "".
        return AffixIn(self.Value, ub, e < b ? ub - 1 : self.ToUnit(e), args[0], fname, start);
    }

    private static bool AffixIn(string s, int b, int e, PyObject arg, string fname, bool start)
    {
        if (arg is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (x is not PyStr)
                    throw PyError.TypeError($"tuple for {fname} must only contain str, not {x.Type.Name}");
                if (AffixIn(s, b, e, x, fname, start)) return true;
            }
            return false;
        }
        if (arg is not PyStr p)
            throw PyError.TypeError($"{fname} first arg must be str or a tuple of str, not {arg.Type.Name}");
        string v = p.Value;
        if (e - b < v.Length) return false;
        int at = start ? b : e - v.Length;
        return string.CompareOrdinal(s, at, v, 0, v.Length) == 0
            && (!CodePoints.MayCutPair(v) || !CodePoints.CutsPair(s, at, v.Length));
    }

    private static int CountIn(PyStr self, ReadOnlySpan<PyObject> args)
    {
        ArgCheck.Count("count", args, 1, 3);
        string s = self.Value, sub = Needle(args[0], "count");
        var (start, end) = Window(self.Length, args, 1);
        if (start > self.Length || end < start) return 0;
        if (sub.Length == 0) return end - start + 1;
        int n = 0, pos = self.ToUnit(start), uend = self.ToUnit(end);
        while ((pos = CodePoints.IndexOf(s, sub, pos, uend)) >= 0) { n++; pos += sub.Length; }
        return n;
    }

    private static PyObject Partition(string s, PyObject sepObj, bool reverse)
    {
        string sep = Needle(sepObj);
        if (sep.Length == 0) throw PyError.ValueError("empty separator");
        int i = reverse ? CodePoints.LastIndexOf(s, sep, 0, s.Length) : CodePoints.IndexOf(s, sep, 0, s.Length);
        if (i < 0)
            return reverse ? new PyTuple([PyStr.Empty, PyStr.Empty, PyStr.From(s)]) : new PyTuple([PyStr.From(s), PyStr.Empty, PyStr.Empty]);
        return new PyTuple([PyStr.From(s[..i]), PyStr.From(sep), PyStr.From(s[(i + sep.Length)..])]);
    }

    internal static bool IsPySpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85'
        || (c > 0x7f && char.IsWhiteSpace(c) && c != '\u200b');

    internal static (string? sep, long max) SplitArgs(string fname, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind(fname, args, kw, ["sep", "maxsplit"], 0);
        string? sep = a[0] == null || a[0] == Py.None ? null
            : a[0] is PyStr ps ? ps.Value : throw PyError.TypeError($"must be str or None, not {a[0]!.Type.Name}");
        long max = a[1] == null ? -1 : Ops.Index(a[1]!) is var m && m.IsBig ? (m.Sign < 0 ? -1 : long.MaxValue) : Ops.Index(a[1]!).V;
        return (sep, max);
    }

    public static PyList RSplit(string s, string? sep, long max, Func<char, bool>? isSpace = null)
    {
        isSpace ??= IsPySpace;
        var parts = new List<PyObject>();
        if (sep == null)
        {
            int i = s.Length - 1;
            while (true)
            {
                while (i >= 0 && isSpace(s[i])) i--;
                if (i < 0) break;
                if (max == 0)
                {
                    parts.Add(PyStr.From(s[..(i + 1)]));
                    break;
                }
                int j = i;
                while (j >= 0 && !isSpace(s[j])) j--;
                parts.Add(PyStr.From(s[(j + 1)..(i + 1)]));
                max--;
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0) throw PyError.ValueError("empty separator");
            int end = s.Length;
            while (max != 0)
            {
                int k = CodePoints.LastIndexOf(s, sep, 0, end);
                if (k < 0) break;
                parts.Add(PyStr.From(s[(k + sep.Length)..end]));
                end = k;
                max--;
            }
            parts.Add(PyStr.From(s[..end]));
        }
        parts.Reverse();
        var r = new PyList();
        foreach (var p in parts) r.Append(p);
        return r;
    }

    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    internal static PyList SplitLines(string s, bool keep, bool bytesBreaks = false)
    {
        var r = new PyList();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && !(bytesBreaks ? s[j] is '\n' or '\r' : IsLineBreak(s[j]))) j++;
            int eol = j;
            if (j < s.Length) j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
            r.Append(PyStr.From(s[i..(keep ? j : eol)]));
            i = j;
        }
        return r;
    }

    private static void RegisterSearch(PyType t)
    {
        t.Method("find", (self, args, kw) => { ArgCheck.NoKw("find", kw); return PyInt.From(FindIn((PyStr)self, args, "find", false)); });
        t.Method("rfind", (self, args, kw) => { ArgCheck.NoKw("rfind", kw); return PyInt.From(FindIn((PyStr)self, args, "rfind", true)); });
        t.Method("index", (self, args, kw) =>
        {
            ArgCheck.NoKw("index", kw);
            int i = FindIn((PyStr)self, args, "index", false);
            return i < 0 ? throw PyError.ValueError("substring not found") : PyInt.From(i);
        });
        t.Method("rindex", (self, args, kw) =>
        {
            ArgCheck.NoKw("rindex", kw);
            int i = FindIn((PyStr)self, args, "rindex", true);
            return i < 0 ? throw PyError.ValueError("substring not found") : PyInt.From(i);
        });
        t.Method("count", (self, args, kw) => { ArgCheck.NoKw("count", kw); return PyInt.From(CountIn((PyStr)self, args)); });
        t.Method("startswith", (self, args, kw) => { ArgCheck.NoKw("startswith", kw); return Py.Bool(AffixWindow((PyStr)self, args, "startswith", true)); });
        t.Method("endswith", (self, args, kw) => { ArgCheck.NoKw("endswith", kw); return Py.Bool(AffixWindow((PyStr)self, args, "endswith", false)); });
        t.Method1("partition", (self, sep) => Partition(S(self), sep, false));
        t.Method1("rpartition", (self, sep) => Partition(S(self), sep, true));
        t.Method("split", (self, args, kw) => { var (sep, max) = SplitArgs("split", args, kw); return Split(S(self), sep, max); });
        t.Method("rsplit", (self, args, kw) => { var (sep, max) = SplitArgs("rsplit", args, kw); return RSplit(S(self), sep, max); });
        t.Method("splitlines", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("splitlines", args, kw, ["keepends"], 0);
            return SplitLines(S(self), a[0] != null && Ops.IsTrue(a[0]!));
        });
        t.Method1("removeprefix", (self, p) => p is PyStr ps
            ? (ps.Value.Length > 0 && CodePoints.HasAt(S(self), 0, ps.Value) ? PyStr.From(S(self)[ps.Value.Length..]) : Same(self))
            : throw PyError.TypeError($"removeprefix() argument must be str, not {ArgTypeName(p)}"));
        t.Method1("removesuffix", (self, p) => p is PyStr ps
            ? (ps.Value.Length > 0 && CodePoints.HasAt(S(self), S(self).Length - ps.Value.Length, ps.Value) ? PyStr.From(S(self)[..^ps.Value.Length]) : Same(self))
            : throw PyError.TypeError($"removesuffix() argument must be str, not {ArgTypeName(p)}"));
    }

    /// <summary>An unchanged result: the object itself for exact str, a plain copy for subclasses.</summary>
    private static PyObject Same(PyObject self) => self.Type == Types.Str ? self : PyStr.From(S(self));
}
