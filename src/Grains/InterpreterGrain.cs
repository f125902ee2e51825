using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Interp;

namespace GilGrid.Grains;

/// <summary>
/// One interpreter per activation. Orleans runs one call of this non-reentrant grain at a time, so
/// the interpreter is only ever touched by one Python thread at a time: the turn is its GIL. Fields
/// below are used only from inside work run on the <see cref="PythonThreadPool"/>; the pool's queue
/// and task completion order those accesses across threads.
/// </summary>
public sealed class InterpreterGrain(PythonThreadPool pythonThreads) : Grain, IInterpreterGrain
{
    private readonly CapturedOutput _stdout = new();
    private readonly CapturedOutput _stderr = new();
    private Interpreter? _interpreter;

    public Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default) =>
        pythonThreads.RunAsync(() => RunExec(source), cancellationToken);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _interpreter?.Dispose();
        _interpreter = null;
        return Task.CompletedTask;
    }

    private ExecResult RunExec(string source)
    {
        // Created on first use: an interpreter is cheap, but an activation that only answers status
        // calls should not pay for one.
        _interpreter ??= new Interpreter(new InterpreterOptions { Stdout = _stdout, Stderr = _stderr });
        PythonError? error = null;
        try
        {
            _interpreter.Exec(source, "<string>");
        }
        catch (PythonException e)
        {
            error = new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback);
        }
        catch (SystemExitException e)
        {
            // The grain outlives the code: SystemExit ends only this call. CPython prints no
            // traceback for it, hence none here; the message is str(SystemExit(code)).
            error = new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), "");
        }
        return new ExecResult(_stdout.Take(), _stderr.Take(), error);
    }
}
