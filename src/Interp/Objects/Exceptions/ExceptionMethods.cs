using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>BaseException and the subclasses with their own attributes or str().</summary>
public static class ExceptionMethods
{
    private static PyBaseException E(PyObject o) => (PyBaseException)o;

    private static PyObject Arg0(PyBaseException e) => e.Args.Items.Length > 0 ? e.Args.Items[0] : Py.None;

    /// <summary>An attribute stored in the instance dict, defaulting to a value derived from args.</summary>
    private static void DictAttr(PyType t, string name, Func<PyBaseException, PyObject> dflt) =>
        t.GetSet(name, self => E(self).GetAttrDict(name) ?? dflt(E(self)), (self, v) => E(self).SetAttrDict(name, v ?? Py.None));

    /// <summary>
    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5 arguments they become
    /// attributes and `args` keeps only (errno, strerror); otherwise `args` is kept as given.
    /// </summary>
    private static void OSErrorArgs(PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        e.Args = PyTuple.Of(args.ToArray());
        if (args.Length < 2 || args.Length > 5) return;
        e.SetAttrDict("errno", args[0]);
        e.SetAttrDict("strerror", args[1]);
        if (args.Length >= 3) e.SetAttrDict("filename", args[2]);
        if (args.Length == 5) e.SetAttrDict("filename2", args[4]);   // args[3] is winerror, Windows only
        if (args.Length >= 3) e.Args = PyTuple.Of(args[0], args[1]);
    }

    /// <summary>__init__ for exceptions that take keyword-only attributes (NameError(name=...), ...).</summary>
    private static void KeywordInit(PyType t, params string[] names)
    {
        t.Method("__init__", (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                if (Array.IndexOf(names, kw![i]) < 0)
                    throw PyError.TypeError($"{t.Name}() got an unexpected keyword argument '{kw[i]}'");
            E(self).Args = PyTuple.Of(args[..npos]);
            for (int i = 0; i < (kw?.Length ?? 0); i++) E(self).SetAttrDict(kw![i], args[npos + i]);
            return Py.None;
        });
    }

