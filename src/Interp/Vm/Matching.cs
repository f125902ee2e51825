using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>Runtime support of the match statement (MATCH_CLASS, MATCH_KEYS, ...), as CPython's ceval.</summary>
public static class Matching
{
    public static bool IsMapping(PyObject o) =>
        o is PyDict || o.Type.IsSubtypeOf(Types.Dict) || (o.Type.IsHeap && HasAbcFlag(o.Type, "__match_mapping__"));

    public static bool IsSequence(PyObject o)
    {
        if (o is PyStr || o is PyBytes || o is PyDict) return false;
        if (o is PyList || o is PyTuple || o is PyRange) return true;
        if (o.Type.IsSubtypeOf(Types.List) || o.Type.IsSubtypeOf(Types.Tuple)) return true;
        return o.Type.IsHeap && HasAbcFlag(o.Type, "__match_sequence__");
    }

    // Classes registered with collections.abc set these markers (the stdlib does so).
    private static bool HasAbcFlag(PyType t, string name) => t.Lookup(name) is { } v && Ops.IsTrue(v);

    /// <summary>The values of `keys` in the mapping, or null when one is missing.</summary>
    public static PyTuple? MatchKeys(PyObject subject, PyTuple keys)
    {
        var values = new PyObject[keys.Items.Length];
        var seen = new PySet(Types.Set);
        var get = Ops.GetAttr(subject, "get");
        var dummy = new PyInstance(Types.Object);
        for (int i = 0; i < values.Length; i++)
        {
            var k = keys.Items[i];
            if (seen.Contains(k)) throw PyError.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(k)})");
            seen.Add(k);
            var v = Ops.Call(get, k, dummy);
            if (v == dummy) return null;
            values[i] = v;
        }
        return PyTuple.Of(values);
    }

    /// <summary>The attributes a class pattern extracts, or null when the subject doesn't match.</summary>
    public static PyTuple? MatchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwNames)
    {
        if (clsObj is not PyType cls) throw PyError.TypeError("called match pattern must be a class");
        if (!Ops.IsTrue(Builtins.BuiltinsModule.IsInstance(subject, cls))) return null;
        var result = new List<PyObject>();
        var seen = new HashSet<string>();
        if (nargs > 0)
        {
            var ma = Ops.GetAttrOrNull(cls, "__match_args__");
            if (ma == null)
            {
                if (IsSelfMatching(cls))
                {
                    if (nargs > 1) throw PyError.TypeError($"{cls.Name}() accepts 1 positional sub-pattern ({nargs} given)");
                    result.Add(subject);
                }
                else throw PyError.TypeError($"{cls.Name}() accepts 0 positional sub-patterns ({nargs} given)");
            }
            else
            {
                if (ma is not PyTuple mt) throw PyError.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
                if (nargs > mt.Items.Length)
                    throw PyError.TypeError($"{cls.Name}() accepts {mt.Items.Length} positional sub-pattern{(mt.Items.Length == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    if (mt.Items[i] is not PyStr name)
                        throw PyError.TypeError($"__match_args__ elements must be strings (got {mt.Items[i].Type.Name})");
                    if (!seen.Add(name.Value)) throw PyError.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    var v = Ops.GetAttrOrNull(subject, name.Value);
                    if (v == null) return null;
                    result.Add(v);
                }
            }
        }
        foreach (var kn in kwNames.Items)
        {
            string name = ((PyStr)kn).Value;
            if (!seen.Add(name)) throw PyError.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name}'");
            var v = Ops.GetAttrOrNull(subject, name);
            if (v == null) return null;
            result.Add(v);
        }
        return PyTuple.Of([.. result]);
    }

    private static bool IsSelfMatching(PyType cls)
    {
        foreach (var t in new[] { Types.Bool, Types.ByteArray, Types.Bytes, Types.Dict, Types.Float, Types.FrozenSet,
                     Types.Int, Types.List, Types.Set, Types.Str, Types.Tuple })
            if (cls.IsSubtypeOf(t) && cls.Layout == t) return true;
        return false;
    }
}

