using System.Numerics;
using System.Text;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Builtins;

/// <summary>The `builtins` module: one instance per interpreter (so rebinding a builtin stays local).</summary>
public static partial class BuiltinsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("builtins");
        var d = m.Globals;
        d.Set("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        foreach (var (name, t) in new (string, PyType)[] {
            ("object", Types.Object), ("type", Types.Type), ("int", Types.Int), ("bool", Types.Bool), ("float", Types.Float),
            ("complex", Types.Complex), ("str", Types.Str), ("bytes", Types.Bytes), ("bytearray", Types.ByteArray), ("memoryview", Types.MemoryView),
            ("tuple", Types.Tuple), ("list", Types.List), ("dict", Types.Dict), ("set", Types.Set), ("frozenset", Types.FrozenSet),
            ("range", Types.Range), ("slice", Types.Slice), ("property", Types.Property), ("classmethod", Types.ClassMethod),
            ("staticmethod", Types.StaticMethod), ("super", Types.Super), ("enumerate", Types.Enumerate), ("zip", Types.Zip),
            ("map", Types.Map), ("filter", Types.Filter), ("reversed", Types.Reversed) })
            d.Set(name, t);
        foreach (var t in Types.ExceptionTypes) d.Set(t.Name, t);
        d.Set("EnvironmentError", Types.OSError);
        d.Set("IOError", Types.OSError);
        d.Set("None", Py.None);
        d.Set("Ellipsis", Py.Ellipsis);
        d.Set("NotImplemented", Py.NotImplemented);
        d.Set("True", Py.True);
        d.Set("False", Py.False);
        d.Set("__debug__", Py.True);

        F("__build_class__", BuildClass);
        F("print", (self, args, kw) => Print(interp, args, kw));
        F("len", (self, args, kw) => { One("len", args, kw); return PyInt.From(Ops.Len(args[0])); });
        F("repr", (self, args, kw) => { One("repr", args, kw); return Ops.Repr(args[0]); });
        F("ascii", (self, args, kw) => { One("ascii", args, kw); return PyStr.From(Ascii(args[0])); });
        F("isinstance", (self, args, kw) => { ArgCheck.NoKw("isinstance", kw); ArgCheck.Count("isinstance", args, 2, 2); return IsInstance(args[0], args[1]); });
        F("issubclass", (self, args, kw) => { ArgCheck.NoKw("issubclass", kw); ArgCheck.Count("issubclass", args, 2, 2); return IsSubclass(args[0], args[1]); });
        F("hash", (self, args, kw) => { One("hash", args, kw); return PyInt.From(Ops.Hash(args[0])); });
        F("id", (self, args, kw) => { One("id", args, kw); return PyInt.From(ObjectMethods.Id(args[0])); });
        F("callable", (self, args, kw) => { One("callable", args, kw); return Py.Bool(Ops.IsCallable(args[0])); });
        F("abs", (self, args, kw) =>
        {
            One("abs", args, kw);
            var f = args[0].Type.Lookup("__abs__") ?? throw PyError.TypeError($"bad operand type for abs(): '{args[0].Type.Name}'");
            return Ops.CallDescriptor(f, args[0], []);
        });
        F("chr", (self, args, kw) =>
        {
            One("chr", args, kw);
            var i = Ops.Index(args[0]);
            if (i.IsBig || i.V < 0 || i.V > 0x10FFFF) throw PyError.ValueError("chr() arg not in range(0x110000)");
            return PyStr.From(CodePoints.FromCodePoint((int)i.V));
        });
        F("ord", (self, args, kw) =>
        {
            One("ord", args, kw);
            if (args[0] is PyStr s)
            {
                if (s.Value.Length == 1) return PyInt.From(s.Value[0]);
                if (s.Value.Length == 2 && char.IsSurrogatePair(s.Value[0], s.Value[1])) return PyInt.From(char.ConvertToUtf32(s.Value[0], s.Value[1]));
                throw PyError.TypeError($"ord() expected a character, but string of length {s.Length} found");
            }
            if (args[0] is PyBytes b)
            {
                if (b.Length == 1) return PyInt.From(b.Data[0]);
                throw PyError.TypeError($"ord() expected a character, but string of length {b.Length} found");
            }
            throw PyError.TypeError($"ord() expected string of length 1, but {args[0].Type.Name} found");
        });
        F("hex", (self, args, kw) => { One("hex", args, kw); return PyStr.From(Radix(Ops.Index(args[0]).AsBig, 16, "0x")); });
        F("oct", (self, args, kw) => { One("oct", args, kw); return PyStr.From(Radix(Ops.Index(args[0]).AsBig, 8, "0o")); });
        F("bin", (self, args, kw) => { One("bin", args, kw); return PyStr.From(Radix(Ops.Index(args[0]).AsBig, 2, "0b")); });
        F("format", (self, args, kw) =>
        {
            ArgCheck.NoKw("format", kw);
            ArgCheck.Count("format", args, 1, 2);
            return Format(args[0], args.Length > 1 ? args[1] : PyStr.Empty);
        });
        F("getattr", (self, args, kw) =>
        {
            ArgCheck.NoKw("getattr", kw);
            ArgCheck.Count("getattr", args, 2, 3);
            string name = AttrName(args[1]);
            if (args.Length == 3) return AttrOrNull(args[0], name) ?? args[2];
            return Ops.GetAttr(args[0], name);
        });
        F("setattr", (self, args, kw) => { ArgCheck.NoKw("setattr", kw); ArgCheck.Count("setattr", args, 3, 3); Ops.SetAttr(args[0], AttrName(args[1]), args[2]); return Py.None; });
        F("delattr", (self, args, kw) => { ArgCheck.NoKw("delattr", kw); ArgCheck.Count("delattr", args, 2, 2); Ops.DelAttr(args[0], AttrName(args[1])); return Py.None; });
        F("hasattr", (self, args, kw) => { ArgCheck.NoKw("hasattr", kw); ArgCheck.Count("hasattr", args, 2, 2); return Py.Bool(AttrOrNull(args[0], AttrName(args[1])) != null); });
        F("iter", (self, args, kw) =>
        {
            ArgCheck.NoKw("iter", kw);
            ArgCheck.Count("iter", args, 1, 2);
            if (args.Length == 2)
            {
                if (!Ops.IsCallable(args[0])) throw PyError.TypeError("iter(v, w): v must be callable");
                return new PyCallableIterator(args[0], args[1]);
            }
            return Ops.GetIter(args[0]);
        });
        F("next", (self, args, kw) =>
        {
            ArgCheck.NoKw("next", kw);
            ArgCheck.Count("next", args, 1, 2);
            var it = args[0];
            var f = it.Type.Lookup("__next__") ?? throw PyError.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (args.Length == 1)
            {
                if (it is PyIteratorBase ib && it.Type.IsImmutable) return ib.Next() ?? throw PyError.StopIteration();
                return Ops.CallDescriptor(f, it, []);
            }
            try { return Ops.CallDescriptor(f, it, []); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration)) { return args[1]; }
        });
        F("aiter", (self, args, kw) => { One("aiter", args, kw); return Coroutines.GetAiter(args[0]); });
        F("anext", (self, args, kw) =>
        {
            ArgCheck.NoKw("anext", kw);
            ArgCheck.Count("anext", args, 1, 2);
            var f = args[0].Type.Lookup("__anext__") ?? throw PyError.TypeError($"'{args[0].Type.Name}' object is not an async iterator");
            var awaitable = Ops.CallDescriptor(f, args[0], []);
            if (args.Length == 1) return awaitable;
            return new PyAnextDefault(awaitable, args[1]);
        });
        F("any", (self, args, kw) => { One("any", args, kw); var it = Ops.GetIter(args[0]); while (Ops.Next(it) is { } x) if (Ops.IsTrue(x)) return Py.True; return Py.False; });
        F("all", (self, args, kw) => { One("all", args, kw); var it = Ops.GetIter(args[0]); while (Ops.Next(it) is { } x) if (!Ops.IsTrue(x)) return Py.False; return Py.True; });
        F("min", (self, args, kw) => MinMax("min", args, kw, CompareOp.Lt));
        F("max", (self, args, kw) => MinMax("max", args, kw, CompareOp.Gt));
        F("sum", (self, args, kw) => Sum(args, kw));
        F("sorted", (self, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (args.Length - nkw != 1) throw PyError.TypeError(args.Length - nkw == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {args.Length - nkw}");
            var a = ArgCheck.Bind("sort", args[1..], kw, ["key", "reverse"], 0, kwOnlyFrom: 0);
            var l = new PyList(Ops.ToArray(args[0]).ToArray());
            ListSort.Sort(l, a[0] is { } k && k != Py.None ? k : null, a[1] != null && Ops.IsTrue(a[1]!));
            return l;
        });
        F("round", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("round", args, kw, ["number", "ndigits"], 1);
            var f = a[0]!.Type.Lookup("__round__") ?? throw PyError.TypeError($"type {a[0]!.Type.Name} doesn't define __round__ method");
            return a[1] == null || a[1] == Py.None ? Ops.CallDescriptor(f, a[0]!, []) : Ops.CallDescriptor(f, a[0]!, [a[1]!]);
        });
        F("divmod", (self, args, kw) =>
        {
            ArgCheck.NoKw("divmod", kw);
            ArgCheck.Count("divmod", args, 2, 2);
            return DivMod(args[0], args[1]);
        });
        F("pow", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("pow", args, kw, ["base", "exp", "mod"], 2);
            if (a[2] == null || a[2] == Py.None) return Ops.Binary(a[0]!, a[1]!, BinOpKind.Pow);
            // The base's __pow__ decides first (float refuses a modulus, complex says "complex modulo").
            var f = a[0]!.Type.Lookup("__pow__");
            var r = f == null ? Py.NotImplemented : Ops.CallDescriptor(f, a[0]!, [a[1]!, a[2]!]);
            if (r == Py.NotImplemented)
            {
                if (a.Any(x => x is PyFloat or PyComplex))
                    throw PyError.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                throw PyError.TypeError($"unsupported operand type(s) for ** or pow(): '{a[0]!.Type.Name}', '{a[1]!.Type.Name}', '{a[2]!.Type.Name}'");
            }
            return r;
        });
        F("globals", (self, args, kw) => ThreadState.Current.Frame!.Globals);
        F("locals", (self, args, kw) => Locals(ThreadState.Current.Frame!));
        F("vars", (self, args, kw) =>
        {
            ArgCheck.NoKw("vars", kw);
            ArgCheck.Count("vars", args, 0, 1);
            if (args.Length == 0) return Locals(ThreadState.Current.Frame!);
            return Ops.GetAttrOrNull(args[0], "__dict__") ?? throw PyError.TypeError("vars() argument must have __dict__ attribute");
        });
        F("dir", (self, args, kw) =>
        {
            if (args.Length == 0)
            {
                var names = Ops.ToList(Ops.Call(Ops.GetAttr(Locals(ThreadState.Current.Frame!), "keys")));
                var l = new PyList([.. names]);
                ListSort.Sort(l, null, false);
                return l;
            }
            var d = args[0].Type.Lookup("__dir__");
            var r = new PyList(Ops.ToArray(d != null ? Ops.CallDescriptor(d, args[0], []) : new PyList(DirOf(args[0]))));
            ListSort.Sort(r, null, false);
            return r;
        });
        F("exec", (self, args, kw) => ExecEval(interp, "exec", args, kw));
        F("eval", (self, args, kw) => ExecEval(interp, "eval", args, kw));
        F("compile", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
            string mode = Ops.StrString(a[2]!);
            var pm = mode switch { "exec" => ParseMode.Exec, "eval" => ParseMode.Eval, "single" => ParseMode.Single,
                _ => throw PyError.ValueError("compile() mode must be 'exec', 'eval' or 'single'") };
            return CompileArg(interp, a[0]!, Ops.StrString(a[1]!), pm);
        });
        F("__import__", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
            var g = a[1] as PyDict ?? ThreadState.Current.Frame?.Globals ?? new PyDict();
            return interp.Importer.ImportName(Ops.StrString(a[0]!), g, a[3] ?? Py.None, a[4] is PyInt lv ? (int)lv.V : 0);
        });
        F("open", (self, args, kw) => GilGrid.Interp.Modules.Data.Io.FileObjects.Open(interp, args, kw));
        F("input", (self, args, kw) => StdinSource.Input(args, kw));
        return m;
    }

    /// <summary>getattr with a default and hasattr: an AttributeError raised by a descriptor
    /// (an unset __slots__ member, a property) also means "missing".</summary>
    private static PyObject? AttrOrNull(PyObject o, string name)
    {
        try { return Ops.GetAttrOrNull(o, name); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { return null; }
    }

    private static void One(string fname, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        ArgCheck.NoKw(fname, kw);
        ArgCheck.Count(fname, args, 1, 1);
    }

    private static string AttrName(PyObject o) =>
        o is PyStr s ? s.Value : throw PyError.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    private static string Radix(BigInteger v, int radix, string prefix) =>
        v.Sign < 0 ? "-" + prefix + IntMethods.ToStr(-v, radix) : prefix + IntMethods.ToStr(v, radix);

    /// <summary>format(value, spec): type(value).__format__(value, spec), which must return str.</summary>
    public static PyObject Format(PyObject v, PyObject spec)
    {
        if (spec is not PyStr) throw PyError.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
        if (v.Type == Types.Str && ((PyStr)spec).Value.Length == 0) return v;
        var f = v.Type.Lookup("__format__") ?? throw PyError.TypeError($"Type {v.Type.Name} doesn't define __format__");
        var r = Ops.CallDescriptor(f, v, [spec]);
        if (r is not PyStr) throw PyError.TypeError($"__format__ must return a str, not {r.Type.Name}");
        return r;
    }

    public static string Ascii(PyObject o)
    {
        string r = Ops.ReprString(o);
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            char c = r[i];
            if (char.IsSurrogatePair(r, i)) { sb.Append($"\\U{char.ConvertToUtf32(r, i):x8}"); i++; }
            else if (c < 128) sb.Append(c);
            else if (c < 256) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }

    public static PyObject MakeUnion(PyObject a, PyObject b)
    {
        static bool Ok(PyObject o) => o is PyType || o == Py.None || o is PyUnion || o is PyGenericAlias;
        if (!Ok(a) || !Ok(b)) return Py.NotImplemented;
        var items = new List<PyObject>();
        foreach (var x in new[] { a, b })
            foreach (var y in x is PyUnion u ? u.Args : [x == Py.None ? Types.NoneType : x])
                if (!items.Contains(y)) items.Add(y);
        if (items.Count == 1) return items[0];
        return new PyUnion([.. items]);
    }

    public static PyObject IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtypeOf(t)) return Py.True;
            if (t.Type == Types.Type) return Py.Bool(ClassAttributeIsSubtype(o, t));
            var ic = t.Type.Lookup("__instancecheck__");
            return ic != null ? Py.Bool(Ops.IsTrue(Ops.CallDescriptor(ic, t, [o]))) : Py.False;
        }
        if (cls is PyTuple tt)
        {
            foreach (var c in tt.Items) if (IsInstance(o, c) == Py.True) return Py.True;
            return Py.False;
        }
        if (cls is PyUnion u)
        {
            foreach (var c in u.Args) if (IsInstance(o, c) == Py.True) return Py.True;
            return Py.False;
        }
        var hook = cls.Type.Lookup("__instancecheck__");
        if (hook != null && cls is not PyGenericAlias) return Py.Bool(Ops.IsTrue(Ops.CallDescriptor(hook, cls, [o])));
        throw PyError.TypeError(cls is PyGenericAlias
            ? "isinstance() argument 2 cannot be a parameterized generic"
            : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /// <summary>type.__instancecheck__'s second chance: an object whose class overrides
    /// __class__ (unittest.mock's spec'd mocks, proxies) is an instance of what __class__ says.</summary>
    private static bool ClassAttributeIsSubtype(PyObject o, PyType t)
    {
        if (o.Type.Lookup("__class__") == Types.Object.Lookup("__class__")) return false;
        return Ops.GetAttrOrNull(o, "__class__") is PyType k && k != o.Type && k.IsSubtypeOf(t);
    }

    public static PyObject IsSubclass(PyObject o, PyObject cls)
    {
        if (cls is PyTuple tt)
        {
            foreach (var c in tt.Items) if (IsSubclass(o, c) == Py.True) return Py.True;
            return Py.False;
        }
        if (cls is PyUnion u)
        {
            foreach (var c in u.Args) if (IsSubclass(o, c) == Py.True) return Py.True;
            return Py.False;
        }
        if (cls is PyType t && t.Type != Types.Type)
        {
            var sc = t.Type.Lookup("__subclasscheck__");
            if (sc != null) return Py.Bool(Ops.IsTrue(Ops.CallDescriptor(sc, t, [o])));
        }
        // Any object whose type defines __subclasscheck__ decides (typing's aliases, for one).
        if (cls is not PyType && cls is not PyGenericAlias && cls.Type.Lookup("__subclasscheck__") is { } hook)
            return Py.Bool(Ops.IsTrue(Ops.CallDescriptor(hook, cls, [o])));
        if (o is not PyType ot) throw PyError.TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyType ct) throw PyError.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return Py.Bool(ot.IsSubtypeOf(ct));
    }

    private static PyObject DivMod(PyObject a, PyObject b)
    {
        var f = a.Type.Lookup("__divmod__");
        if (f != null)
        {
            var r = Ops.CallDescriptor(f, a, [b]);
            if (r != Py.NotImplemented) return r;
        }
        var g = b.Type.Lookup("__rdivmod__");
        if (g != null && b.Type != a.Type)
        {
            var r = Ops.CallDescriptor(g, b, [a]);
            if (r != Py.NotImplemented) return r;
        }
        throw PyError.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, string[]? kw, CompareOp op)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;
        if (npos == 0) throw PyError.TypeError($"{name} expected at least 1 argument, got 0");
        for (int i = 0; i < nkw; i++)
        {
            if (kw![i] == "key") key = args[npos + i] == Py.None ? null : args[npos + i];
            else if (kw[i] == "default") dflt = args[npos + i];
            else throw PyError.TypeError($"{name}() got an unexpected keyword argument '{kw[i]}'");
        }
        IList<PyObject> items;
        if (npos == 1) items = Ops.ToList(args[0]);
        else
        {
            if (dflt != null) throw PyError.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = args[..npos].ToArray();
        }
        if (items.Count == 0)
            return dflt ?? throw PyError.ValueError($"{name}() iterable argument is empty");
        var best = items[0];
        var bestKey = key != null ? Ops.Call(key, best) : best;
        for (int i = 1; i < items.Count; i++)
        {
            var k = key != null ? Ops.Call(key, items[i]) : items[i];
            if (Ops.IsTrue(Ops.RichCompare(k, bestKey, op))) { best = items[i]; bestKey = k; }
        }
        return best;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind("sum", args, kw, ["iterable", "start"], 1, posOnly: 1);
        PyObject acc = a[1] ?? PyInt.From(0);
        if (acc is PyStr) throw PyError.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes b)
            throw PyError.TypeError($"sum() can't sum {(b.IsMutable ? "bytearray" : "bytes")} [use b''.join(seq) instead]");
        var it = Ops.GetIter(a[0]!);
        // Floats use Neumaier compensated summation, as CPython 3.12+.
        double fsum = 0, comp = 0;
        bool inFloat = false;
        while (Ops.Next(it) is { } x)
        {
            if (inFloat)
            {
                if (x.Type == Types.Float || (x.Type == Types.Int && !((PyInt)x).IsBig))
                {
                    double v = x is PyFloat xf ? xf.V : ((PyInt)x).V;
                    double t = fsum + v;
                    if (Math.Abs(fsum) >= Math.Abs(v)) comp += (fsum - t) + v; else comp += (v - t) + fsum;
                    fsum = t;
                    continue;
                }
                acc = new PyFloat(fsum + comp);
                inFloat = false;
            }
            else if (acc.Type == Types.Float && x.Type == Types.Float)
            {
                fsum = ((PyFloat)acc).V; comp = 0; inFloat = true;
                double v = ((PyFloat)x).V;
                double t = fsum + v;
                if (Math.Abs(fsum) >= Math.Abs(v)) comp += (fsum - t) + v; else comp += (v - t) + fsum;
                fsum = t;
                continue;
            }
            acc = Ops.Binary(acc, x, BinOpKind.Add);
            if (acc.Type == Types.Float) { fsum = ((PyFloat)acc).V; comp = 0; inFloat = true; }
        }
        if (inFloat) return new PyFloat(double.IsFinite(comp) ? fsum + comp : fsum);
        return acc;
    }

    private static PyObject Locals(Frame f)
    {
        if (f.Locals != null) return f.Locals;
        var d = new PyDict();
        var code = f.Code;
        for (int i = 0; i < code.LocalNames.Length; i++)
        {
            var v = f.Fast[i].O;
            if (v is PyCell c && (code.LocalKinds[i] & (LocalKind.Cell | LocalKind.Free)) != 0) v = c.Value;
            if (v != null && (code.LocalKinds[i] & LocalKind.Free) == 0 || v != null && (code.Flags & CodeFlags.Optimized) != 0)
                d.Set(code.LocalNames[i], v!);
        }
        return d;
    }

    /// <summary>Names for dir(): the instance dict plus every attribute along the class's MRO.</summary>
    public static PyObject[] DirOf(PyObject o)
    {
        var names = new HashSet<string>();
        if (o is PyModule m) { foreach (var kv in m.Globals.Pairs()) names.Add(Ops.StrString(kv.Key)); }
        else if (o is PyType t)
        {
            foreach (var b in t.Mro) foreach (var k in b.Attrs.Keys) names.Add(k);
        }
        else
        {
            if (o.Dict != null) foreach (var kv in o.Dict.Pairs()) names.Add(Ops.StrString(kv.Key));
            foreach (var b in o.Type.Mro) foreach (var k in b.Attrs.Keys) names.Add(k);
        }
        return names.Select(n => (PyObject)PyStr.From(n)).ToArray();
    }

    private static CodeObject CompileArg(Interpreter interp, PyObject src, string fileName, ParseMode mode)
    {
        if (src is CodeObject co) return co;
        string text = src is PyStr s ? s.Value : src is PyBytes b ? Encoding.UTF8.GetString(b.Span)
            : throw PyError.TypeError("compile() arg 1 must be a string, bytes or AST object");
        try { return interp.CompileSource(text, fileName, mode); }
        catch (SyntaxErrorException e) { throw new PyError(SyntaxErrors.ToPython(e)); }
    }

    private static PyObject ExecEval(Interpreter interp, string fname, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind(fname, args, kw, ["source", "globals", "locals"], 1, posOnly: 1);
        var caller = ThreadState.Current.Frame;
        var globals = a[1] is PyDict gd ? gd : a[1] == null || a[1] == Py.None ? caller?.Globals ?? interp.MainModule.Globals
            : throw PyError.TypeError($"{fname}() globals must be a dict, not {a[1]!.Type.Name}");
        PyObject locals = a[2] != null && a[2] != Py.None ? a[2]! : a[1] != null && a[1] != Py.None ? globals : caller != null ? Locals(caller) : globals;
        if (globals.Get("__builtins__") == null) globals.Set("__builtins__", interp.Modules.Get("builtins")!);
        if (fname == "eval" && a[0] is PyStr es) a[0] = PyStr.From(es.Value.TrimStart(' ', '\t'));
        var code = CompileArg(interp, a[0]!, "<string>", fname == "eval" ? ParseMode.Eval : ParseMode.Exec);
        var r = interp.RunCode(code, globals, locals);
        return fname == "eval" ? r : Py.None;
    }

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False).</summary>
    private static PyObject Print(Interpreter interp, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            switch (kw![i])
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw PyError.TypeError($"print() got an unexpected keyword argument '{kw[i]}'");
            }
        }
        string sepS = sep == null || sep == Py.None ? " " : sep is PyStr ss ? ss.Value : throw PyError.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        string endS = end == null || end == Py.None ? "\n" : end is PyStr es ? es.Value : throw PyError.TypeError($"end must be None or a string, not {end.Type.Name}");
        if (file == null || file == Py.None) file = SysModule.Get(interp, "stdout");
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) sb.Append(sepS);
            sb.Append(Ops.StrString(args[i]));
        }
        sb.Append(endS);
        if (file is PyTextSink sink)
        {
            sink.Writer.Write(sb.ToString());
            if (flush != null && Ops.IsTrue(flush)) sink.Writer.Flush();
        }
        else if (file != null && file != Py.None)
        {
            // A Python file object sees one write() per piece, as with CPython's print.
            var write = Ops.GetAttr(file, "write");
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) Ops.Call(write, PyStr.From(sepS));
                Ops.Call(write, Ops.Str(args[i]));
            }
            Ops.Call(write, PyStr.From(endS));
            if (flush != null && Ops.IsTrue(flush)) Ops.Call(Ops.GetAttr(file, "flush"));
        }
        return Py.None;
    }

    /// <summary>__build_class__(func, name, *bases, metaclass=..., **kwds): runs the class body and calls the metaclass.</summary>
    private static PyObject BuildClass(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw PyError.TypeError("__build_class__: not enough arguments");
        var func = (PyFunction)args[0];
        var name = args[1];
        var bases = args[2..npos].ToArray();
        PyObject? meta = null;
        var kwNames = new List<string>();
        var kwVals = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            if (kw![i] == "metaclass") meta = args[npos + i];
            else { kwNames.Add(kw[i]); kwVals.Add(args[npos + i]); }
        }
        var origBases = bases;
        bases = ResolveMroEntries(bases);
        bool isClass = meta == null || meta is PyType;
        meta ??= bases.Length > 0 ? bases[0].Type : Types.Type;
        if (isClass && meta is PyType mt)
        {
            // The most derived metaclass among the explicit one and the bases' metaclasses.
            var winner = mt;
            foreach (var b in bases)
            {
                var bt = b.Type;
                if (winner.IsSubtypeOf(bt)) continue;
                if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
                throw PyError.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }
        PyObject ns;
        var prepare = Ops.GetAttrOrNull(meta, "__prepare__");
        var basesTuple = PyTuple.Of(bases);
        if (prepare != null)
        {
            var pargs = new List<PyObject> { name, basesTuple };
            pargs.AddRange(kwVals);
            ns = Ops.Call(prepare, pargs.ToArray(), kwNames.Count > 0 ? [.. kwNames] : null);
            if (ns.Type.Lookup("__getitem__") == null)
                throw PyError.TypeError($"{(meta is PyType metaT ? metaT.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");
        }
        else ns = new PyDict();
        // PEP 560: the class keeps the bases as written when __mro_entries__ replaced some.
        if (!origBases.SequenceEqual(bases)) Ops.SetItem(ns, PyStr.From("__orig_bases__"), PyTuple.Of(origBases));
        var ts = ThreadState.Current;
        var frame = new Frame(func.Code, func.Globals, ts.Interp.BuiltinsDict, ns, func);
        var cell = ts.Run(frame);
        var callArgs = new List<PyObject> { name, basesTuple, ns };
        callArgs.AddRange(kwVals);
        var cls = Ops.Call(meta, callArgs.ToArray(), kwNames.Count > 0 ? [.. kwNames] : null);
        if (cell is PyCell c && cls is PyType)
        {
            if (c.Value == null) c.Value = cls;
            else if (c.Value != cls)
                throw PyError.TypeError($"__class__ set to {Ops.ReprString(c.Value)} defining {Ops.ReprString(name)} as {Ops.ReprString(cls)}");
        }
        return cls;
    }

    private static PyObject[] ResolveMroEntries(PyObject[] bases)
    {
        if (bases.All(b => b is PyType)) return bases;
        var r = new List<PyObject>();
        foreach (var b in bases)
        {
            if (b is PyType) { r.Add(b); continue; }
            var me = Ops.GetAttrOrNull(b, "__mro_entries__");
            if (me == null) { r.Add(b); continue; }
            r.AddRange(Ops.ToList(Ops.Call(me, PyTuple.Of(bases))));
        }
        return [.. r];
    }
}
