namespace GilGrid.Client.Local;

/// <summary>
/// What `gilgrid run` executes, resolved the way `python` resolves its command line: the source,
/// the file name tracebacks show, `sys.argv` and the folders put first on `sys.path`.
/// </summary>
public sealed record PythonProgram(string Source, string FileName, IReadOnlyList<string> Argv,
    IReadOnlyList<string> SearchPaths)
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
