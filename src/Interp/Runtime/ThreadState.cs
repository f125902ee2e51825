using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// Per-thread execution state inside one interpreter (CPython's PyThreadState): the frame stack,
/// the exception being handled, the recursion depth and the budget countdown.
/// </summary>
public sealed partial class ThreadState
{
    [ThreadStatic] private static ThreadState? _current;

    /// <summary>The thread state running on this OS thread (set while an interpreter runs code).</summary>
    public static ThreadState Current => _current ?? throw new InvalidOperationException("no Python interpreter is running on this thread");
    internal static ThreadState? CurrentOrNull => _current;

    public readonly Interpreter Interp;
    public Frame? Frame;
    public int Depth;
    /// <summary>The exception being handled (`sys.exception()`), or null.</summary>
    public PyBaseException? Handled;

    /// <summary>
    /// sys.exception(): the exception being handled or, when none is and a running generator's frame
    /// is on the stack, the one its resumer was handling (CPython's chain of exception states).
    /// </summary>
    public PyBaseException? TopmostHandled()
    {
        if (Handled != null) return Handled;
        for (var f = Frame; f != null; f = f.Back)
            if (f.Generator != null && f.ResumerHandled != null) return f.ResumerHandled;
        return null;
    }
    /// <summary>Instructions left before the cold budget check (see Interpreter.CheckBudget).</summary>
    public int Budget = BudgetSlice;
    internal const int BudgetSlice = 10_000;
    /// <summary>Native re-entries of the dispatch loop on this thread.</summary>
    internal int NativeDepth;

    public ThreadState(Interpreter interp) { Interp = interp; }

    /// <summary>Makes this the current thread state for the duration of a host call; restores the previous one.</summary>
    internal Scope Enter()
    {
        var prev = _current;
        _current = this;
        return new Scope(prev);
    }

    internal readonly struct Scope(ThreadState? prev) : IDisposable
    {
        public void Dispose() => _current = prev;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void BudgetTick()
    {
        Budget = BudgetSlice;
        Interp.CheckBudget();
    }

    internal static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyError.Recursion("maximum recursion depth exceeded");
    }

    /// <summary>The native stack probe with CPython's wording for where the recursion happened.</summary>
    internal static void EnsureStack(string where)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyError.Recursion("maximum recursion depth exceeded " + where);
    }
}
