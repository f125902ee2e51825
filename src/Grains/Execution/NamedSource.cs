namespace GilGrid.Grains.Execution;

/// <summary>
/// Runs source under a file name of the caller's choosing through the host API's cancellable
/// Exec, which always names its code "&lt;string&gt;": the code runs as
/// `exec(compile(SOURCE, NAME, 'exec'))` from that pseudo-file, whose one frame is then cut from
/// tracebacks, leaving what a direct run under NAME prints. (Needed until the host API takes a
/// file name together with a cancellation token.)
/// </summary>
internal static class NamedSource
{
    public const string DefaultFileName = "<string>";

    private const string Header = "Traceback (most recent call last):\n";
    private const string WrapperFrame = "  File \"<string>\", line 1, in <module>\n";

    public static string Wrap(string source, string fileName) =>
        $"exec(compile({PythonLiteral.Str(source)}, {PythonLiteral.Str(fileName)}, 'exec'))\n";

    /// <summary>
    /// Cuts the wrapper's frame: the first frame of the last traceback section (earlier sections
    /// belong to exceptions caught inside the code, below the wrapper). A section left with no frame
    /// (a SyntaxError raised by compile) loses its header too, as a direct run prints none.
    /// </summary>
    public static string Unwrap(string traceback)
    {
        var section = traceback.LastIndexOf(Header, StringComparison.Ordinal);
        if (section < 0 || string.CompareOrdinal(traceback, section + Header.Length, WrapperFrame, 0, WrapperFrame.Length) != 0)
            return traceback;
        var rest = section + Header.Length + WrapperFrame.Length;
        var lineEnd = traceback.IndexOf('\n', rest);
        var next = lineEnd < 0 ? traceback[rest..] : traceback[rest..lineEnd];
        // A frame line names its function ("..., line 3, in f"); a SyntaxError's location does not.
        var keepHeader = next.StartsWith("  File \"", StringComparison.Ordinal) && next.Contains(", in ", StringComparison.Ordinal);
        return traceback[..section] + (keepHeader ? Header : "") + traceback[rest..];
    }
}
