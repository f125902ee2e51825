using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Compiler;

[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 1,      // a function body: fast locals
    NewLocals = 2,
    VarArgs = 4,
    VarKeywords = 8,
    Nested = 16,
    Generator = 32,
    Coroutine = 128,
    AsyncGenerator = 512,
    /// <summary>A list/set/dict comprehension: CPython 3.12+ inlines these, so tracebacks hide their frame.</summary>
    InlinedComprehension = 1 << 20,
}

/// <summary>One exception-table entry: instructions [Start, End) jump to Target with the stack cut to Depth.</summary>
public readonly record struct ExceptionEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>Source range of one instruction (1-based lines, 0-based columns; Line 0 = none).</summary>
public readonly record struct SourceSpan(int Line, int EndLine, int Col, int EndCol);

/// <summary>
/// Compiled code: immutable, free of interpreter state, shareable by every interpreter of the
/// process (compile once, cache by source). Locals, cells and free variables share one slot
/// array per frame ("localsplus"): VarNames, then cells that are not arguments, then free vars.
/// </summary>
public sealed class CodeObject : PyObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string FileName { get; init; }
    public required int FirstLine { get; init; }
    public required int[] Instructions { get; init; }
    public required SourceSpan[] Positions { get; init; }
    public required PyObject[] Consts { get; init; }
    public required string[] Names { get; init; }
    /// <summary>All localsplus names, in slot order.</summary>
    public required string[] LocalNames { get; init; }
    public required LocalKind[] LocalKinds { get; init; }
    public required int ArgCount { get; init; }
    public required int PosOnlyArgCount { get; init; }
    public required int KwOnlyArgCount { get; init; }
    public required CodeFlags Flags { get; init; }
    public required int StackSize { get; init; }
    public required ExceptionEntry[] ExceptionTable { get; init; }
    public required int FreeCount { get; init; }
    public bool HasDocstring { get; init; }

    public CodeObject() : base(Types.Code) { }

    private PyStr[]? _nameStrs;
    /// <summary>Names as str objects (hash computed once), for stores into dicts.</summary>
    public PyStr[] NameStrs => _nameStrs ??= Array.ConvertAll(Names, Intern);

    // One str object per identifier across all code: a name stored by one function and loaded by
    // another is then the same key object, which dict probes and inline caches compare first.
    // str objects are immutable, so sharing them between interpreters is safe.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyStr> Interned = new();
    private static PyStr Intern(string name) => Interned.GetOrAdd(name, n => new PyStr(n));

    private int[]? _siteOf;
    private int _siteCount;

    /// <summary>
    /// Per instruction, the index of its inline cache (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD,
    /// STORE_ATTR), or -1. The caches themselves are per interpreter (Runtime.InlineCaches); the
    /// code only numbers its sites. Computed on first use: a race computes the same array twice.
    /// </summary>
    public int[] SiteOf => Volatile.Read(ref _siteOf) ?? NumberSites();
    public int SiteCount { get { _ = SiteOf; return _siteCount; } }

    private int[] NumberSites()
    {
        var of = new int[Instructions.Length];
        int n = 0;
        for (int i = 0; i < of.Length; i++)
            of[i] = (OpCode)(Instructions[i] & 0xFF) is OpCode.LoadGlobal or OpCode.LoadAttr or OpCode.LoadMethod or OpCode.StoreAttr ? n++ : -1;
        _siteCount = n;
        Volatile.Write(ref _siteOf, of);
        return of;
    }

    public int LocalsCount => LocalNames.Length;
    /// <summary>Parameters, counting *args and **kwargs.</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    public int LineAt(int ip) => ip >= 0 && ip < Positions.Length ? Positions[ip].Line : FirstLine;

    public ExceptionEntry? FindHandler(int ip)
    {
        foreach (var e in ExceptionTable)
            if (ip >= e.Start && ip < e.End) return e;
        return null;
    }
}

[Flags]
public enum LocalKind : byte { Local = 1, Cell = 2, Free = 4, Arg = 8 }
