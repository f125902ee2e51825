namespace GilGrid.Client.Commands;

/// <summary>One `gilgrid` sub-command: parses its own arguments and returns the process exit code.</summary>
public interface ICommand
{
    /// <summary>The word after `gilgrid` that selects this command.</summary>
    string Name { get; }

    /// <summary>One line for the command list in `gilgrid --help`.</summary>
    string Summary { get; }

    /// <summary>Runs with the arguments after the command name; throws <see cref="UsageException"/>
    /// or <see cref="CliErrorException"/> for errors the user should see as one message.
    /// <paramref name="interrupt"/> fires on Ctrl-C.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt);
}
