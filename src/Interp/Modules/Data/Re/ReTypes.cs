using System.Text;
using System.Text.RegularExpressions;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>re.Pattern and re.Match: process-wide immutable types (instances belong to an interpreter).</summary>
internal static class ReTypes
{
    public static readonly PyType Pattern = Make("Pattern", RegisterPattern);
    public static readonly PyType Match = Make("Match", RegisterMatch);

    private static PyType Make(string name, Action<PyType> register)
    {
        var t = new PyType(Types.Type, name, [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("re");
        register(t);
        t.IsImmutable = true;
        return t;
    }

    private static readonly string[] PosNames = ["string", "pos", "endpos"];

    /// <summary>
    /// The subject and the clamped [pos, endpos) window, as CPython's state_init computes it: Pos and
    /// End in code points (what Python sees), UPos and UEnd the same bounds in UTF-16 units (what the
    /// engine matches over).
    /// </summary>
    private readonly record struct Win(string Text, PyStr? Map, int Pos, int End, int UPos, int UEnd);

    private static Win Window(PyPattern p, PyObject?[] a)
    {
        string text = ReText.Subject(p, a[0]!);
        var map = ReText.CodePointMap(a[0]!);
        int len = map?.Length ?? text.Length;
        long pos = a[1] == null ? 0 : Ops.IndexClamped(a[1]!);
        long end = a[2] == null ? long.MaxValue : Ops.IndexClamped(a[2]!);
        int cpPos = (int)Math.Clamp(pos, 0, len), cpEnd = (int)Math.Clamp(end, 0, len);
        return new Win(text, map, cpPos, cpEnd, map?.ToUnit(cpPos) ?? cpPos, map?.ToUnit(cpEnd) ?? cpEnd);
    }

    private static PyObject MatchAt(PyPattern p, PyObject?[] a, Func<RegexSet, Regex> which)
    {
        var w = Window(p, a);
        if (w.End < w.Pos) return Py.None;
        var m = ReText.Run(() => which(p.Rx.For(w.Map != null)).Match(w.Text[..w.UEnd], w.UPos));
        return m.Success ? new PyMatch(p, m, a[0]!, w.Text, w.Map, w.Pos, w.End) : Py.None;
    }

    /// <summary>Successive non-overlapping matches (empty ones included, as Python 3.7+ finds them).</summary>
    public static IEnumerable<Match> All(PyPattern p, string text, int pos, int end, bool wide)
    {
        if (end < pos) yield break;
        var m = ReText.Run(() => p.Rx.For(wide).Search.Match(text[..end], pos));
        while (m.Success)
        {
            yield return m;
            var cur = m;
            m = ReText.Run(cur.NextMatch);
        }
    }

    private static void RegisterPattern(PyType t)
    {
        t.Method("search", (self, args, kw) => MatchAt((PyPattern)self, ArgCheck.Bind("search", args, kw, PosNames, 1), r => r.Search));
        t.Method("match", (self, args, kw) => MatchAt((PyPattern)self, ArgCheck.Bind("match", args, kw, PosNames, 1), r => r.Anchored));
        t.Method("fullmatch", (self, args, kw) => MatchAt((PyPattern)self, ArgCheck.Bind("fullmatch", args, kw, PosNames, 1), r => r.Full));
        t.Method("findall", (self, args, kw) =>
        {
            var p = (PyPattern)self;
            var w = Window(p, ArgCheck.Bind("findall", args, kw, PosNames, 1));
            var list = new PyList();
            int groups = p.Rx.Groups;
            foreach (var m in All(p, w.Text, w.UPos, w.UEnd, w.Map != null))
            {
                PyObject Grp(int i) => m.Groups[i].Success ? ReText.Make(m.Groups[i].Value, p.IsBytes) : ReText.Make("", p.IsBytes);
                if (groups == 0) list.Append(Grp(0));
                else if (groups == 1) list.Append(Grp(1));
                else
                {
                    var items = new PyObject[groups];
                    for (int i = 0; i < groups; i++) items[i] = Grp(i + 1);
                    list.Append(new PyTuple(items));
                }
            }
            return list;
        });
        t.Method("finditer", (self, args, kw) =>
        {
            var p = (PyPattern)self;
            var a = ArgCheck.Bind("finditer", args, kw, PosNames, 1);
            var w = Window(p, a);
            var items = All(p, w.Text, w.UPos, w.UEnd, w.Map != null).Select(m => (PyObject)new PyMatch(p, m, a[0]!, w.Text, w.Map, w.Pos, w.End)).ToList();
            return Ops.GetIter(new PyList([.. items]));
        });
        t.Method("sub", (self, args, kw) => Sub((PyPattern)self, ArgCheck.Bind("sub", args, kw, ["repl", "string", "count"], 2), false));
        t.Method("subn", (self, args, kw) => Sub((PyPattern)self, ArgCheck.Bind("subn", args, kw, ["repl", "string", "count"], 2), true));
        t.Method("split", (self, args, kw) =>
        {
            var p = (PyPattern)self;
            var a = ArgCheck.Bind("split", args, kw, ["string", "maxsplit"], 1);
            string text = ReText.Subject(p, a[0]!);
            bool wide = ReText.CodePointMap(a[0]!) != null;
            long max = a[1] == null ? 0 : Ops.IndexClamped(a[1]!);
            var list = new PyList();
            int last = 0, n = 0;
            if (max >= 0)
                foreach (var m in All(p, text, 0, text.Length, wide))
                {
                    if (max > 0 && n >= max) break;
                    list.Append(ReText.Make(text[last..m.Index], p.IsBytes));
                    for (int i = 1; i <= p.Rx.Groups; i++)
                        list.Append(m.Groups[i].Success ? ReText.Make(m.Groups[i].Value, p.IsBytes) : Py.None);
                    last = m.Index + m.Length;
                    n++;
                }
            list.Append(ReText.Make(text[last..], p.IsBytes));
            return list;
        });
        t.Getter("pattern", self => ((PyPattern)self).Source);
        t.Getter("flags", self => PyInt.From(((PyPattern)self).Rx.Flags));
        t.Getter("groups", self => PyInt.From(((PyPattern)self).Rx.Groups));
        t.Getter("groupindex", self =>
        {
            var d = new PyDict();
            foreach (var (name, i) in ((PyPattern)self).Rx.GroupIndex.OrderBy(kv => kv.Value)) d.Set(name, PyInt.From(i));
            return d;
        });
        t.Method0("__repr__", self => PyStr.From(Repr((PyPattern)self)));
        t.Binary("__eq__", (a, b) => b is PyPattern pb && a is PyPattern pa
            ? Py.Bool(pa.Rx.Flags == pb.Rx.Flags && pa.IsBytes == pb.IsBytes && Ops.EqBool(pa.Source, pb.Source)) : Py.NotImplemented);
        t.Method0("__hash__", self => PyInt.From(Ops.Hash(((PyPattern)self).Source) ^ ((PyPattern)self).Rx.Flags));
        t.Method0("__copy__", self => self);
        t.Method1("__deepcopy__", (self, memo) => self);
    }

    private static readonly string[] FlagNames =
        ["re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"];

    private static string Repr(PyPattern p)
    {
        string src = Ops.ReprString(p.Source);
        if (src.Length > 200) src = src[..200];
        int flags = p.Rx.Flags;
        // str patterns always carry UNICODE unless ASCII: CPython leaves the implied flag out.
        if (!p.IsBytes && (flags & (int)(PyReFlags.Locale | PyReFlags.Unicode | PyReFlags.Ascii)) == (int)PyReFlags.Unicode)
            flags &= ~(int)PyReFlags.Unicode;
        if (flags == 0) return $"re.compile({src})";
        var names = new List<string>();
        for (int bit = 1; bit < FlagNames.Length; bit++)
            if ((flags & (1 << bit)) != 0) { names.Add(FlagNames[bit]); flags &= ~(1 << bit); }
        if (flags != 0) names.Add($"0x{flags:x}");
        return $"re.compile({src}, {string.Join("|", names)})";
    }

    private static PyObject Sub(PyPattern p, PyObject?[] a, bool withCount)
    {
        var repl = a[0]!;
        string text = ReText.Subject(p, a[1]!);
        var map = ReText.CodePointMap(a[1]!);
        long count = a[2] == null ? 0 : Ops.IndexClamped(a[2]!);
        ReTemplate? tpl = null;
        bool callable = false;
        if (repl is PyStr || repl is PyBytes)
        {
            if (p.IsBytes != repl is PyBytes)
                throw PyError.TypeError(p.IsBytes ? $"expected a bytes-like object, {repl.Type.Name} found" : $"expected str instance, {repl.Type.Name} found");
            tpl = ReModule.ParseTemplate(p, repl);
        }
        else if (Ops.IsCallable(repl)) callable = true;
        else throw PyError.TypeError(p.IsBytes ? $"expected a bytes-like object, {repl.Type.Name} found" : $"decoding to str: need a bytes-like object, {repl.Type.Name} found");
        var sb = new StringBuilder();
        int last = 0, n = 0;
        foreach (var m in All(p, text, 0, text.Length, map != null))
        {
            if (count > 0 && n >= count) break;
            sb.Append(text, last, m.Index - last);
            var pm = new PyMatch(p, m, a[1]!, text, map, 0, map?.Length ?? text.Length);
            if (callable)
            {
                var r = Ops.Call(repl, pm);
                if (r is PyStr rs && !p.IsBytes) sb.Append(rs.Value);
                else if (r is PyBytes rb && p.IsBytes) sb.Append(Encoding.Latin1.GetString(rb.Span));
                else if (r != Py.None)
                    throw PyError.TypeError(p.IsBytes ? $"expected a bytes-like object, {r.Type.Name} found" : $"expected str instance, {r.Type.Name} found");
            }
            else tpl!.Expand(sb, pm);
            last = m.Index + m.Length;
            n++;
        }
        sb.Append(text, last, text.Length - last);
        var result = ReText.Make(sb.ToString(), p.IsBytes);
        return withCount ? PyTuple.Of(result, PyInt.From(n)) : result;
    }

    // ---- Match -------------------------------------------------------------------------

    private static PyObject Group(PyMatch m, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return m.Value(0, Py.None);
        if (args.Length == 1) return m.Value(m.Index(args[0]), Py.None);
        var items = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) items[i] = m.Value(m.Index(args[i]), Py.None);
        return new PyTuple(items);
    }

    private static int GroupArg(PyMatch m, ReadOnlySpan<PyObject> args, string name)
    {
        ArgCheck.Count(name, args, 0, 1);
        return args.Length == 0 ? 0 : m.Index(args[0]);
    }

    private static void RegisterMatch(PyType t)
    {
        t.Method("group", (self, args, kw) => { ArgCheck.NoKw("group", kw); return Group((PyMatch)self, args); });
        t.Method1("__getitem__", (self, g) => { var m = (PyMatch)self; return m.Value(m.Index(g), Py.None); });
        t.Method("groups", (self, args, kw) =>
        {
            var m = (PyMatch)self;
            var dflt = ArgCheck.Bind("groups", args, kw, ["default"], 0)[0] ?? Py.None;
            var items = new PyObject[m.Pattern.Rx.Groups];
            for (int i = 0; i < items.Length; i++) items[i] = m.Value(i + 1, dflt);
            return new PyTuple(items);
        });
        t.Method("groupdict", (self, args, kw) =>
        {
            var m = (PyMatch)self;
            var dflt = ArgCheck.Bind("groupdict", args, kw, ["default"], 0)[0] ?? Py.None;
            var d = new PyDict();
            foreach (var (name, i) in m.Pattern.Rx.GroupIndex.OrderBy(kv => kv.Value)) d.Set(name, m.Value(i, dflt));
            return d;
        });
        t.Method("start", (self, args, kw) => { var m = (PyMatch)self; return PyInt.From(m.Span(GroupArg(m, args, "start")).Start); });
        t.Method("end", (self, args, kw) => { var m = (PyMatch)self; return PyInt.From(m.Span(GroupArg(m, args, "end")).End); });
        t.Method("span", (self, args, kw) =>
        {
            var m = (PyMatch)self;
            var (s, e) = m.Span(GroupArg(m, args, "span"));
            return PyTuple.Of(PyInt.From(s), PyInt.From(e));
        });
        t.Method1("expand", (self, template) =>
        {
            var m = (PyMatch)self;
            var sb = new StringBuilder();
            ReModule.ParseTemplate(m.Pattern, template).Expand(sb, m);
            return ReText.Make(sb.ToString(), m.Pattern.IsBytes);
        });
        t.Getter("string", self => ((PyMatch)self).Subject);
        t.Getter("re", self => ((PyMatch)self).Pattern);
        t.Getter("pos", self => PyInt.From(((PyMatch)self).Pos));
        t.Getter("endpos", self => PyInt.From(((PyMatch)self).EndPos));
        t.Getter("lastindex", self => LastIndex((PyMatch)self) is int li and > 0 ? PyInt.From(li) : Py.None);
        t.Getter("lastgroup", self =>
        {
            var m = (PyMatch)self;
            return LastIndex(m) is int li and > 0 && m.Pattern.Rx.GroupNames[li] is { } n ? PyStr.From(n) : Py.None;
        });
        t.Getter("regs", self =>
        {
            var m = (PyMatch)self;
            var items = new PyObject[m.Pattern.Rx.Groups + 1];
            for (int i = 0; i < items.Length; i++)
            {
                var (s, e) = m.Span(i);
                items[i] = PyTuple.Of(PyInt.From(s), PyInt.From(e));
            }
            return new PyTuple(items);
        });
        t.Method0("__repr__", self =>
        {
            var m = (PyMatch)self;
            var (s, e) = m.Span(0);
            return PyStr.From($"<re.Match object; span=({s}, {e}), match={Ops.ReprString(m.Value(0, Py.None))}>");
        });
        t.Method0("__copy__", self => self);
        t.Method1("__deepcopy__", (self, memo) => self);
    }

    /// <summary>
    /// The group that closed last: the one ending furthest right; at equal ends an enclosing group
    /// closes after the groups inside it, otherwise the later group does.
    /// </summary>
    private static int LastIndex(PyMatch m)
    {
        int best = 0, bestEnd = -1;
        var parents = m.Pattern.Rx.GroupParents;
        for (int i = 1; i <= m.Pattern.Rx.Groups; i++)
        {
            var g = m.M.Groups[i];
            if (!g.Success) continue;
            int end = g.Index + g.Length;
            if (end > bestEnd || (end == bestEnd && !Encloses(parents, best, i))) { best = i; bestEnd = end; }
        }
        return best;
    }

    private static bool Encloses(int[] parents, int outer, int inner)
    {
        for (int p = parents[inner]; p != 0; p = parents[p])
            if (p == outer) return true;
        return false;
    }
}
