namespace GilGrid.Interp.Syntax.Lexing;

public enum TokenKind
{
    Name, Number, String, FStringStart, FStringMiddle, FStringEnd, Op,
    Newline, Indent, Dedent, EndMarker,
    /// <summary>Where tokenizing stopped with an error; the parser raises it when it reaches here.</summary>
    Error,
}

/// <summary>
/// One token. Text is the identifier (Name), the operator (Op), the source text (Number, String,
/// FStringStart, FStringEnd) or the literal text with `{{`/`}}` collapsed but escapes still raw
/// (FStringMiddle). Start/End are offsets into the normalised source (for f-string `=` text).
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, int Line, int Col, int EndLine, int EndCol,
    int Start, int End)
{
    public bool IsOp(string op) => Kind == TokenKind.Op && Text == op;
    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;
    public override string ToString() => $"{Kind} '{Text}' {Line}:{Col}-{EndLine}:{EndCol}";
}
