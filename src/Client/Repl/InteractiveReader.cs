using GilGrid.Interp.Syntax;

namespace GilGrid.Client.Repl;

/// <summary>One entry typed at the prompt: a complete statement to run, or its syntax error.</summary>
public sealed record InteractiveEntry(string Source, SyntaxErrorException? Error);

/// <summary>
/// Reads statements the way CPython's interactive prompt does: `>>> ` for a new statement and `... `
/// while it is unfinished. A statement is unfinished while a bracket or triple-quoted string is
/// open, a line ends with a backslash, a block header waits for its body, or a decorator waits for
/// its definition; a compound statement (if, def, class, ...) also ends only at an empty line, since
/// an `else` or another indented line may follow. Any other syntax error is reported at once.
/// </summary>
public sealed class InteractiveReader(TextReader input, Action<string> prompt)
{
    public const string FileName = "<stdin>";
    public const string Prompt1 = ">>> ";
    public const string Prompt2 = "... ";

    /// <summary>The next entry, or null when the input ends (Ctrl-D).</summary>
    public InteractiveEntry? Next()
    {
        var lines = new List<string>();
        while (true)
        {
            prompt(lines.Count == 0 ? Prompt1 : Prompt2);
            var line = input.ReadLine();
            if (line is null)
                // The end of input finishes a pending statement, as the tokenizer's end marker does.
                return lines.Count == 0 ? null : Parse(lines, LineKind.EndOfInput)!;
            if (lines.Count == 0 && string.IsNullOrWhiteSpace(line))
                continue;
            lines.Add(line);
            if (Parse(lines, string.IsNullOrWhiteSpace(line) ? LineKind.Blank : LineKind.Text) is { } entry)
                return entry;
        }
    }

    private enum LineKind { Text, Blank, EndOfInput }

    /// <summary>The entry if <paramref name="lines"/> make a finished statement or a definite
    /// error; null if more lines are needed.</summary>
    private static InteractiveEntry? Parse(List<string> lines, LineKind last)
    {
        var source = string.Join("\n", lines) + "\n";
        InteractiveAst tree;
        try
        {
            tree = PythonParser.ParseInteractive(source, FileName);
        }
        catch (SyntaxErrorException e)
        {
            // An open bracket or string ignores empty lines: only the end of input closes it.
            var open = e.PyMessage.Contains("was never closed", StringComparison.Ordinal)
                || e.PyMessage.StartsWith("unterminated triple-quoted", StringComparison.Ordinal)
                || e.PyMessage == "unexpected EOF while parsing";
            // The parser wanted more: a block's body, an `except` for a `try`, a definition for a
            // decorator (or anything at all past the last line).
            var waitingForMore = e.PyMessage.StartsWith("expected an indented block", StringComparison.Ordinal)
                || e.PyMessage == "expected 'except' or 'finally' block"
                || e.Line > lines.Count
                || lines[0].TrimStart().StartsWith('@');
            if (open && last != LineKind.EndOfInput || waitingForMore && last == LineKind.Text)
                return null;
            return new InteractiveEntry(source, e);
        }
        if (last == LineKind.Text && tree.Body is [FunctionDef or ClassDef or If or For or While or With or Try or Match, ..])
            return null;
        return new InteractiveEntry(source, null);
    }
}
