namespace GilGrid.Client.Local;

/// <summary>
/// What `gilgrid run` executes, resolved the way `python` resolves its command line: the source,
/// the file name tracebacks show, `sys.argv` and the folders put first on `sys.path`.
/// </summary>
/// <param name="Package">`__package__` of `__main__` when it is set (`-m`), so relative imports work.</param>
public sealed record PythonProgram(string Source, string FileName, IReadOnlyList<string> Argv,
    IReadOnlyList<string> SearchPaths, string? Package = null)
{
    /// <summary>`python -c CODE ARGS`: argv[0] is "-c" and sys.path[0] is "" (the current folder,
    /// looked up at import time, as in CPython).</summary>
    public static PythonProgram FromCode(string code, IReadOnlyList<string> args) =>
        new(code, "<string>", ["-c", .. args], [""]);

    /// <summary>`python - ARGS`: the program is read from standard input.</summary>
    public static PythonProgram FromStdin(TextReader stdin, IReadOnlyList<string> args) =>
        new(stdin.ReadToEnd(), "<stdin>", ["-", .. args], [""]);

    /// <summary>
    /// `python FILE ARGS`. Like CPython, the file name is the path as given joined to the current
    /// folder (not normalised), and sys.path[0] is the script's real folder (symbolic links resolved).
    /// A folder runs its `__main__.py`. Errors carry CPython's wording and exit status.
    /// </summary>
    public static PythonProgram FromFile(string path, IReadOnlyList<string> args)
    {
        var joined = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        string scriptFile;
        string scriptFolder;
        if (Directory.Exists(joined))
        {
            scriptFile = Path.Join(joined, "__main__.py");
            if (!File.Exists(scriptFile))
                throw new Commands.CliErrorException($"can't find '__main__' module in '{joined}'", 1);
            scriptFolder = RealPath(joined);
        }
        else
        {
            scriptFile = joined;
            scriptFolder = Path.GetDirectoryName(RealPath(joined)) ?? "/";
        }

        string source;
        try
        {
            source = File.ReadAllText(scriptFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "[Errno 2] No such file or directory",
                UnauthorizedAccessException => "[Errno 13] Permission denied",
                _ => e.Message,
            };
            throw new Commands.CliErrorException($"can't open file '{scriptFile}': {reason}", 2);
        }
        return new PythonProgram(source, scriptFile, [path, .. args], [scriptFolder]);
    }

    /// <summary>
    /// `python -m MODULE ARGS`: the module is looked up from the current folder (a dotted name is a
    /// path of packages; a package runs its `__main__` submodule) and runs as `__main__`, with
    /// sys.argv[0] its full path, the current folder first on sys.path and `__package__` set. Only
    /// files are found: GilGrid's own standard modules cannot be run this way.
    /// </summary>
    public static PythonProgram FromModule(string module, IReadOnlyList<string> args)
    {
        var folder = Directory.GetCurrentDirectory();
        var parts = module.Split('.');
        if (parts.Any(p => p.Length == 0))
            throw new Commands.CliErrorException("Relative module names not supported", 1);
        var asPath = Path.Join([folder, .. parts]);
        string file;
        string package;
        if (File.Exists(asPath + ".py"))
        {
            file = asPath + ".py";
            package = string.Join('.', parts[..^1]);
        }
        else if (File.Exists(Path.Join(asPath, "__init__.py")))
        {
            file = Path.Join(asPath, "__main__.py");
            if (!File.Exists(file))
                throw new Commands.CliErrorException(
                    $"No module named {module}.__main__; '{module}' is a package and cannot be directly executed", 1);
            package = module;
        }
        else
        {
            throw new Commands.CliErrorException($"No module named {module}", 1);
        }
        var source = ReadSource(file);
        return new PythonProgram(source, file, [file, .. args], [folder], package);
    }

    private static string ReadSource(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Commands.CliErrorException($"can't read '{file}': {e.Message}", 1);
        }
    }

    /// <summary>The normalised absolute path with a symbolic link at its end followed.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
    }
}
