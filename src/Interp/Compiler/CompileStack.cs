using System.Runtime.CompilerServices;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Compiler;

/// <summary>
/// The symbol table and code generator recurse over the AST, and the parser builds some deep trees
/// iteratively (`1+1+...+1` with 100,000 terms is a 100,000-deep BinOp chain). A .NET stack
/// overflow would kill the process, so every visit checks the native stack first and refuses the
/// source the way CPython does.
/// </summary>
internal static class CompileStack
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyError.Recursion("maximum recursion depth exceeded during compilation");
    }
}
