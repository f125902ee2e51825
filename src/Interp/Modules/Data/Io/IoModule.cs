using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Io;

/// <summary>An in-memory stream: StringIO keeps UTF-16 text, BytesIO bytes; both as a growable buffer with a position.</summary>
internal sealed class PyMemStream(PyType type, bool text) : PyObject(type)
{
    public readonly bool Text = text;
    public readonly StringBuilder Chars = new();
    public readonly List<byte> Bytes = [];
    public int Pos;
    public bool Closed;

    public int Length => Text ? Chars.Length : Bytes.Count;

    public void Check()
    {
        // The two CPython classes word it differently.
        if (Closed) throw PyError.ValueError(Text ? "I/O operation on closed file" : "I/O operation on closed file.");
    }
}

/// <summary>`io`: StringIO and BytesIO here; open() and the file classes come from `_fileobjects` (FileObjects.cs).</summary>
internal static class IoModule
{
    public static readonly NativeModuleDef Def = new("io", Exec);
    public static readonly PyType StringIO = MakeType("StringIO", true);
    public static readonly PyType BytesIO = MakeType("BytesIO", false);

    private static void Exec(Interpreter interp, PyModule m)
    {
        m.Globals.Set("StringIO", StringIO);
        m.Globals.Set("BytesIO", BytesIO);
        m.Globals.Set("DEFAULT_BUFFER_SIZE", PyInt.From(8192));
        m.Globals.Set("SEEK_SET", PyInt.From(0));
        m.Globals.Set("SEEK_CUR", PyInt.From(1));
        m.Globals.Set("SEEK_END", PyInt.From(2));
        ModuleKit.RunPython(interp, m, """
            from _fileobjects import UnsupportedOperation, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper
            open = __builtins__['open'] if isinstance(__builtins__, dict) else __builtins__.open
            """);
    }

    private static PyMemStream S(PyObject o) => (PyMemStream)o;

    private static PyObject Chunk(PyMemStream s, int start, int end) =>
        s.Text ? PyStr.From(s.Chars.ToString(start, end - start)) : new PyBytes(s.Bytes.GetRange(start, end - start).ToArray());

    private static void Write(PyMemStream s, PyObject data, out int written)
    {
        s.Check();
        if (s.Text)
        {
            if (data is not PyStr str) throw PyError.TypeError($"string argument expected, got '{data.Type.Name}'");
            string v = str.Value;
            if (s.Pos > s.Chars.Length) s.Chars.Append('\0', s.Pos - s.Chars.Length);
            int overlap = Math.Min(v.Length, s.Chars.Length - s.Pos);
            s.Chars.Remove(s.Pos, overlap).Insert(s.Pos, v);
            s.Pos += v.Length;
            written = v.Length;
            return;
        }
        if (data is not PyBytes b) throw PyError.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");
        var span = b.Span;
        while (s.Bytes.Count < s.Pos) s.Bytes.Add(0);
        for (int i = 0; i < span.Length; i++)
        {
            if (s.Pos + i < s.Bytes.Count) s.Bytes[s.Pos + i] = span[i];
            else s.Bytes.Add(span[i]);
        }
        s.Pos += span.Length;
        written = span.Length;
    }

    private static int SizeArg(ReadOnlySpan<PyObject> args, string fname)
    {
        ArgCheck.Count(fname, args, 0, 1);
        if (args.Length == 0 || args[0] == Py.None) return -1;
        long n = Ops.Index(args[0]).ToInt64();
        return n < 0 ? -1 : (int)Math.Min(n, int.MaxValue);
    }

    private static PyObject ReadLine(PyMemStream s, int limit)
    {
        s.Check();
        int len = s.Length, start = Math.Min(s.Pos, len), end = start;
        while (end < len && (limit < 0 || end - start < limit))
        {
            bool nl = s.Text ? s.Chars[end] == '\n' : s.Bytes[end] == (byte)'\n';
            end++;
            if (nl) break;
        }
        s.Pos = end;
        return Chunk(s, start, end);
    }