/// <summary>Runtime support of `except*`.</summary>
public static class ExceptStar
{
    public static (PyObject match, PyObject rest) Split(PyObject excObj, PyObject type)
    {
        foreach (var t in type is PyTuple tt ? tt.Items : [type])
        {
            if (t is not PyType pt || !pt.IsSubtypeOf(Types.BaseException))
                throw PyError.TypeError("catching classes that do not inherit from BaseException is not allowed");
            if (pt.IsSubtypeOf(Types.BaseExceptionGroup))
                throw PyError.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        var exc = (PyBaseException)excObj;
        if (!exc.Type.IsSubtypeOf(Types.BaseExceptionGroup))
        {
            if (!ThreadState.ExceptionMatches(exc, type)) return (Py.None, exc);
            // A naked exception caught by except* is wrapped in a group.
            // As CPython 3.13: its exceptions are a tuple and it has no traceback of its own.
            var wrapped = (PyBaseException)Ops.Call(Types.BaseExceptionGroup, PyStr.Empty, new PyTuple([exc]));
            return (wrapped, Py.None);
        }
        var (m, r) = ExceptionGroups.Split(exc, type);
        return ((PyObject?)m ?? Py.None, (PyObject?)r ?? Py.None);
    }

    /// <summary>
    /// What an except* statement re-raises (CPython's _PyExc_PrepReraiseStar): the unhandled part of
    /// the original group with its structure kept, plus any exceptions the handlers raised.
    /// </summary>
    public static PyObject PrepReraise(PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return Py.None;
        if (orig is not PyBaseException origExc || !origExc.Type.IsSubtypeOf(Types.BaseExceptionGroup))
            return excs.Items[0];
        var leafIds = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        CollectLeaves(origExc, leafIds);
        var raised = new List<PyObject>();
        var reraisedLeaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var item in excs.Span)
        {
            if (item is not PyBaseException e) continue;
            var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
            CollectLeaves(e, leaves);
            if (leaves.All(leafIds.Contains)) reraisedLeaves.UnionWith(leaves);
            else raised.Add(e);
        }
        PyObject reraisedEg = reraisedLeaves.Count == 0 ? Py.None : (PyObject?)Project(origExc, reraisedLeaves) ?? Py.None;
        if (raised.Count == 0) return reraisedEg;
        // CPython's order: what the handlers raised, then the unhandled rest; a single one is raised as is.
        if (reraisedEg != Py.None) raised.Add(reraisedEg);
        if (raised.Count == 1) return raised[0];
        return Ops.Call(Types.BaseExceptionGroup, PyStr.Empty, new PyList([.. raised]));
    }

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> into)
    {
        if (!e.Type.IsSubtypeOf(Types.BaseExceptionGroup)) { into.Add(e); return; }
        foreach (var x in ExceptionGroups.Exceptions(e).Items)
            if (x is PyBaseException be) CollectLeaves(be, into);
    }

    /// <summary>The sub-group of `eg` whose leaves are in `keep` (structure and metadata kept).</summary>
    private static PyBaseException? Project(PyBaseException eg, HashSet<PyBaseException> keep)
    {
        if (!eg.Type.IsSubtypeOf(Types.BaseExceptionGroup)) return keep.Contains(eg) ? eg : null;
        var parts = new List<PyObject>();
        bool all = true;
        foreach (var x in ExceptionGroups.Exceptions(eg).Items)
        {
            var p = Project((PyBaseException)x, keep);
            if (p != null) parts.Add(p);
            if (!ReferenceEquals(p, x)) all = false;
        }
        if (parts.Count == 0) return null;
        if (all) return eg;
        var derived = (PyBaseException)Ops.Call(Ops.GetAttr(eg, "derive"), new PyList([.. parts]));
        derived.Cause = eg.Cause; derived.Context = eg.Context; derived.Traceback = eg.Traceback;
        if (eg.GetAttrDict("__notes__") is { } notes) derived.SetAttrDict("__notes__", notes);
        return derived;
    }
}
