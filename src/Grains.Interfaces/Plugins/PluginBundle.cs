using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace GilGrid.Grains.Interfaces.Plugins;

/// <summary>One module of a plugin: its dotted name, its source, and whether it is a package's `__init__`.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PluginModule")]
public sealed record PluginModule(
    [property: Id(0)] string Name,
    [property: Id(1)] string Source,
    [property: Id(2)] bool IsPackage = false)
{
    /// <summary>The file name tracebacks show: the module's path inside the bundle.</summary>
    public string FileName => Name.Replace('.', '/') + (IsPackage ? "/__init__.py" : ".py");
}

/// <summary>
/// A plugin as it travels to interpreters: module sources (packages allowed), no file system needed on
/// the receiving side. <paramref name="EntryPoint"/> is an optional `module:function` to call by
/// default. Installed bundles are part of an interpreter's recipe, so they are plain data.
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PluginBundle")]
public sealed record PluginBundle(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<PluginModule> Modules,
    [property: Id(2)] string? EntryPoint = null)
{
    /// <summary>
    /// A content hash of the modules (names, package flags and sources) and the entry point: two
    /// bundles with the same id install the same code, so a worker can skip re-installing it.
    /// </summary>
    public string Id => _id ??= ComputeId();

    [NonSerialized] private string? _id;

    private string ComputeId()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var m in Modules.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{m.Name}\0{m.IsPackage}\0{m.Source.Length}\0"));
            sha.AppendData(Encoding.UTF8.GetBytes(m.Source));
        }
        sha.AppendData(Encoding.UTF8.GetBytes("\0" + EntryPoint));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    public bool Equals(PluginBundle? other) =>
        other is not null && Name == other.Name && EntryPoint == other.EntryPoint && Modules.SequenceEqual(other.Modules);

    public override int GetHashCode() => HashCode.Combine(Name, EntryPoint, Modules.Length);

    /// <summary>
    /// Reads a plugin from disk: a `.py` file is one module named after its stem; a package folder
    /// (with `__init__.py`) brings every `.py` below it, subpackages included, named by their dotted
    /// path. Folders without `__init__.py` inside a package are skipped, as Python would not import them.
    /// </summary>
    public static PluginBundle FromPath(string path, string? entryPoint = null)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full) && full.EndsWith(".py", StringComparison.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(full);
            return new PluginBundle(name, [new PluginModule(name, File.ReadAllText(full))], entryPoint);
        }
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, "__init__.py")))
        {
            var modules = ImmutableArray.CreateBuilder<PluginModule>();
            AddPackage(full, Path.GetFileName(full), modules);
            return new PluginBundle(Path.GetFileName(full), modules.ToImmutable(), entryPoint);
        }
        throw new FileNotFoundException($"not a .py file or a package folder with __init__.py: '{path}'", path);
    }

    private static void AddPackage(string folder, string dotted, ImmutableArray<PluginModule>.Builder modules)
    {
        modules.Add(new PluginModule(dotted, File.ReadAllText(Path.Combine(folder, "__init__.py")), IsPackage: true));
        foreach (var file in Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            if (stem != "__init__") modules.Add(new PluginModule($"{dotted}.{stem}", File.ReadAllText(file)));
        }
        foreach (var sub in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(sub, "__init__.py")))
                AddPackage(sub, $"{dotted}.{Path.GetFileName(sub)}", modules);
    }
}
