using System.Collections.Concurrent;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// Process-wide, interpreter-independent state (CPython's _PyRuntimeState): the builtin types and
/// singletons live in <see cref="Objects.Types"/>; this holds the compiled-code cache. Code objects
/// are immutable, so one compilation serves every interpreter.
/// </summary>
public static class PythonRuntime
{
    private static readonly ConcurrentDictionary<(string file, ParseMode mode, string source), CodeObject> CodeCache = new();
    private const int MaxCachedSource = 1 << 20;

    public static CodeObject Compile(string source, string fileName, ParseMode mode)
    {
        if (source.Length > MaxCachedSource) return CompileUncached(source, fileName, mode);
        return CodeCache.GetOrAdd((fileName, mode, source), k => CompileUncached(k.source, k.file, k.mode));
    }

    private static CodeObject CompileUncached(string source, string fileName, ParseMode mode)
    {
        var ast = PythonParser.Parse(source, fileName, mode);
        return PyCompiler.Compile(ast, fileName, source);
    }
}
