using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Io;

/// <summary>
/// The builtin `open()` (= `io.open`). Arguments, the mode and the grant are checked here, in C#, so
/// that an error (`FileNotFoundError`, `PermissionError`, a bad mode) shows only the caller's frame in
/// the traceback as CPython's C implementation does; the file objects themselves are the Python
/// classes of `_fileobjects` (<see cref="FileObjectsSource"/>) over an `_fs` handle.
/// </summary>
internal static class FileObjects
{
    public static readonly NativeModuleDef Def = new("_fileobjects",
        (interp, m) => ModuleKit.RunPython(interp, m, FileObjectsSource.Source));

    private static readonly string[] Parameters = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    public static PyObject Open(Interpreter interp, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind("open", args, kw, Parameters, 1);
        var file = a[0]!;
        string mode = a[1] is null ? "r" : ModuleKit.Str(a[1]!, "open() argument 'mode'");
        long buffering = a[2] is null || a[2] == Py.None ? -1 : Ops.Index(a[2]!).ToInt64();
        var encoding = ModuleKit.Opt(a[3]);
        var errors = ModuleKit.Opt(a[4]);
        var newline = ModuleKit.Opt(a[5]);
        var (kind, plus, binary) = ParseMode(mode);
        if (binary && encoding != null) throw PyError.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw PyError.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw PyError.ValueError("binary mode doesn't take a newline argument");
        if (!binary && buffering == 0) throw PyError.ValueError("can't have unbuffered text I/O");
        if (newline != null && (newline is not PyStr nl || nl.Value is not ("" or "\n" or "\r" or "\r\n")))
            throw newline is PyStr bad ? PyError.ValueError($"illegal newline value: {bad.Value}")
                : PyError.TypeError($"open() argument 'newline' must be str or None, not {newline.Type.Name}");
        if (a[7] != null && a[7] != Py.None) throw PyError.ValueError("opener is not supported: files open only through the host's grants");
        if (a[6] != null && !Ops.IsTrue(a[6]!)) throw PyError.ValueError("Cannot use closefd=False with file name");

        var name = FileName(file);
        var path = name is PyBytes b ? System.Text.Encoding.UTF8.GetString(b.Span) : ((PyStr)name).Value;
        var resolved = FsModule.Check(interp.Config.Files, "open()", path, kind != 'r' || plus);
        var handle = FsModule.OpenFile(resolved, name, kind + (plus ? "+" : ""));
        var module = interp.Importer.ImportName("_fileobjects", new PyDict(), Py.None, 0);
        return Ops.Call(Ops.GetAttr(module, "_wrap"), handle, name, PyStr.From(mode), Py.Bool(binary), PyInt.From(buffering),
            encoding ?? Py.None, errors ?? Py.None, newline ?? Py.None);
    }

    /// <summary>The file argument as str or bytes (os.PathLike objects through __fspath__).</summary>
    private static PyObject FileName(PyObject file)
    {
        if (file is PyStr or PyBytes) return file;
        if (file.Type.Lookup("__fspath__") is { } fspath)
        {
            var value = Ops.CallDescriptor(fspath, file, []);
            if (value is PyStr or PyBytes) return value;
            throw PyError.TypeError($"expected {file.Type.Name}.__fspath__() to return str or bytes, not {value.Type.Name}");
        }
        if (file is PyInt) throw PyError.ValueError("opening a file descriptor is not supported: files open only by name");
        throw PyError.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
    }

    /// <summary>CPython's mode checks, in its order: (r/w/a/x, '+', 'b').</summary>
    private static (char Kind, bool Plus, bool Binary) ParseMode(string mode)
    {
        char kind = '\0';
        bool plus = false, binary = false, text = false;
        var seen = new HashSet<char>();
        int kinds = 0;
        foreach (char c in mode)
        {
            if ("rwaxb+t".IndexOf(c) < 0 || !seen.Add(c)) throw PyError.ValueError($"invalid mode: '{mode}'");
            switch (c)
            {
                case 'b': binary = true; break;
                case 't': text = true; break;
                case '+': plus = true; break;
                default: kind = c; kinds++; break;
            }
        }
        if (text && binary) throw PyError.ValueError("can't have text and binary mode at once");
        if (kinds > 1) throw PyError.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw PyError.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        return (kind, plus, binary);
    }
}
