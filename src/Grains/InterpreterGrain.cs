using GilGrid.Grains.Execution;
using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp.CrossInterpreter;
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

    public Task<ExecResult> Exec(string source, string fileName, CancellationToken cancellationToken = default) =>
        Track(() => RunExec(source, fileName, cancellationToken), r => r.Error, cancellationToken);

    public Task<ValueResult> Call(string module, string function, ImmutableArray<WireValue> args, WireDict? kwargs = null,
        CancellationToken cancellationToken = default) =>
        Track(() => RunValue(interpreter => interpreter.Call(module, function, WireCross.ToCross(args),
            kwargs is null ? null : WireCross.ToKeywords(kwargs), cancellationToken), cancellationToken), r => r.Error, cancellationToken);

    public Task<ValueResult> Eval(string expression, CancellationToken cancellationToken = default) =>
        Track(() => RunValue(interpreter => interpreter.EvalValue(expression, cancellationToken), cancellationToken),
            r => r.Error, cancellationToken);

    /// <summary>Runs work on a Python thread, keeping the status fields (on the grain's scheduler).</summary>
    private async Task<T> Track<T>(Func<T> work, Func<T, PythonError?> errorOf, CancellationToken cancellationToken)
    {
        _runningSince = DateTime.UtcNow;
        try
        {
            var result = await pythonThreads.RunAsync(work, cancellationToken);
            _callsCompleted++;
            if (errorOf(result) is { } error)
            {
                _callsFailed++;
                _lastError = error;
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

    private Interpreter GetInterpreter() =>
        // Created on first use: an interpreter is cheap, but an activation that only answers status
        // calls should not pay for one.
        _interpreter ??= new Interpreter(new InterpreterOptions { Stdout = _stdout, Stderr = _stderr });

    private ExecResult RunExec(string source, string fileName, CancellationToken cancellationToken)
    {
        var error = Guard(() => GetInterpreter().Exec(source, fileName, cancellationToken), cancellationToken);
        return new ExecResult(_stdout.Take(), _stderr.Take(), error);
    }

    private ValueResult RunValue(Func<Interpreter, CrossValue> run, CancellationToken cancellationToken)
    {
        WireValue? value = null;
        var error = Guard(() => value = WireCross.ToWire(run(GetInterpreter())), cancellationToken);
        return new ValueResult(error is null ? value : null, _stdout.Take(), _stderr.Take(), error);
    }

    /// <summary>
    /// Runs Python code with the grain's error mapping: a Python error (or SystemExit) is the
    /// result's error; cancellation drops what the call printed and throws, leaving the interpreter
    /// and its state for the next call.
    /// </summary>
    private PythonError? Guard(Action run, CancellationToken cancellationToken)
    {
        try
        {
            run();
            return null;
        }
        catch (Exception e) when (e is ExecutionInterruptedException or OperationCanceledException)
        {
            _stdout.Take();
            _stderr.Take();
            throw new OperationCanceledException("the call was cancelled while its Python code ran", e, cancellationToken);
        }
        catch (PythonException e)
        {
            return new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback);
        }
        catch (SystemExitException e)
        {
            // The grain outlives the code: SystemExit ends only this call. CPython prints no
            // traceback for it, hence none here; the message is str(SystemExit(code)).
            return new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), "");
        }
        catch (ValueTooDeepException e)
        {
            return new PythonError("ValueError", e.Message, "");
        }
    }
}
