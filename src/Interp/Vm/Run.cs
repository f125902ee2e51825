using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

// Entering the dispatch loop and unwinding: Run is the only entry (native code calling back into
// Python re-enters here, guarded by the native stack probe); Python exceptions found by Dispatch
// unwind frame by frame through each code's exception table.
public sealed partial class ThreadState
{
    /// <summary>Runs `entry` until it returns or yields; its Back is the calling frame.</summary>
    internal PyObject Run(Frame entry, PyBaseException? throwIn = null)
    {
        EnsureStack();
        if (++NativeDepth > 400 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            NativeDepth--;
            throw PyError.Recursion("maximum recursion depth exceeded");
        }
        entry.Back = Frame;
        Frame = entry;
        // Every Python frame counts against the recursion limit, the module's included (as CPython).
        if (++Depth > Interp.RecursionLimit)
        {
            Depth--;
            NativeDepth--;
            Frame = entry.Back;
            entry.Back = null;
            throw PyError.Recursion("maximum recursion depth exceeded");
        }
        PyBaseException? pending = throwIn;
        // Where to look for a handler. Not always Lasti: a Reraise restores Lasti (for line numbers)
        // while the handler must be found for the Reraise itself, as in CPython's exception_unwind.
        int at = 0;
        if (pending != null) { entry.Lasti = entry.Ip - 1; at = entry.Lasti; AddTraceback(pending, entry); }
        try
        {
            while (true)
            {
                if (pending == null)
                {
                    try
                    {
                        var r = Dispatch(entry, out pending);
                        if (pending == null) return r!;
                        at = Frame!.Ip - 1;
                    }
                    catch (PyError e)
                    {
                        pending = e.Exc;
                        // Raised by native code just now: it happened while handling Handled.
                        if (pending.Traceback == null) SetContext(pending);
                        AddTraceback(pending, Frame!);
                        at = Frame!.Lasti;
                    }
                    catch (InsufficientExecutionStackException)
                    {
                        pending = PyError.Recursion("maximum recursion depth exceeded").Exc;
                        AddTraceback(pending, Frame!);
                        at = Frame!.Lasti;
                    }
                    catch (Exception e) when (e is InvalidCastException or IndexOutOfRangeException or ArgumentException
                                                  or OverflowException or NullReferenceException or FormatException)
                    {
                        // Safety net: a builtin that did not validate its arguments must not take the
                        // host down. A wrong argument type becomes CPython's generic TypeError.
                        pending = (e is InvalidCastException
                            ? PyError.TypeError("bad argument type for built-in operation")
                            : PyError.Make(Types.SystemError, $"internal error in a builtin: {e.GetType().Name}: {e.Message}")).Exc;
                        SetContext(pending);
                        AddTraceback(pending, Frame!);
                        at = Frame!.Lasti;
                    }
                }
                // Unwind frame by frame until a handler takes the exception or the entry frame is left.
                while (true)
                {
                    var f = Frame!;
                    var h = f.Code.FindHandler(at);
                    if (h is { } entryH)
                    {
                        f.Sp = entryH.Depth;
                        if (entryH.PushLasti) f.Stack[f.Sp++].O = PyInt.From(f.Lasti);
                        f.Stack[f.Sp++].O = pending;
                        f.Ip = entryH.Target;
                        pending = null;
                        break;
                    }
                    f.Completed = true;
                    PopFrame(f);
                    if (f == entry) throw new PyError(pending);
                    if (f.Generator is { } gen) pending = GeneratorRaised(f, gen, pending);
                    AddTraceback(pending, Frame!);
                    at = Frame!.Lasti;
                }
            }
        }
        finally
        {
            NativeDepth--;
        }
    }

    private void PopFrame(Frame f)
    {
        Frame = f.Back;
        Depth--;
        f.Back = null;
    }

    internal static void AddTraceback(PyBaseException exc, Frame f)
    {
        f.Escaped = true;
        exc.Traceback = new PyTraceback(f, f.Lasti, exc.Traceback);
    }
}
