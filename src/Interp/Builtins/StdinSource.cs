using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Builtins;

/// <summary>sys.stdin: a read-only text stream over the host-given input (empty when none was given).</summary>
public sealed class PyTextSource(TextReader reader) : PyObject(StdinSource.SourceType)
{
    public readonly TextReader Reader = reader;
}

/// <summary>
/// The program's standard input: `sys.stdin` and `input()`. Only a host that trusts the code (`gilgrid
/// run`, like `python`) passes its stdin through <see cref="InterpreterOptions.Stdin"/>; interpreters
/// serving plugins read an empty stream, so `input()` raises EOFError as it would at end of input.
/// Blocking reads leave the GIL, so other threads of the interpreter run meanwhile.
/// </summary>
internal static class StdinSource
{
    internal static readonly PyType SourceType = CreateType();

    private static PyType CreateType()
    {
        var t = new PyType(Types.Type, "TextIOWrapper", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_io");
        t.Method("read", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("read", args, kw, ["size"], 0);
            long size = a[0] is null or PySingleton ? -1 : Ops.Index(a[0]!).V;
            var reader = ((PyTextSource)self).Reader;
            return PyStr.From(Blocking(() => size < 0 ? reader.ReadToEnd() : ReadChars(reader, size)));
        });
        t.Method("readline", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("readline", args, kw, ["size"], 0);
            long size = a[0] is null or PySingleton ? -1 : Ops.Index(a[0]!).V;
            return PyStr.From(ReadLine(((PyTextSource)self).Reader, size));
        });
        t.Method0("readlines", self =>
        {
            var lines = new List<PyObject>();
            while (ReadLine(((PyTextSource)self).Reader, -1) is { Length: > 0 } line) lines.Add(PyStr.From(line));
            return new PyList([.. lines]);
        });
        t.Method0("__iter__", self => self);
        t.Method0("__next__", self =>
            ReadLine(((PyTextSource)self).Reader, -1) is { Length: > 0 } line ? PyStr.From(line) : throw PyError.Make(Types.StopIteration, ""));
        t.Method0("isatty", self => Py.False);
        t.Method0("readable", self => Py.True);
        t.Method0("writable", self => Py.False);
        t.Method0("close", self => Py.None);
        t.Getter("closed", self => Py.False);
        t.Getter("encoding", self => PyStr.From("utf-8"));
        t.Getter("name", self => PyStr.From("<stdin>"));
        t.Getter("mode", self => PyStr.From("r"));
        t.Method0("__repr__", self => PyStr.From("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"));
        t.IsImmutable = true;
        return t;
    }

    /// <summary>input([prompt]): the prompt to sys.stdout, then one line of sys.stdin without its newline.</summary>
    public static PyObject Input(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        ArgCheck.NoKw("input", kwNames);
        ArgCheck.Count("input", args, 0, 1);
        var interp = ThreadState.Current.Interp;
        if (args.Length == 1)
        {
            var stdout = SysModule.Get(interp, "stdout") ?? throw PyError.Make(Types.RuntimeError, "input(): lost sys.stdout");
            Ops.Call(Ops.GetAttr(stdout, "write"), [PyStr.From(Ops.StrString(args[0]))]);
            Ops.Call(Ops.GetAttr(stdout, "flush"), []);
        }
        var stdin = SysModule.Get(interp, "stdin") ?? throw PyError.Make(Types.RuntimeError, "input(): lost sys.stdin");
        var line = Ops.StrString(Ops.Call(Ops.GetAttr(stdin, "readline"), []));
        if (line.Length == 0) throw PyError.Make(Types.EOFError, "EOF when reading a line");
        return PyStr.From(line.EndsWith('\n') ? line[..^1] : line);
    }

    private static string ReadLine(TextReader reader, long size)
    {
        // A line keeps its "\n" as Python's readline does; "" means end of input.
        return Blocking(() =>
        {
            var sb = new System.Text.StringBuilder();
            while (size < 0 || sb.Length < size)
            {
                int c = reader.Read();
                if (c < 0) break;
                sb.Append((char)c);
                if (c == '\n') break;
            }
            return sb.ToString();
        });
    }

    private static string ReadChars(TextReader reader, long size)
    {
        var buffer = new char[Math.Min(size, 1 << 20)];
        var sb = new System.Text.StringBuilder();
        while (sb.Length < size)
        {
            int n = reader.Read(buffer, 0, (int)Math.Min(buffer.Length, size - sb.Length));
            if (n <= 0) break;
            sb.Append(buffer, 0, n);
        }
        return sb.ToString();
    }

    private static string Blocking(Func<string> read)
    {
        using (ThreadState.Current.Interp.ReleaseGil()) return read();
    }
}