    public static void Register()
    {
        var b = Types.BaseException;
        b.New((cls, args, kw) =>
        {
            var e = new PyBaseException(cls, PyTuple.Of(args[..(args.Length - (kw?.Length ?? 0))]));
            if (cls.IsHeap) e.Dict = new PyDict();
            return e;
        });
        b.Method("__init__", (self, args, kw) =>
        {
            if (kw != null && kw.Length > 0 && self.Type.Lookup("__init__") == Types.BaseException.Attrs["__init__"])
                throw PyError.TypeError($"{self.Type.Name}() takes no keyword arguments");
            E(self).Args = PyTuple.Of(args[..(args.Length - (kw?.Length ?? 0))]);
            return Py.None;
        });
        b.Method0("__str__", self =>
        {
            var a = E(self).Args.Items;
            return a.Length == 0 ? PyStr.Empty : a.Length == 1 ? Ops.Str(a[0]) : Ops.Str(E(self).Args);
        });
        b.Method0("__repr__", self =>
        {
            var a = E(self).Args.Items;
            string name = self.Type.Name;
            return PyStr.From(a.Length == 1 ? $"{name}({Ops.ReprString(a[0])})" : name + Ops.ReprString(E(self).Args));
        });
        b.GetSet("args", self => E(self).Args, (self, v) => E(self).Args = PyTuple.Of(Ops.ToArray(v ?? PyTuple.Empty)));
        b.GetSet("__traceback__", self => (PyObject?)E(self).Traceback ?? Py.None, (self, v) =>
            E(self).Traceback = v == Py.None ? null : v as PyTraceback ?? throw PyError.TypeError("__traceback__ must be a traceback or None"));
        b.GetSet("__cause__", self => (PyObject?)E(self).Cause ?? Py.None, (self, v) =>
        {
            E(self).Cause = v == Py.None || v == null ? null : v as PyBaseException ?? throw PyError.TypeError("exception cause must be None or derive from BaseException");
            E(self).SuppressContext = true;
        });
        b.GetSet("__context__", self => (PyObject?)E(self).Context ?? Py.None, (self, v) =>
            E(self).Context = v == Py.None || v == null ? null : v as PyBaseException ?? throw PyError.TypeError("exception context must be None or derive from BaseException"));
        b.GetSet("__suppress_context__", self => Py.Bool(E(self).SuppressContext), (self, v) => E(self).SuppressContext = v != null && Ops.IsTrue(v));
        b.GetSet("__dict__", self => self.Dict ??= new PyDict(), (self, v) => self.Dict = v as PyDict);
        UnicodeErrors.Register();
        b.Method1("with_traceback", (self, tb) => { E(self).Traceback = tb as PyTraceback; return self; });
        b.Method1("add_note", (self, note) =>
        {
            if (note is not PyStr) throw PyError.TypeError($"note must be a str, not '{note.Type.Name}'");
            var e = E(self);
            var notes = e.GetAttrDict("__notes__");
            if (notes == null) { notes = new PyList(); e.SetAttrDict("__notes__", notes); }
            if (notes is not PyList nl) throw PyError.TypeError("Cannot add note: __notes__ is not a list");
            nl.Append(note);
            return Py.None;
        });
        b.Method0("__reduce__", self => PyTuple.Of(self.Type, E(self).Args));

        DictAttr(Types.StopIteration, "value", Arg0);
        DictAttr(Types.StopAsyncIteration, "value", Arg0);
        DictAttr(Types.SystemExit, "code", e => e.Args.Items.Length == 0 ? Py.None : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args);
        Types.KeyError.Method0("__str__", self => E(self).Args.Items.Length == 1 ? Ops.Repr(E(self).Args.Items[0]) : Ops.CallDescriptor(Types.BaseException.Attrs["__str__"], self, []));
        DictAttr(Types.NameError, "name", _ => Py.None);
        DictAttr(Types.AttributeError, "name", _ => Py.None);
        DictAttr(Types.AttributeError, "obj", _ => Py.None);
        DictAttr(Types.ImportError, "name", _ => Py.None);
        DictAttr(Types.ImportError, "path", _ => Py.None);
        DictAttr(Types.ImportError, "msg", e => Arg0(e));
        KeywordInit(Types.NameError, "name");
        KeywordInit(Types.AttributeError, "name", "obj");
        KeywordInit(Types.ImportError, "name", "path", "name_from");
        Types.OSError.New((cls, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            var actual = cls;
            if (cls == Types.OSError && npos >= 2 && args[0] is PyInt errno && !errno.IsBig)
                actual = errno.V switch
                {
                    1 or 13 => Types.PermissionError, 2 => Types.FileNotFoundError, 3 => Types.ProcessLookupError,
                    4 => Types.InterruptedError, 10 => Types.ChildProcessError, 11 or 114 or 115 => Types.BlockingIOError,
                    17 => Types.FileExistsError, 20 => Types.NotADirectoryError, 21 => Types.IsADirectoryError,
                    32 => Types.BrokenPipeError, 103 => Types.ConnectionAbortedError, 104 => Types.ConnectionResetError,
                    110 => Types.TimeoutError, 111 => Types.ConnectionRefusedError, _ => cls,
                };
            var e = new PyBaseException(actual, PyTuple.Of(args[..npos]));
            if (actual.IsHeap) e.Dict = new PyDict();
            // A class with its own __init__ parses the arguments when it calls OSError.__init__ (oserror_use_init).
            if (cls.Lookup("__init__") == Types.OSError.Attrs["__init__"]) OSErrorArgs(e, args[..npos]);
            return e;
        });
        Types.OSError.Method("__init__", (self, args, kw) =>
        {
            ArgCheck.NoKw(self.Type.Name, kw);
            OSErrorArgs(E(self), args);
            return Py.None;
        });
        foreach (var attr in new[] { "errno", "strerror", "filename", "filename2" })
            DictAttr(Types.OSError, attr, _ => Py.None);
        Types.OSError.Method0("__str__", self =>
        {
            var e = E(self);
            PyObject Attr(string n) => e.GetAttrDict(n) ?? Py.None;
            string head = $"[Errno {Ops.StrString(Attr("errno"))}] {Ops.StrString(Attr("strerror"))}";
            if (Attr("filename2") != Py.None)
                return PyStr.From($"{head}: {Ops.ReprString(Attr("filename"))} -> {Ops.ReprString(Attr("filename2"))}");
            if (Attr("filename") != Py.None) return PyStr.From($"{head}: {Ops.ReprString(Attr("filename"))}");
            if (Attr("errno") != Py.None && Attr("strerror") != Py.None) return PyStr.From(head);
            return Ops.CallDescriptor(Types.BaseException.Attrs["__str__"], self, []);
        });
        foreach (var n in new[] { "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" })
        {
            int idx = Array.IndexOf(new[] { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" }, n);
            DictAttr(Types.SyntaxError, n, e => idx >= 0 && e.Args.Items.Length == 2 && e.Args.Items[1] is PyTuple t && idx < t.Items.Length ? t.Items[idx] : Py.None);
        }
        DictAttr(Types.SyntaxError, "msg", Arg0);
        Types.SyntaxError.Method0("__str__", self =>
        {
            var e = E(self);
            var msg = Ops.StrString(Ops.GetAttr(e, "msg"));
            var file = Ops.GetAttr(e, "filename");
            var line = Ops.GetAttr(e, "lineno");
            string fn = file is PyStr fs ? Path.GetFileName(fs.Value) : "";
            if (file is PyStr && line is PyInt li) return PyStr.From($"{msg} ({fn}, line {li.V})");
            if (line is PyInt l2) return PyStr.From($"{msg} (line {l2.V})");
            if (file is PyStr) return PyStr.From($"{msg} ({fn})");
            return PyStr.From(msg);
        });

        ExceptionGroups.Register();
    }
}

/// <summary>BaseExceptionGroup / ExceptionGroup: message, exceptions, subgroup, split, derive.</summary>
public static class ExceptionGroups
{
    public static PyObject Message(PyBaseException e) => e is PyExceptionGroup g ? g.Message : PyStr.Empty;
    public static PyTuple Exceptions(PyBaseException e) => e is PyExceptionGroup g ? g.Exceptions : PyTuple.Empty;

    public static void Register()
    {
        var t = Types.BaseExceptionGroup;
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw(cls.Name, kw);
            if (args.Length != 2) throw PyError.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
            if (args[0] is not PyStr)
                throw PyError.TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].Type.Name);
            if (args[1] is PyDict || args[1].Type.Lookup("__getitem__") == null)
                throw PyError.TypeError("second argument (exceptions) must be a sequence");
            var items = Ops.ToArray(args[1]);
            if (items.Length == 0) throw PyError.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool allExc = true;
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyBaseException be)
                    throw PyError.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!be.Type.IsSubtypeOf(Types.Exception)) allExc = false;
            }
            var actual = cls;
            if (cls == Types.BaseExceptionGroup && allExc) actual = Types.ExceptionGroup;
            else if (cls.IsSubtypeOf(Types.Exception) && !allExc)
                throw PyError.TypeError(cls == Types.ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup" : $"Cannot nest BaseExceptions in '{cls.Name}'");
            var e = new PyExceptionGroup(actual, PyTuple.Of(args.ToArray()), args[0], PyTuple.Of(items));
            if (actual.IsHeap) e.Dict = new PyDict();
            return e;
        });
        t.Method("__init__", (self, args, kw) =>
        {
            // As BaseException.__init__: args are what the class was called with (a subclass may add some).
            ArgCheck.NoKw(self.Type.Name, kw);
            ((PyBaseException)self).Args = PyTuple.Of(args.ToArray());
            return Py.None;
        });
        t.Getter("message", self => Message((PyBaseException)self));
        t.Getter("exceptions", self => Exceptions((PyBaseException)self));
        t.Method0("__str__", self =>
        {
            var e = (PyBaseException)self;
            int n = Exceptions(e).Items.Length;
            return PyStr.From($"{Ops.StrString(Message(e))} ({n} sub-exception{(n == 1 ? "" : "s")})");
        });
        t.Method1("derive", (self, excs) => Ops.Call(Types.BaseExceptionGroup, Message((PyBaseException)self), excs));
        t.Method1("subgroup", (self, cond) => (PyObject?)Split((PyBaseException)self, CheckCondition(cond)).match ?? Py.None);
        t.Method1("split", (self, cond) =>
        {
            var (m, r) = Split((PyBaseException)self, CheckCondition(cond));
            return PyTuple.Of((PyObject?)m ?? Py.None, (PyObject?)r ?? Py.None);
        });
    }

    /// <summary>split/subgroup take an exception type, a tuple of them, or a predicate (CPython's get_matcher_type).</summary>
    private static PyObject CheckCondition(PyObject cond)
    {
        static bool IsExcType(PyObject o) => o is PyType t && t.IsSubtypeOf(Types.BaseException);
        if (IsExcType(cond) || (cond is PyTuple tt && tt.Items.All(IsExcType)) || (cond is not PyType && Ops.IsCallable(cond)))
            return cond;
        throw PyError.TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static bool Matches(PyBaseException e, PyObject cond)
    {
        if (cond is PyType || cond is PyTuple) return ThreadStateAccess.ExceptionMatches(e, cond);
        return Ops.IsTrue(Ops.Call(cond, e));
    }

    /// <summary>Splits a group into the part matching cond and the rest, keeping the nesting.</summary>
    public static (PyBaseException? match, PyBaseException? rest) Split(PyBaseException eg, PyObject cond)
    {
        if (Matches(eg, cond)) return (eg, null);
        if (!eg.Type.IsSubtypeOf(Types.BaseExceptionGroup)) return (null, eg);
        var ms = new List<PyObject>();
        var rs = new List<PyObject>();
        foreach (var x in Exceptions(eg).Items)
        {
            var (m, r) = Split((PyBaseException)x, cond);
            if (m != null) ms.Add(m);
            if (r != null) rs.Add(r);
        }
        PyBaseException? Derive(List<PyObject> items)
        {
            if (items.Count == 0) return null;
            var derived = (PyBaseException)Ops.Call(Ops.GetAttr(eg, "derive"), new PyList([.. items]));
            derived.Cause = eg.Cause; derived.Context = eg.Context; derived.Traceback = eg.Traceback;
            if (eg.GetAttrDict("__notes__") is { } notes) derived.SetAttrDict("__notes__", notes);
            return derived;
        }
        return (Derive(ms), Derive(rs));
    }
}

/// <summary>Lets object-model code use the loop's except-clause matching rules.</summary>
internal static class ThreadStateAccess
{
    public static bool ExceptionMatches(PyObject exc, PyObject type) => ThreadState.ExceptionMatches(exc, type);
}

/// <summary>A BaseExceptionGroup: `args` are the constructor's arguments, `exceptions` a tuple copy.</summary>
public sealed class PyExceptionGroup(PyType type, PyTuple args, PyObject message, PyTuple exceptions) : PyBaseException(type, args)
{
    public readonly PyObject Message = message;
    public readonly PyTuple Exceptions = exceptions;
}
