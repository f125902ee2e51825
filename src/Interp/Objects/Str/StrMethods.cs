using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>str's core protocol and methods. Other helpers extend this surface in sibling files.</summary>
public static partial class StrMethods
{
    /// <summary>repr(str): CPython picks the quote that avoids escaping and escapes non-printables.</summary>
    public static string Repr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
            else if (char.IsSurrogatePair(s, i))
            {
                if (IsPrintable(s, i)) sb.Append(c).Append(s[i + 1]);
                else sb.Append($"\\U{char.ConvertToUtf32(s, i):x8}");
                i++;
            }
            else if (c >= 0x80 && !IsPrintable(s, i)) sb.Append(c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        sb.Append(q);
        return sb.ToString();
    }

    internal static bool IsPrintable(string s, int i)
    {
        // A pair is one non-BMP character, classified as a whole; a lone surrogate is not printable.
        if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])) i--;
        if (char.IsSurrogate(s[i]) && !char.IsSurrogatePair(s, i)) return false;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(s, i);
        return cat switch
        {
            System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse => false,
            System.Globalization.UnicodeCategory.SpaceSeparator => s[i] == ' ',
            _ => true,
        };
    }

    private static string S(PyObject o) => ((PyStr)o).Value;

    /// <summary>The type named in argument errors: CPython says "None" rather than "NoneType".</summary>
    private static string ArgTypeName(PyObject o) => o == Py.None ? "None" : o.Type.Name;

    private static string ArgStr(PyObject o, string fname) =>
        o is PyStr s ? s.Value : throw PyError.TypeError($"{fname} arg must be None or str");

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            var a = ArgCheck.Bind("str", args, kw, ["object", "encoding", "errors"], 0);
            PyObject r;
            if (a[0] == null) r = PyStr.Empty;
            else if (a[1] != null || a[2] != null)
            {
                if (a[0] is not PyBytes b) throw PyError.TypeError($"decoding to str: need a bytes-like object, {a[0]!.Type.Name} found");
                r = BytesMethods.Decode(b, a[1] is PyStr e ? e.Value : "utf-8", a[2] is PyStr er ? er.Value : "strict");
            }
            else r = Ops.Str(a[0]!);
            return cls == Types.Str ? r : new PyStr(cls, ((PyStr)r).Value);
        });
        t.Method0("__repr__", self => PyStr.From(Repr(S(self))));
        t.Method0("__str__", self => self.Type == Types.Str ? self : PyStr.From(S(self)));
        t.Method0("__hash__", self => PyInt.From(((PyStr)self).Hash()));
        t.Method0("__len__", self => PyInt.From(((PyStr)self).Length));
        t.Method0("__iter__", self => new PyStrIterator(S(self)));
        t.Method1("__contains__", (self, o) => o is PyStr sub ? Py.Bool(Contains(S(self), sub.Value))
            : throw PyError.TypeError($"'in <string>' requires string as left operand, not {o.Type.Name}"));
        t.Binary("__add__", (a, b) => b is PyStr sb ? PyStr.From(S(a) + sb.Value) : Py.NotImplemented);
        t.Binary("__mul__", (a, b) => Repeat(S(a), b));
        t.Binary("__rmul__", (a, b) => Repeat(S(a), b));
        t.Binary("__mod__", (a, b) => Builtins.Formatting.PercentFormat(S(a), b));
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.Binary(cmp[i], (a, b) => b is PyStr sb ? Py.Bool(Ops.CompareResult(CodePoints.Compare(S(a), sb.Value), op)) : Py.NotImplemented);
        }
        t.Method1("__getitem__", (self, key) => GetItem((PyStr)self, key));
        t.Method("__format__", (self, args, kw) =>
            ((PyStr)args[0]).Value.Length == 0 ? Ops.Str(self) : Builtins.Formatting.FormatStr(S(self), ((PyStr)args[0]).Value));
        t.Method("strip", (self, args, kw) => Strip(self, args, "strip", true, true));
        t.Method("lstrip", (self, args, kw) => Strip(self, args, "lstrip", true, false));
        t.Method("rstrip", (self, args, kw) => Strip(self, args, "rstrip", false, true));
        t.Method1("join", (self, it) =>
        {
            if (it.Type.Lookup("__iter__") == null && it.Type.Lookup("__getitem__") == null)
                throw PyError.TypeError("can only join an iterable");
            var items = Ops.ToList(it);
            var sb = new StringBuilder();
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyStr ps)
                    throw PyError.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
                if (i > 0) sb.Append(S(self));
                sb.Append(ps.Value);
            }
            return PyStr.From(sb.ToString());
        });
        t.Method("replace", (self, args, kw) => Replace(self, args, kw));
        t.Method("format", (self, args, kw) => Builtins.Formatting.StrFormat(S(self), args, kw));
        t.Method1("format_map", (self, m) => Builtins.Formatting.StrFormatMap(S(self), m));
        RegisterSearch(t);
        RegisterText(t);
        t.Method("encode", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("encode", args, kw, ["encoding", "errors"], 0);
            string enc = a[0] == null ? "utf-8" : a[0] is PyStr e ? e.Value
                : throw PyError.TypeError($"encode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            string err = a[1] == null ? "strict" : a[1] is PyStr r ? r.Value
                : throw PyError.TypeError($"encode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            return Codecs.Encode(S(self), enc, err);
        });
    }

    /// <summary>s[key] in code points: O(1) on an all-BMP string, a binary search over its pairs otherwise.</summary>
    public static PyObject GetItem(PyStr self, PyObject key)
    {
        string s = self.Value;
        if (key is PyInt ki && !ki.IsBig && self.PairCount == 0)
        {
            // All-BMP string, int index: the unit is the character.
            long i = ki.V < 0 ? ki.V + s.Length : ki.V;
            if ((ulong)i >= (ulong)s.Length) throw PyError.IndexError("string index out of range");
            return PyStr.From(s[(int)i]);
        }
        int len = self.Length;
        if (key is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(len);
            if (step == 1) return PyStr.From(self.Slice((int)start, (int)(start + count)));
            var sb = new StringBuilder((int)count);
            if (self.IsSimple)
                for (long i = 0, j = start; i < count; i++, j += step) sb.Append(s[(int)j]);
            else
            {
                var cps = CodePoints.ToArray(s);
                for (long i = 0, j = start; i < count; i++, j += step) CodePoints.Append(sb, cps[j]);
            }
            return PyStr.From(sb.ToString());
        }
        if (key is not PyInt && key.Type.Lookup("__index__") == null)
            throw PyError.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        long idx = Ops.SequenceIndex(key, "string");
        if (idx < 0) idx += len;
        if ((ulong)idx >= (ulong)len) throw PyError.IndexError("string index out of range");
        return self.CharAt((int)idx);
    }

    /// <summary>`sub in s`: an ordinal search that never matches half of a surrogate pair.</summary>
    public static bool Contains(string s, string sub) => CodePoints.IndexOf(s, sub, 0, s.Length) >= 0;

    private static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> args, string fname, bool left, bool right)
    {
        ArgCheck.Count(fname, args, 0, 1);
        string s = S(self);
        string? chars = args.Length > 0 && args[0] != Py.None ? ArgStr(args[0], fname) : null;
        int i = 0, j = s.Length;
        if (chars != null && (CodePoints.HasSurrogates(s) || CodePoints.HasSurrogates(chars)))
        {
            // Whole code points: a pair in s is stripped only when chars holds that character.
            var set = new HashSet<int>(CodePoints.ToArray(chars));
            if (left) while (i < j && set.Contains(CodePoints.At(s, i))) i += CodePoints.Width(s, i);
            if (right)
                while (j > i)
                {
                    int k = j >= 2 && char.IsSurrogatePair(s[j - 2], s[j - 1]) ? j - 2 : j - 1;
                    if (!set.Contains(CodePoints.At(s, k))) break;
                    j = k;
                }
        }
        else
        {
            // Whitespace is all BMP, so a unit-wise scan never strips half a pair.
            bool Strippable(char c) => chars == null ? IsPySpace(c) : chars.Contains(c);
            if (left) while (i < j && Strippable(s[i])) i++;
            if (right) while (j > i && Strippable(s[j - 1])) j--;
        }
        return i == 0 && j == s.Length ? Same(self) : PyStr.From(s[i..j]);
    }

    private static PyObject Replace(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind("replace", args, kw, ["old", "new", "count"], 2, posOnly: 2);
        string s = S(self);
        string old = a[0] is PyStr o ? o.Value : throw PyError.TypeError($"replace() argument 1 must be str, not {a[0]!.Type.Name}");
        string nw = a[1] is PyStr n ? n.Value : throw PyError.TypeError($"replace() argument 2 must be str, not {a[1]!.Type.Name}");
        long count = a[2] == null ? -1 : Ops.Index(a[2]!) is var c && c.IsBig ? (c.Sign < 0 ? -1 : long.MaxValue) : Ops.Index(a[2]!).V;
        if (count < 0) count = long.MaxValue;
        if (count == 0) return Same(self);
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            // An empty pattern matches before every character and at the end.
            int k = 0;
            for (; k <= s.Length && count > 0; count--)
            {
                sb.Append(nw);
                if (k == s.Length) { k++; break; }
                int w = CodePoints.Width(s, k);
                sb.Append(s, k, w);
                k += w;
            }
            if (k <= s.Length) sb.Append(s, k, s.Length - k);
            return PyStr.From(sb.ToString());
        }
        int pos = 0;
        while (count-- > 0)
        {
            int i = CodePoints.IndexOf(s, old, pos, s.Length);
            if (i < 0) break;
            sb.Append(s, pos, i - pos).Append(nw);
            pos = i + old.Length;
        }
        if (pos == 0) return Same(self);
        return PyStr.From(sb.Append(s, pos, s.Length - pos).ToString());
    }

    private static PyObject Repeat(string s, PyObject n)
    {
        if (ListMethods.AsCount(n) is not { } i) return Py.NotImplemented;
        long k = i.IsBig ? (i.Sign < 0 ? 0 : throw PyError.Overflow("cannot fit 'int' into an index-sized integer")) : i.V;
        if (k <= 0 || s.Length == 0) return PyStr.Empty;
        if (k * s.Length > int.MaxValue / 2) throw PyError.MemoryError();
        Hosting.Allocation.Reserve(2L * s.Length * k);
        var sb = new StringBuilder(s.Length * (int)k);
        for (long j = 0; j < k; j++) sb.Append(s);
        return PyStr.From(sb.ToString());
    }

    public static PyList Split(string s, string? sep, long max, Func<char, bool>? isSpace = null)
    {
        isSpace ??= IsPySpace;
        var result = new PyList();
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && isSpace(s[i])) i++;
                if (i >= n) break;
                if (max == 0) { result.Append(PyStr.From(s[i..])); break; }
                int j = i;
                while (j < n && !isSpace(s[j])) j++;
                result.Append(PyStr.From(s[i..j]));
                max--;
                i = j;
            }
            return result;
        }
        if (sep.Length == 0) throw PyError.ValueError("empty separator");
        int pos = 0;
        while (max != 0)
        {
            int k = CodePoints.IndexOf(s, sep, pos, s.Length);
            if (k < 0) break;
            result.Append(PyStr.From(s[pos..k]));
            pos = k + sep.Length;
            max--;
        }
        result.Append(PyStr.From(s[pos..]));
        return result;
    }
}
