using GilGrid.Client.Commands;
using GilGrid.Interp.Syntax;

namespace GilGrid.Client.Repl;

/// <summary>
/// The interactive prompt: reads statements (<see cref="InteractiveReader"/>), runs each on a target
/// and prints what CPython's prompt prints. Prompts and the banner go to stderr when input is not a
/// terminal, as CPython does. Synchronous: it owns the thread it runs on.
/// </summary>
public sealed class ReplSession(CliConsole console, IReplTarget target, string banner)
{
    public int Run()
    {
        var prompts = console.InIsTerminal ? console.Out : console.Error;
        console.Error.WriteLine(banner);
        var reader = new InteractiveReader(console.In, prompt =>
        {
            console.Out.Flush();
            prompts.Write(prompt);
            prompts.Flush();
        });
        while (reader.Next() is { } entry)
        {
            if (entry.Error is { } syntaxError)
            {
                console.Error.Write(SyntaxErrorFormat.Format(syntaxError));
                continue;
            }
            switch (target.Run(entry.Source))
            {
                case ReplOutcome.Failed failed:
                    console.Out.Flush();
                    console.Error.Write(failed.Traceback);
                    break;
                case ReplOutcome.Exited exited:
                    console.Out.Flush();
                    if (exited.Message is not null)
                        console.Error.WriteLine(exited.Message);
                    return exited.Code;
                case ReplOutcome.Interrupted:
                    // The engine cannot yet resume an interpreter after stopping it, so Ctrl-C
                    // leaves the prompt instead of returning to it.
                    console.Out.Flush();
                    console.Error.WriteLine("KeyboardInterrupt");
                    return CommandLine.InterruptedExitCode;
            }
        }
        if (console.InIsTerminal)
            console.Out.WriteLine();
        return 0;
    }
}
