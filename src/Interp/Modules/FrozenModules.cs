using GilGrid.Interp.Compiler;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Modules;

/// <summary>
/// Python-source modules shipped inside the assembly (src/Interp/Modules/Lib, embedded as
/// resources named "frozen/&lt;path&gt;"), CPython's frozen modules: found by the importer after the
/// native modules and before sys.path, compiled once per process (code objects are immutable and
/// shared) and executed afresh in each interpreter that imports them. They have no __file__.
/// </summary>
public static class FrozenModules
{
    private const string Prefix = "frozen/";

    /// <summary>One frozen module: its dotted name, whether it is a package, and its code, compiled on first use.</summary>
    public sealed class Entry(string name, bool isPackage, string resource)
    {
        public string Name { get; } = name;
        public bool IsPackage { get; } = isPackage;
        private readonly Lazy<CodeObject> _code = new(() => CompileResource(name, resource));
        public CodeObject Code => _code.Value;
    }

    private static readonly Dictionary<string, Entry> Entries = Scan();

    public static Entry? Find(string name) => Entries.GetValueOrDefault(name);

    public static IEnumerable<string> Names => Entries.Keys;

    private static Dictionary<string, Entry> Scan()
    {
        var result = new Dictionary<string, Entry>();
        foreach (var res in typeof(FrozenModules).Assembly.GetManifestResourceNames())
        {
            if (!res.StartsWith(Prefix, StringComparison.Ordinal) || !res.EndsWith(".py", StringComparison.Ordinal)) continue;
            // MSBuild's RecursiveDir uses the host's separator.
            var path = res[Prefix.Length..^3].Replace('\\', '/');
            bool isPackage = path.EndsWith("/__init__", StringComparison.Ordinal) || path == "__init__";
            if (isPackage) path = path[..path.LastIndexOf('/')];
            var name = path.Replace('/', '.');
            result[name] = new Entry(name, isPackage, res);
        }
        return result;
    }

    private static CodeObject CompileResource(string name, string resource)
    {
        using var stream = typeof(FrozenModules).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"frozen module resource {resource} is missing");
        using var reader = new StreamReader(stream);
        // CPython names frozen code "<frozen NAME>"; pseudo-file names show no source in tracebacks.
        return PythonRuntime.Compile(reader.ReadToEnd(), $"<frozen {name}>", ParseMode.Exec);
    }
}
