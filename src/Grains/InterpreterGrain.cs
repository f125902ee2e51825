using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;

namespace GilGrid.Grains;

/// <summary>
/// One interpreter per activation. Orleans runs one call of this non-reentrant grain at a time, so
/// the interpreter is only ever touched by one Python thread at a time: the turn is its GIL.
/// Two kinds of state, kept apart: the interpreter and its output writers are used by work run on
/// the <see cref="PythonThreadPool"/> (the pool's queue and task completion order those accesses
/// across threads; closing it happens on a turn with nothing running); the status fields are used
/// only on the grain's own scheduler, where the interleaving <see cref="Status"/> reads them.
/// </summary>
[GrainType(GrainTypes.Interpreter)]
public sealed class InterpreterGrain(PythonThreadPool pythonThreads) : Grain, IInterpreterGrain
{
    private readonly CapturedOutput _stdout = new();
    private readonly CapturedOutput _stderr = new();
    // Kept across calls, cancelled ones included: cancellation stops only the call it came with.
    private Interpreter? _interpreter;

    private DateTime? _runningSince;
    private long _callsCompleted;
    private long _callsFailed;
    private PythonError? _lastError;

    public Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default) =>
        Exec(source, "<string>", cancellationToken);

    public async Task<ExecResult> Exec(string source, string fileName, CancellationToken cancellationToken = default)
    {
        _runningSince = DateTime.UtcNow;
        try
        {
            var result = await pythonThreads.RunAsync(() => RunExec(source, fileName, cancellationToken), cancellationToken);
            _callsCompleted++;
            if (result.Error is not null)
            {
                _callsFailed++;
                _lastError = result.Error;
            }
            return result;
        }
        finally
        {
            _runningSince = null;
        }
    }

    public Task<InterpreterStatus> Status() => Task.FromResult(new InterpreterStatus(
        this.GetPrimaryKeyString(), RuntimeIdentity, _runningSince, _callsCompleted, _callsFailed, _lastError));

    public Task Close()
    {
        DropInterpreter();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DropInterpreter();
        return Task.CompletedTask;
    }

    private void DropInterpreter()
    {
        _interpreter?.Dispose();
        _interpreter = null;
    }

    private ExecResult RunExec(string source, string fileName, CancellationToken cancellationToken)
    {
        // Created on first use: an interpreter is cheap, but an activation that only answers status
        // calls should not pay for one.
        _interpreter ??= new Interpreter(new InterpreterOptions { Stdout = _stdout, Stderr = _stderr });
        var named = fileName != NamedSource.DefaultFileName;
        PythonError? error = null;
        try
        {
            _interpreter.Exec(named ? NamedSource.Wrap(source, fileName) : source, cancellationToken);
        }
        catch (Exception e) when (e is ExecutionInterruptedException or OperationCanceledException)
        {
            // What the stopped call printed goes with it; the interpreter and its state stay.
            _stdout.Take();
            _stderr.Take();
            throw new OperationCanceledException("the call was cancelled while its Python code ran", e, cancellationToken);
        }
        catch (PythonException e)
        {
            error = new PythonError(e.TypeName, e.PyMessage, named ? NamedSource.Unwrap(e.FormattedTraceback) : e.FormattedTraceback);
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
