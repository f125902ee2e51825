using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// A Python type. Builtin types are created once per process, filled by their *Methods.Register
/// function and then frozen (immutable, shared by every interpreter). Heap types (classes made by
/// Python code) belong to the interpreter that ran the class statement.
/// </summary>
public sealed class PyType : PyObject
{
    public string Name;
    public string QualName;
    public PyType[] Bases;
    public PyType[] Mro = [];
    /// <summary>The type attributes in definition order (a Dictionary keeps insertion order until a removal).</summary>
    public readonly Dictionary<string, PyObject> Attrs = new();
    /// <summary>The builtin type whose C# class holds the instances (object for plain classes).</summary>
    public PyType Layout;
    public bool IsHeap;
    public bool IsImmutable;
    public bool IsBaseType = true;
    /// <summary>Heap classes give instances a `__dict__` (unless `__slots__` says otherwise).</summary>
    public bool HasInstanceDict;
    /// <summary>Bumped on every change to this type or a base, so caches keyed by it stay valid.</summary>
    public int Version;
    /// <summary>The VM's memo of how `Cls(...)` runs (Vm/Calls.cs), checked against Version and Mro on each use.</summary>
    internal object? ConstructPlan;
    private List<WeakReference<PyType>>? _subclasses;

    internal PyType(PyType? metatype, string name, PyType[] bases) : base(metatype!)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Layout = this;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    private int _gaVersion = -1;
    private PyObject? _ga;

    /// <summary>Lookup("__getattribute__"), cached until this type or a base changes.</summary>
    public PyObject? GetAttributeSlot
    {
        get
        {
            if (_gaVersion != Version) { _ga = Lookup("__getattribute__"); _gaVersion = Version; }
            return _ga;
        }
    }

    /// <summary>Finds an attribute along the MRO without invoking descriptors (CPython's _PyType_Lookup).</summary>
    public PyObject? Lookup(string name)
    {
        // Frozen builtin types: one probe of the MRO flattened once (shared by every thread, never
        // written after publication). Heap classes: results, misses included, memoised per name
        // until Version or the MRO changes (a class is used under its interpreter's lock). Other
        // types (native types still being built) walk the MRO every time.
        if (IsImmutable)
        {
            var flat = Volatile.Read(ref _flat) ?? Flatten();
            return flat.TryGetValue(name, out var f) ? f : null;
        }
        if (IsHeap)
        {
            if (_memoVersion != Version || !ReferenceEquals(_memoMro, Mro) || _memo == null)
            {
                (_memo ??= new Dictionary<string, PyObject?>()).Clear();
                _memoVersion = Version;
                _memoMro = Mro;
            }
            if (_memo.TryGetValue(name, out var m)) return m;
            var found = WalkMro(name);
            _memo[name] = found;
            return found;
        }
        return WalkMro(name);
    }

    private PyObject? WalkMro(string name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].Attrs.TryGetValue(name, out var v)) return v;
        return null;
    }

    private Dictionary<string, PyObject>? _flat;
    private Dictionary<string, PyObject?>? _memo;
    private int _memoVersion;
    private PyType[]? _memoMro;

    private Dictionary<string, PyObject> Flatten()
    {
        var flat = new Dictionary<string, PyObject>();
        for (int i = Mro.Length - 1; i >= 0; i--)
            foreach (var kv in Mro[i].Attrs) flat[kv.Key] = kv.Value;
        Volatile.Write(ref _flat, flat);
        return flat;
    }

    /// <summary>Like Lookup, also reporting which type along the MRO held the attribute.</summary>
    public PyObject? Lookup(string name, out PyType? owner)
    {
        foreach (var t in Mro)
            if (t.Attrs.TryGetValue(name, out var v)) { owner = t; return v; }
        owner = null;
        return null;
    }

    public string ModuleName =>
        Attrs.TryGetValue("__module__", out var m) && m is PyStr s ? s.Value : "builtins";

    /// <summary>`module.QualName`, or just QualName for builtins (as type reprs and tracebacks show).</summary>
    public string FullName => ModuleName is "builtins" ? QualName : ModuleName + "." + QualName;

    public void SetAttr(string name, PyObject value)
    {
        if (IsImmutable)
            throw PyError.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        Attrs[name] = value;
        Modified();
    }

    public bool DelAttr(string name)
    {
        // CPython's type_setattro words deletion as setting too.
        if (IsImmutable)
            throw PyError.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        bool removed = Attrs.Remove(name);
        Modified();
        return removed;
    }

    internal void Modified()
    {
        Version++;
        if (_subclasses == null) return;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    internal void AddSubclass(PyType sub)
    {
        // Builtin types are shared by all interpreters: their subclasses are recorded per interpreter.
        if (IsImmutable && ThreadState.CurrentOrNull is { } ts) { ts.Interp.AddBuiltinSubclass(this, sub); return; }
        (_subclasses ??= []).Add(new WeakReference<PyType>(sub));
    }

    internal void RemoveSubclass(PyType sub) =>
        _subclasses?.RemoveAll(w => !w.TryGetTarget(out var s) || ReferenceEquals(s, sub));

    /// <summary>Builtin subclasses of a builtin type (ZeroDivisionError under ArithmeticError), fixed at start-up.</summary>
    private List<PyType>? _builtinSubclasses;

    internal void AddBuiltinSubclass(PyType sub) => (_builtinSubclasses ??= []).Add(sub);

    internal List<PyType> LiveSubclasses()
    {
        if (IsImmutable && ThreadState.CurrentOrNull is { } ts)
            return [.. _builtinSubclasses ?? [], .. ts.Interp.BuiltinSubclasses(this)];
        var list = new List<PyType>();
        if (_subclasses != null)
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var s)) list.Add(s);
        return list;
    }

    // ---- MRO -----------------------------------------------------------------------------

    /// <summary>C3 linearisation; raises CPython's TypeError when no consistent order exists.</summary>
    internal static PyType[] ComputeMro(PyType type)
    {
        if (type.Bases.Length == 0) return [type];
        if (type.Bases.Length == 1)
        {
            var b = type.Bases[0].Mro;
            var r = new PyType[b.Length + 1];
            r[0] = type;
            Array.Copy(b, 0, r, 1, b.Length);
            return r;
        }
        var seqs = new List<List<PyType>>();
        foreach (var b in type.Bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. type.Bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return [.. result];
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                    if (s2.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                var names = new List<string>();
                foreach (var s in seqs)
                    if (!names.Contains(s[0].Name)) names.Add(s[0].Name);
                // CPython lists the remaining heads in base order
                var ordered = new List<string>();
                foreach (var b in type.Bases)
                    if (names.Contains(b.Name) && !ordered.Contains(b.Name)) ordered.Add(b.Name);
                foreach (var n in names) if (!ordered.Contains(n)) ordered.Add(n);
                throw PyError.TypeError("Cannot create a consistent method resolution order (MRO) for bases " +
                    string.Join(", ", ordered));
            }
            result.Add(candidate);
            foreach (var s in seqs)
                if (s[0] == candidate) s.RemoveAt(0);
        }
    }
}
