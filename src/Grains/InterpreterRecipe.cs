using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Grains;

/// <summary>
/// How to rebuild an interpreter grain's interpreter: the plugin bundles it installed (in order),
/// the values prepared in its `__main__` and its limits. It is the grain's persistent state, so an
/// activation on any silo, after idle collection or a silo's death, rebuilds the same interpreter;
/// what the code later did to the heap is not in it and is lost, like a process restart.
/// </summary>
[GenerateSerializer, Alias("gilgrid.InterpreterRecipe")]
public sealed class InterpreterRecipe
{
    [Id(0)] public List<PluginBundle> Bundles { get; set; } = [];

    [Id(1)] public Dictionary<string, WireValue> Prepared { get; set; } = [];

    [Id(2)] public InterpreterLimits Limits { get; set; } = new();

    /// <summary>A module of a bundle is imported on install and rebuild when it is top-level (no dot).</summary>
    public static IEnumerable<string> TopLevelModules(PluginBundle bundle) =>
        bundle.Modules.Where(m => !m.Name.Contains('.')).Select(m => m.Name);
}
