namespace GilGrid.Interp.Hosting;

/// <summary>Which lock an interpreter runs under.</summary>
public enum GilMode
{
    /// <summary>Its own lock: interpreters run in parallel (CPython 3.12+'s per-interpreter GIL).</summary>
    Own,
    /// <summary>One process-wide lock for every Shared interpreter: the old model, kept to measure the difference.</summary>
    Shared,
}

/// <summary>
/// How an interpreter is isolated, modelled on CPython's `PyInterpreterConfig`. The per-call limits
/// (timeout, tick budget, cancellation) and output sinks live in <see cref="InterpreterOptions"/>.
/// </summary>
public sealed record InterpreterConfig
{
    public GilMode Gil { get; init; } = GilMode.Own;

    /// <summary>Python code may start threads (`threading`, `_thread`).</summary>
    public bool AllowThreads { get; init; } = true;

    /// <summary>
    /// Refuse native modules that do not declare support for several interpreters, with CPython's
    /// "module X does not support loading in subinterpreters". Off only for the main interpreter.
    /// </summary>
    public bool CheckMultiInterpreterExtensions { get; init; } = true;

    /// <summary>The initial `sys.getrecursionlimit()`.</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>
    /// Bytes of tracked storage (containers, str, bytes, big ints; blocks of 1 KB and more) the
    /// interpreter may hold; an allocation past it raises a catchable MemoryError. Null: no limit
    /// (the figure is still kept: <see cref="Interpreter.AllocatedBytes"/>).
    /// </summary>
    public long? AllocationQuota { get; init; }

    /// <summary>An isolated subinterpreter (CPython's `_PyInterpreterConfig_INIT`): own GIL, checks extensions.</summary>
    public static readonly InterpreterConfig Isolated = new();

    /// <summary>Like CPython's main interpreter: legacy native modules load.</summary>
    public static readonly InterpreterConfig Main = new() { CheckMultiInterpreterExtensions = false };

    /// <summary>CPython's legacy subinterpreters: one shared GIL, legacy modules allowed.</summary>
    public static readonly InterpreterConfig Legacy = new() { Gil = GilMode.Shared, CheckMultiInterpreterExtensions = false };
}
