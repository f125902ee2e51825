namespace GilGrid.Interp.Hosting;

/// <summary>Which lock an interpreter runs under.</summary>
public enum GilMode
{
    /// <summary>Its own lock: interpreters run in parallel (CPython 3.12+'s per-interpreter GIL).</summary>
    Own,
    /// <summary>One process-wide lock for every Shared interpreter: the old model, kept to measure the difference.</summary>
    Shared,
}

/// <summary>
/// How an interpreter is isolated, modelled on CPython's `PyInterpreterConfig`. The per-call limits
/// (timeout, tick budget, cancellation) and output sinks live in <see cref="InterpreterOptions"/>.
/// </summary>
public sealed record InterpreterConfig
{
    public GilMode Gil { get; init; } = GilMode.Own;

    /// <summary>Python code may start threads (`threading`, `_thread`).</summary>
    public bool AllowThreads { get; init; } = true;

    /// <summary>
    /// Refuse native modules that do not declare support for several interpreters, with CPython's
    /// "module X does not support loading in subinterpreters". Off only for the main interpreter.
    /// </summary>
    public bool CheckMultiInterpreterExtensions { get; init; } = true;

    /// <summary>Folders that Python code may read or write (`open`, os, pathlib). Default: none.</summary>
    public FileGrants Files { get; init; } = FileGrants.None;

    /// <summary>Python code may read and set environment variables (`os.environ`, `os.getenv`).</summary>
    public bool AllowEnvironment { get; init; }

    /// <summary>The initial `sys.getrecursionlimit()`.</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>
    /// Bytes of tracked storage (containers, str, bytes, big ints; blocks of 1 KB and more) the
    /// interpreter may hold; an allocation past it raises a catchable MemoryError. Null: no limit
    /// (the figure is still kept: <see cref="Interpreter.AllocatedBytes"/>).
    /// </summary>
    public long? AllocationQuota { get; init; }

    /// <summary>An isolated subinterpreter (CPython's `_PyInterpreterConfig_INIT`): own GIL, checks extensions.</summary>
    public static readonly InterpreterConfig Isolated = new();

    /// <summary>Like CPython's main interpreter: legacy native modules load.</summary>
    public static readonly InterpreterConfig Main = new() { CheckMultiInterpreterExtensions = false };

    /// <summary>CPython's legacy subinterpreters: one shared GIL, legacy modules allowed.</summary>
    public static readonly InterpreterConfig Legacy = new() { Gil = GilMode.Shared, CheckMultiInterpreterExtensions = false };
}

/// <summary>One folder granted to an interpreter, with everything below it.</summary>
public sealed record FolderGrant(string Folder, bool Writable);

/// <summary>
/// The file system an interpreter may touch: everything (`gilgrid run`, like `python`) or a list of
/// folders, each readable or read-write. Paths are resolved (`..` and symlinks) before the check, and
/// the resolved path is the one opened, so neither `../` nor a symlink inside a grant leads out of it.
/// </summary>
public sealed record FileGrants
{
    public bool Everything { get; init; }
    public IReadOnlyList<FolderGrant> Folders { get; init; } = [];

    public static readonly FileGrants None = new();
    public static readonly FileGrants All = new() { Everything = true };

    public static FileGrants Of(params FolderGrant[] folders) => new() { Folders = folders };

    public bool IsNone => !Everything && Folders.Count == 0;

    /// <summary>Whether the resolved path <paramref name="resolved"/> lies in a grant that allows the access.</summary>
    public bool Allows(string resolved, bool write)
    {
        if (Everything) return true;
        foreach (var grant in Folders)
        {
            if (write && !grant.Writable) continue;
            var root = PathResolver.Resolve(grant.Folder);
            if (resolved == root || resolved.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}

/// <summary>Resolves a path the way `os.path.realpath` does: absolute, every symlink followed, and each `..`
/// applied to the folder it really follows (so `link/..` is the link target's parent, as the OS sees it).</summary>
public static class PathResolver
{
    private const int MaxLinks = 40; // Linux's ELOOP limit

    public static string Resolve(string path)
    {
        int links = 0;
        return Resolve(path, ref links);
    }

    private static string Resolve(string path, ref int links)
    {
        // Not Path.GetFullPath: it removes `..` by text, before the symlink in front of it is followed.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string current = "/";
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] == ".") continue;
            if (parts[i] == "..") { current = Path.GetDirectoryName(current) ?? "/"; continue; }
            var next = current == "/" ? "/" + parts[i] : current + "/" + parts[i];
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) return next; // a loop: the open fails later with the OS error
                // The rest of the path continues from the target, which may hold `..` and links itself.
                var rest = string.Join('/', parts, i + 1, parts.Length - i - 1);
                var joined = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                return Resolve(rest.Length == 0 ? joined : joined + "/" + rest, ref links);
            }
            current = next;
        }
        return current;
    }
}
