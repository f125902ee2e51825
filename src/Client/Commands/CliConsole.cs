using System.Text;

namespace GilGrid.Client.Commands;

/// <summary>The standard streams a command writes to.</summary>
public sealed class CliConsole(TextWriter stdout, TextWriter stderr, TextReader stdin, bool stdoutIsTerminal,
    bool stdinIsTerminal)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;
    public TextReader In { get; } = stdin;
    public bool OutIsTerminal { get; } = stdoutIsTerminal;
    public bool InIsTerminal { get; } = stdinIsTerminal;

    /// <summary>
    /// The process's streams, buffered the way CPython buffers them: on a terminal stdout is flushed
    /// at every write so output streams as it is printed; redirected, it is block-buffered (a flush
    /// per print costs a system call each) and flushed at exit or on `print(..., flush=True)`.
    /// stderr is never buffered, so a traceback is visible at once.
    /// </summary>
    public static CliConsole Open()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var terminal = !Console.IsOutputRedirected;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 16 * 1024)
        {
            AutoFlush = terminal,
            NewLine = "\n",
        };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        return new CliConsole(stdout, stderr, stdin, terminal, !Console.IsInputRedirected);
    }
}
