namespace GilGrid.Interp.Syntax.Lexing;

/// <summary>
/// One entry of the tokenizer's f-string mode stack: the literal text of an f-string, the literal
/// text of a format spec, or the expression part of a replacement field (ordinary tokens).
/// </summary>
internal sealed class FStringMode
{
    public char Quote { get; private init; }
    public bool Triple { get; private init; }
    public bool Raw { get; private init; }
    public int Line { get; private init; }
    public int Col { get; private init; }
    public bool InLiteral { get; private init; }
    public bool InSpec { get; private init; }
    /// <summary>For an expression part: the bracket depth just inside its '{'.</summary>
    public int ParenDepth { get; private init; }

    public static FStringMode Literal(char quote, bool triple, bool raw, int line, int col) =>
        new() { Quote = quote, Triple = triple, Raw = raw, Line = line, Col = col, InLiteral = true };

    public static FStringMode Expr(FStringMode owner, int parenDepth) =>
        new() { Quote = owner.Quote, Triple = owner.Triple, Raw = owner.Raw, Line = owner.Line, Col = owner.Col, ParenDepth = parenDepth };

    public static FStringMode Spec(FStringMode owner) =>
        new() { Quote = owner.Quote, Triple = owner.Triple, Raw = owner.Raw, Line = owner.Line, Col = owner.Col, InLiteral = true, InSpec = true };
}
