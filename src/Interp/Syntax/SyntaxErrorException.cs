namespace GilGrid.Interp.Syntax;

/// <summary>What kind of SyntaxError subclass the parser reports.</summary>
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// Thrown by the tokenizer, parser and compiler for bad source. The engine turns it into a Python
/// `SyntaxError` object; positions follow CPython: 1-based line, 1-based column offset (`offset`),
/// and the end of the offending range (used for the caret line), text = the source line.
/// </summary>
public sealed class SyntaxErrorException(string message, string fileName, int line, int offset,
    int endLine, int endOffset, string? text, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    : Exception(message)
{
    public string PyMessage { get; } = message;
    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public int Offset { get; } = offset;
    public int EndLine { get; } = endLine;
    public int EndOffset { get; } = endOffset;
    public string? Text { get; } = text;
    public SyntaxErrorKind Kind { get; } = kind;
}
