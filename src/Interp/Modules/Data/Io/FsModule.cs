using GilGrid.Interp.Hosting;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Io;

/// <summary>An open file of `_fs.open`: the raw stream under FileIO.</summary>
internal sealed class PyFileHandle(FileStream stream, bool append) : PyObject(FsModule.HandleType)
{
    public FileStream? Stream = stream;

    /// <summary>Mode a: every write goes to the end, wherever seek() left the position (POSIX O_APPEND).</summary>
    public readonly bool Append = append;

    public FileStream Open => Stream ?? throw PyError.ValueError("I/O operation on closed file.");
}

/// <summary>
/// `_fs`: the file-system and environment primitives under open(), os and pathlib. Every call checks
/// the interpreter's grants (<see cref="InterpreterConfig.Files"/>, <see cref="InterpreterConfig.AllowEnvironment"/>)
/// on the resolved path and then works on that resolved path; errors are OSError subclasses with
/// CPython's errno, message and the caller's own spelling of the file name.
/// </summary>
internal static class FsModule
{
    public static readonly NativeModuleDef Def = new("_fs", Exec);
    public static readonly PyType HandleType = MakeHandleType();

    private static void Exec(Interpreter interp, PyModule m)
    {
        var grants = interp.Config.Files;
        // Arguments as an array: the bodies run inside Guard's lambda, which cannot capture a span.
        void F(string name, Func<PyObject[], PyObject> body) => ModuleKit.Fn(m, name, (_, args, _) => body(args.ToArray()));
        string Checked(PyObject what, PyObject path, bool write) =>
            Check(grants, Ops.StrString(what), Ops.StrString(path), write);

        F("check", a => PyStr.From(Checked(a[0], a[1], Ops.IsTrue(a[2]))));
        F("granted", _ => Py.Bool(!grants.IsNone));
        F("listdir", a => Guard(a[1], () =>
        {
            var dir = Checked(a[0], a[1], false);
            if (File.Exists(dir)) throw Errno(20, a[1]);
            var list = new PyList();
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos()) list.Append(PyStr.From(entry.Name));
            return list;
        }));
        F("stat", a => Guard(a[1], () => Stat(Checked(a[0], a[1], false), a[1])));
        F("mkdir", a => Guard(a[1], () =>
        {
            var dir = Checked(a[0], a[1], true);
            if (Path.Exists(dir)) throw Errno(17, a[1]);
            if (!Directory.Exists(Path.GetDirectoryName(dir))) throw Errno(2, a[1]);
            Directory.CreateDirectory(dir);
            return Py.None;
        }));
        F("remove", a => Guard(a[1], () =>
        {
            var file = Checked(a[0], a[1], true);
            if (Directory.Exists(file)) throw Errno(21, a[1]);
            if (!File.Exists(file)) throw Errno(2, a[1]);
            File.Delete(file);
            return Py.None;
        }));
        F("rmdir", a => Guard(a[1], () =>
        {
            var dir = Checked(a[0], a[1], true);
            if (File.Exists(dir)) throw Errno(20, a[1]);
            if (!Directory.Exists(dir)) throw Errno(2, a[1]);
            if (Directory.EnumerateFileSystemEntries(dir).Any()) throw Errno(39, a[1]);
            Directory.Delete(dir);
            return Py.None;
        }));
        F("rename", a => Guard(a[1], () =>
        {
            var source = Checked(a[0], a[1], true);
            var target = Checked(a[0], a[2], true);
            if (Directory.Exists(source)) Directory.Move(source, target);
            else if (File.Exists(source)) File.Move(source, target, overwrite: true);
            else throw Errno(2, a[1]);
            return Py.None;
        }));
        F("islink", a => Guard(a[1], () =>
        {
            // The link itself, not its target: resolve the folder it sits in, then look at the entry.
            var path = Ops.StrString(a[1]).TrimEnd('/');
            var folder = Checked(a[0], PyStr.From(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/"), false);
            return Py.Bool(new FileInfo(Path.Combine(folder, Path.GetFileName(path))).LinkTarget != null);
        }));
        F("realpath", a => PyStr.From(Checked(a[0], a[1], false)));
        F("getcwd", a => PyStr.From(Checked(a[0], PyStr.From(Environment.CurrentDirectory), false)));
        F("environ", a =>
        {
            CheckEnvironment(interp, Ops.StrString(a[0]));
            var dict = new PyDict();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                dict.Set((string)e.Key, PyStr.From((string?)e.Value ?? ""));
            return dict;
        });
        F("putenv", a =>
        {
            CheckEnvironment(interp, Ops.StrString(a[0]));
            Environment.SetEnvironmentVariable(Ops.StrString(a[1]), a[2] == Py.None ? null : Ops.StrString(a[2]));
            return Py.None;
        });
    }

    private static void CheckEnvironment(Interpreter interp, string what)
    {
        if (!interp.Config.AllowEnvironment)
            throw PyError.Make(Types.PermissionError, $"{what} is not available: environment access was not granted to this interpreter");
    }

    /// <summary>The resolved path, or PermissionError naming the call and the capability that is missing.</summary>
    public static string Check(FileGrants grants, string what, string path, bool write)
    {
        if (path.Contains('\0')) throw PyError.ValueError("embedded null byte");
        if (grants.IsNone)
            throw PyError.Make(Types.PermissionError, $"{what} is not available: file access was not granted to this interpreter");
        var resolved = PathResolver.Resolve(path);
        if (!grants.Allows(resolved, write))
            throw PyError.Make(Types.PermissionError,
                $"{what}: {(write ? "write" : "read")} access to {Ops.ReprString(PyStr.From(path))} was not granted to this interpreter");
        return resolved;
    }

    private static readonly Dictionary<int, string> Messages = new()
    {
        [2] = "No such file or directory", [13] = "Permission denied", [17] = "File exists",
        [20] = "Not a directory", [21] = "Is a directory", [39] = "Directory not empty",
    };

    /// <summary>OSError(errno, strerror, filename): the constructor picks the subclass, as CPython's does.</summary>
    public static PyError Errno(int errno, PyObject filename) =>
        new((PyBaseException)Ops.Call(Types.OSError, PyInt.From(errno), PyStr.From(Messages[errno]), filename));

    /// <summary>Turns .NET's I/O exceptions into OSError for the cases the pre-checks did not catch.</summary>
    private static PyObject Guard(PyObject filename, Func<PyObject> body)
    {
        try { return body(); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw Errno(2, filename); }
        catch (UnauthorizedAccessException) { throw Errno(13, filename); }
        catch (IOException e)
        {
            // On Unix .NET carries the errno in HResult for the errors it does not map itself.
            throw Messages.ContainsKey(e.HResult) ? Errno(e.HResult, filename) : PyError.Make(Types.OSError, e.Message);
        }
    }

    public static PyObject OpenFile(string path, PyObject filename, string mode) => Guard(filename, () =>
    {
        if (Directory.Exists(path)) throw Errno(21, filename);
        var (fileMode, access) = mode switch
        {
            "r" => (FileMode.Open, FileAccess.Read),
            "r+" => (FileMode.Open, FileAccess.ReadWrite),
            "w" => (FileMode.Create, FileAccess.Write),
            "w+" => (FileMode.Create, FileAccess.ReadWrite),
            // Not FileMode.Append: it forbids seeking back, which CPython allows in mode a.
            "a" => (FileMode.OpenOrCreate, FileAccess.Write),
            "a+" => (FileMode.OpenOrCreate, FileAccess.ReadWrite),
            "x" => (FileMode.CreateNew, FileAccess.Write),
            "x+" => (FileMode.CreateNew, FileAccess.ReadWrite),
            _ => throw PyError.ValueError($"invalid mode: '{mode}'"),
        };
        if (fileMode == FileMode.CreateNew && Path.Exists(path)) throw Errno(17, filename);
        if (fileMode == FileMode.Open && !File.Exists(path)) throw Errno(2, filename);
        var stream = new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        bool append = mode[0] == 'a';
        if (append) stream.Seek(0, SeekOrigin.End);
        return new PyFileHandle(stream, append);
    });

    private static PyObject Stat(string path, PyObject filename)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists) throw Errno(2, filename);
        bool dir = info is DirectoryInfo;
        long size = dir ? 4096 : ((FileInfo)info).Length;
        int mode = (dir ? 0x4000 : 0x8000) | (int)info.UnixFileMode;
        static PyObject Seconds(DateTime t) => new PyFloat((t.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds);
        return PyTuple.Of(PyInt.From(mode), PyInt.From(size), Seconds(info.LastWriteTimeUtc),
            Seconds(info.LastAccessTimeUtc), Seconds(info.CreationTimeUtc));
    }

