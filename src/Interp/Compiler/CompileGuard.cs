using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Compiler;

/// <summary>Deeply nested source must fail with RecursionError, never overflow the .NET stack.</summary>
internal static class CompileGuard
{
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyError.Make(Types.RecursionError, "maximum recursion depth exceeded during compilation");
    }
}
