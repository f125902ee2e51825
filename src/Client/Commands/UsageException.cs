namespace GilGrid.Client.Commands;

/// <summary>
/// Bad command-line usage. The dispatcher prints the message, the command's usage line and a hint,
/// and exits with 2 like Python's own usage errors.
/// </summary>
public sealed class UsageException(string message, string usage, string helpHint) : Exception(message)
{
    public string Usage { get; } = usage;
    public string HelpHint { get; } = helpHint;
}

/// <summary>
/// A user-facing failure that is not a usage error (a missing file, say): printed as one line
/// prefixed with "gilgrid: ", then the process exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class CliErrorException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