    private static PyFileHandle H(PyObject o) => (PyFileHandle)o;

    private static PyType MakeHandleType()
    {
        var t = new PyType(Types.Type, "handle", [Types.Object]);
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_fs");
        t.Method("read", (self, args, kw) =>
        {
            var s = H(self).Open;
            long n = args.Length == 0 || args[0] == Py.None ? -1 : Ops.Index(args[0]).ToInt64();
            if (n < 0) n = Math.Max(0, s.Length - s.Position);
            var buffer = new byte[Math.Min(n, int.MaxValue)];
            int total = 0, got;
            while (total < buffer.Length && (got = s.Read(buffer, total, buffer.Length - total)) > 0) total += got;
            return new PyBytes(total == buffer.Length ? buffer : buffer[..total]);
        });
        t.Method1("write", (self, data) =>
        {
            var h = H(self);
            var s = h.Open;
            if (data is not PyBytes b) throw PyError.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");
            if (h.Append) s.Seek(0, SeekOrigin.End);
            s.Write(b.Span);
            return PyInt.From(b.Length);
        });
        t.Method("seek", (self, args, kw) =>
        {
            var s = H(self).Open;
            long offset = Ops.Index(args[0]).ToInt64();
            long whence = args.Length > 1 ? Ops.Index(args[1]).ToInt64() : 0;
            var origin = whence switch { 0 => SeekOrigin.Begin, 1 => SeekOrigin.Current, 2 => SeekOrigin.End,
                _ => throw PyError.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)") };
            if (origin == SeekOrigin.Begin && offset < 0) throw PyError.Make(Types.OSError, "[Errno 22] Invalid argument");
            return PyInt.From(s.Seek(offset, origin));
        });
        t.Method0("tell", self => PyInt.From(H(self).Open.Position));
        t.Method1("truncate", (self, size) => { H(self).Open.SetLength(Ops.Index(size).ToInt64()); return size; });
        t.Method0("flush", self => { H(self).Open.Flush(); return Py.None; });
        t.Method0("close", self =>
        {
            var h = H(self);
            h.Stream?.Dispose();
            h.Stream = null;
            return Py.None;
        });
        return t;
    }
}