    private static PyType MakeType(string name, bool text)
    {
        var t = new PyType(Types.Type, name, [Types.Object]);
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_io");
        t.New((cls, args, kw) => new PyMemStream(cls, text));
        t.Method("__init__", (self, args, kw) =>
        {
            var s = S(self);
            var a = text ? ArgCheck.Bind(name, args, kw, ["initial_value", "newline"], 0) : ArgCheck.Bind(name, args, kw, ["initial_bytes"], 0);
            s.Chars.Clear();
            s.Bytes.Clear();
            if (a[0] != null && a[0] != Py.None)
            {
                if (text && a[0] is not PyStr)
                    throw PyError.TypeError($"initial_value must be str or None, not {a[0]!.Type.Name}");
                Write(s, a[0]!, out _);
            }
            s.Pos = 0;
            return Py.None;
        });
        t.Method1("write", (self, data) => { Write(S(self), data, out int n); return PyInt.From(n); });
        t.Method1("writelines", (self, lines) =>
        {
            foreach (var line in Ops.ToList(lines)) Write(S(self), line, out _);
            return Py.None;
        });
        t.Method("read", (self, args, kw) =>
        {
            var s = S(self);
            s.Check();
            int n = SizeArg(args, "read"), len = s.Length, start = Math.Min(s.Pos, len);
            int end = n < 0 ? len : (int)Math.Min((long)start + n, len);
            s.Pos = end;
            return Chunk(s, start, end);
        });
        t.Method("readline", (self, args, kw) => ReadLine(S(self), SizeArg(args, "readline")));
        t.Method("readlines", (self, args, kw) =>
        {
            var s = S(self);
            int hint = SizeArg(args, "readlines"), total = 0;
            var list = new PyList();
            while (true)
            {
                var line = ReadLine(s, -1);
                int n = (int)Ops.Len(line);
                if (n == 0) break;
                list.Append(line);
                total += n;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        t.Method0("getvalue", self => { var s = S(self); s.Check(); return Chunk(s, 0, s.Length); });
        t.Method("seek", (self, args, kw) =>
        {
            var s = S(self);
            ArgCheck.Count("seek", args, 1, 2);
            s.Check();
            long pos = Ops.Index(args[0]).ToInt64();
            long whence = args.Length > 1 ? Ops.Index(args[1]).ToInt64() : 0;
            if (whence is < 0 or > 2) throw PyError.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (text && whence != 0 && pos != 0) throw PyError.Make(Types.OSError, "Can't do nonzero cur-relative seeks");
            long np = whence == 0 ? pos : whence == 1 ? s.Pos + pos : s.Length + pos;
            if (whence == 0 && pos < 0) throw PyError.ValueError(text ? $"Negative seek position {pos}" : $"negative seek value {pos}");
            s.Pos = (int)Math.Clamp(np, 0, int.MaxValue);
            return PyInt.From(s.Pos);
        });
        t.Method0("tell", self => { var s = S(self); s.Check(); return PyInt.From(s.Pos); });
        t.Method("truncate", (self, args, kw) =>
        {
            var s = S(self);
            s.Check();
            int size = args.Length == 0 || args[0] == Py.None ? s.Pos : (int)Ops.Index(args[0]).ToInt64();
            if (size < 0) throw PyError.ValueError($"negative size value {size}");
            if (size < s.Length)
            {
                if (text) s.Chars.Length = size;
                else s.Bytes.RemoveRange(size, s.Bytes.Count - size);
            }
            return PyInt.From(size);
        });
        t.Method0("close", self => { S(self).Closed = true; return Py.None; });
        t.Getter("closed", self => Py.Bool(S(self).Closed));
        t.Method0("flush", self => { S(self).Check(); return Py.None; });
        t.Method0("readable", self => { S(self).Check(); return Py.True; });
        t.Method0("writable", self => { S(self).Check(); return Py.True; });
        t.Method0("seekable", self => { S(self).Check(); return Py.True; });
        t.Method0("isatty", self => { S(self).Check(); return Py.False; });
        t.Method0("__iter__", self => { S(self).Check(); return self; });
        t.Method0("__next__", self =>
        {
            var line = ReadLine(S(self), -1);
            if (Ops.Len(line) == 0) throw PyError.StopIteration();
            return line;
        });
        t.Method0("__enter__", self => { S(self).Check(); return self; });
        t.Method("__exit__", (self, args, kw) => { S(self).Closed = true; return Py.None; });
        if (text)
        {
            t.Getter("line_buffering", self => Py.False);
            t.Getter("newlines", self => Py.None);
        }
        return t;
    }
}
