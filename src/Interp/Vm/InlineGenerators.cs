using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

// Generators resumed inside the dispatch loop. A `for` loop over a generator, and `yield from` a
// generator, push the generator's frame above the resumer's, as a call does, instead of
// re-entering the loop natively (PyGenerator.Resume): resuming costs no native stack, so a
// `yield from` chain thousands deep works, and it skips Run's set-up. The generator hands its
// value back at YIELD_VALUE; its return or an escaping exception ends it as Resume would.
public sealed partial class ThreadState
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanResumeInline(PyGenerator g, PyObject sent) =>
        g.Type == Types.Generator && g.Frame != null && !g.Running && (g.Started || sent == Py.None);

    /// <summary>Makes the suspended generator's frame the current frame (PyGenerator.RunFrame's bookkeeping).</summary>
    private Frame ResumeInline(PyGenerator g, PyObject sent)
    {
        var gf = g.Frame!;
        bool pushed = g.Started;
        if (pushed) gf.Stack[gf.Sp++].O = sent;
        else g.Started = true;
        gf.ResumerHandled = Handled;
        Handled = g.SavedHandled;
        g.Running = true;
        try
        {
            PushFrame(gf);
        }
        catch
        {
            // RecursionError, or the host stopping the interpreter at the budget check.
            g.Running = false;
            Handled = gf.ResumerHandled;
            if (pushed) gf.Stack[--gf.Sp].O = null;
            throw;
        }
        return gf;
    }

    /// <summary>The generator stops running (it yielded, returned or raised): its resumer's exception state comes back.</summary>
    private void LeaveInline(Frame gf, PyGenerator g)
    {
        g.Running = false;
        g.SavedHandled = Handled;
        Handled = gf.ResumerHandled;
        gf.ResumerHandled = null;
    }

    /// <summary>An exception left an inline-resumed generator: it is finished, and a StopIteration becomes RuntimeError.</summary>
    private PyBaseException GeneratorRaised(Frame gf, PyGenerator g, PyBaseException exc)
    {
        g.Frame = null;
        LeaveInline(gf, g);
        if (!exc.Type.IsSubtypeOf(Types.StopIteration)) return exc;
        var r = PyError.Runtime("generator raised StopIteration").Exc;
        r.Cause = exc; r.Context = exc; r.SuppressContext = true;
        return r;
    }
}
