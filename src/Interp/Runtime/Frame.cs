using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// One element of the operand stack or locals. Wrapping the reference in a struct avoids .NET's
/// covariant array-store check on every push (measured 1.45–1.8x on the prototype VM).
/// </summary>
public struct Slot
{
    public PyObject? O;
}

/// <summary>An executing (or suspended) Python frame, on the heap: calls never recurse on the .NET stack.</summary>
public sealed class Frame
{
    public readonly CodeObject Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The locals mapping of module and class bodies (null in function frames).</summary>
    public PyObject? Locals;
    public readonly PyFunction? Func;
    public readonly Slot[] Fast;
    public readonly Slot[] Stack;
    /// <summary>The inline caches of Code's sites: the function's, or this frame's own for module and class bodies.</summary>
    public readonly SiteCache[] Sites;
    public int Sp;
    /// <summary>Next instruction to execute.</summary>
    public int Ip;
    /// <summary>The instruction being executed (for tracebacks and line numbers).</summary>
    public int Lasti = -1;
    public Frame? Back;
    /// <summary>The generator or coroutine that owns this frame, if any.</summary>
    public PyGenerator? Generator;
    public bool Completed;
    /// <summary>
    /// Set on an `__init__` frame pushed by `Cls(...)` inside the loop: its return value must be None
    /// and the caller receives this new instance instead.
    /// </summary>
    public PyObject? ConstructedInstance;
    /// <summary>
    /// Set on a `__op__` frame pushed by BINARY_OP inside the loop (the operands' class and the
    /// instruction's arg): a NotImplemented return becomes the caller's TypeError, as in Ops.Binary.
    /// </summary>
    internal PyType? InlineBinaryType;
    internal int InlineBinaryArg;
    /// <summary>
    /// Something besides the frame stack may hold this frame (a traceback, a frame object), so
    /// it must not be recycled when it returns. Frames of plain function calls that never escape
    /// go back to their function's pool (FunctionCaches) and serve a later call.
    /// </summary>
    public bool Escaped;
    /// <summary>A generator frame resumed inside the loop: the resumer's `sys.exception()`, restored when it stops.</summary>
    internal PyBaseException? ResumerHandled;
    /// <summary>Made by MakeFrame for a non-generator function: may be recycled on return.</summary>
    internal bool Poolable;

    /// <summary>What the loop executes: Code's instructions with superinstructions (Vm/Quickening.cs).</summary>
    internal readonly int[] Instrs;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? func)
        : this(code, globals, builtins, locals, func, func != null && func.Code == code ? FunctionCaches.For(func) : null)
    {
    }

    internal Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? func, FunctionCaches? caches)
    {
        Sites = caches?.Sites ?? FunctionCaches.NewSites(code);
        Instrs = caches?.Instrs ?? Quickening.For(code);
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Func = func;
        Fast = code.LocalsCount == 0 ? [] : new Slot[code.LocalsCount];
        Stack = new Slot[code.StackSize + 1];
    }

    /// <summary>Back to the state of a new frame (arguments unbound), to be reused by the next call.</summary>
    internal void Reset()
    {
        Array.Clear(Fast);
        Array.Clear(Stack);
        Sp = 0;
        Ip = 0;
        Lasti = -1;
        Completed = false;
        ConstructedInstance = null;
        InlineBinaryType = null;
    }

    public int Line => Code.LineAt(Lasti < 0 ? 0 : Lasti);
}
