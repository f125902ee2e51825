using System.Collections.Immutable;

namespace GilGrid.Grains.Interfaces;

/// <summary>What an interpreter grain's activation has done and holds.</summary>
/// <param name="Name">The interpreter's name (the grain key).</param>
/// <param name="Silo">The silo the activation lives on.</param>
/// <param name="Calls">Calls that ran Python in this activation (failed ones included).</param>
/// <param name="Failures">Calls that ended in a Python error.</param>
/// <param name="AllocatedBytes">Bytes the Python threads allocated while running this activation's calls.</param>
/// <param name="ModulesLoaded">`sys.modules` of the live interpreter, sorted (empty when none is built yet).</param>
/// <param name="Bundles">Names of the installed plugin bundles (the recipe), in install order.</param>
/// <param name="LastError">The error of the most recent failed call, if any.</param>
[GenerateSerializer, Immutable, Alias("gilgrid.InterpreterStats")]
public sealed record InterpreterStats(
    [property: Id(0)] string Name,
    [property: Id(1)] string Silo,
    [property: Id(2)] long Calls,
    [property: Id(3)] long Failures,
    [property: Id(4)] long AllocatedBytes,
    [property: Id(5)] ImmutableArray<string> ModulesLoaded,
    [property: Id(6)] ImmutableArray<string> Bundles,
    [property: Id(7)] PythonError? LastError);
