using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using Orleans.Runtime;

namespace GilGrid.Grains.Interfaces.Pools;

/// <summary>
/// A plugin as a pool installs it: the bundle, and optionally the folder it was read from. With a
/// folder, tracebacks and `__file__` show each module's path inside it (what a local import of the
/// same files shows), so that a map's error records do not depend on where it ran; the folder is
/// never read on the silo.
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PoolPlugin")]
public sealed record PoolPlugin(
    [property: Id(0)] PluginBundle Bundle,
    [property: Id(1)] string? SourceFolder = null)
{
    /// <summary>Names the installed code: the bundle's content id, and the folder when there is one.</summary>
    public string Key => _key ??= SourceFolder is null ? Bundle.Id : Bundle.Id + "-" + FolderHash(SourceFolder);

    [NonSerialized] private string? _key;

    /// <summary>The name tracebacks show for <paramref name="module"/>.</summary>
    public string FileNameOf(PluginModule module) =>
        SourceFolder is null ? module.FileName : Path.Join(SourceFolder, module.FileName);

    private static string FolderHash(string folder) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..8];
}

/// <summary>How a pool worker took a plugin: where it lives, how many cores its silo has, and the
/// error when the plugin's module or function could not be imported.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PoolLoadResult")]
public sealed record PoolLoadResult(
    [property: Id(0)] string Silo,
    [property: Id(1)] int Cores,
    [property: Id(2)] PythonError? Error);

/// <summary>The arguments of one input of a chunk: `function(*Args, **Kwargs)`.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PoolWorkerCall")]
public sealed record PoolWorkerCall(
    [property: Id(0)] ImmutableArray<WireValue> Args,
    [property: Id(1)] WireDict? Kwargs);

/// <summary>
/// A chunk's outcomes on a pool worker, one per call in order: the value (or Python error) with
/// what the plugin printed, and the silo that ran them. <see cref="Results"/> is null when the
/// worker had no plugin loaded (a fresh activation after a silo restart or idle collection): load
/// it and call again.
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PoolCallResult")]
public sealed record PoolCallResult(
    [property: Id(0)] ImmutableArray<ValueResult>? Results,
    [property: Id(1)] string Silo)
{
    public bool NotLoaded => Results is null;
}

/// <summary>A pool worker's answer to a pulse: where it lives, and whether a call is running on it.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PoolWorkerPulse")]
public sealed record PoolWorkerPulse(
    [property: Id(0)] SiloAddress Silo,
    [property: Id(1)] bool Running);

/// <summary>Stable grain type names of the pool grains (they appear in grain ids, so clients can
/// list activations by type).</summary>
public static class PoolGrainTypes
{
    public const string Worker = "pool-worker";
}
