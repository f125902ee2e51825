namespace GilGrid.Interp.Hosting;

/// <summary>
/// A module given to an interpreter as source text instead of a file: a plugin's module, or a
/// package's `__init__` (<paramref name="IsPackage"/>) whose submodules are other sources named
/// `package.sub`. <paramref name="FileName"/> is what `__file__` and tracebacks show.
/// </summary>
public sealed record ModuleSource(string Name, string Source, bool IsPackage = false, string? FileName = null)
{
    public string DisplayFileName => FileName ?? Name.Replace('.', '/') + (IsPackage ? "/__init__.py" : ".py");
}

/// <summary>One interpreter's module sources: consulted by the importer after native and frozen modules.</summary>
internal sealed class ModuleSourceTable
{
    private readonly Dictionary<string, ModuleSource> _sources = new(StringComparer.Ordinal);

    public void Add(ModuleSource module)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module.Name);
        _sources[module.Name] = module;
    }

    public ModuleSource? Find(string name) => _sources.GetValueOrDefault(name);

    public IReadOnlyCollection<string> Names => _sources.Keys;
}
