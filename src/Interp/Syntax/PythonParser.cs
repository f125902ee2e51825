using GilGrid.Interp.Syntax.Parsing;

namespace GilGrid.Interp.Syntax;

/// <summary>The `mode` argument of `compile()`.</summary>
public enum ParseMode { Exec, Eval, Single }

/// <summary>
/// The front end's entry points. All of them throw <see cref="SyntaxErrorException"/> for bad
/// source (including source nested too deeply to parse); nothing else escapes for any input.
/// </summary>
public static class PythonParser
{
    /// <summary>A file or `exec` source.</summary>
    public static ModuleAst ParseModule(string source, string fileName) => Parser.ParseFile(source, fileName);

    /// <summary>An `eval` source: one expression (a bare tuple allowed), trailing newlines allowed.</summary>
    public static ExpressionAst ParseExpression(string source, string fileName) => Parser.ParseEval(source, fileName);

    /// <summary>A `single` (REPL) source: one statement, possibly compound or `;`-separated.</summary>
    public static InteractiveAst ParseInteractive(string source, string fileName) => Parser.ParseSingle(source, fileName);

    /// <summary>
    /// For an interactive prompt: whether `source` is a valid beginning that only needs more lines
    /// (an open bracket or triple-quoted string, a block header waiting for its body, a decorator
    /// waiting for its definition), as CPython's "incomplete input". False for complete or wrong
    /// source. A compound statement that parses is complete here; a prompt still waits for the
    /// empty line that ends it.
    /// </summary>
    public static bool IsIncompleteInput(string source, string fileName, ParseMode mode = ParseMode.Single) =>
        Parser.IsIncomplete(source, fileName, mode);

    public static ModuleNode Parse(string source, string fileName, ParseMode mode) => mode switch
    {
        ParseMode.Eval => ParseExpression(source, fileName),
        ParseMode.Single => ParseInteractive(source, fileName),
        _ => ParseModule(source, fileName),
    };
}
