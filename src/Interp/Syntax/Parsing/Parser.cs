using System.Runtime.CompilerServices;
using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

/// <summary>
/// A hand-written recursive-descent parser following CPython 3.13's Grammar/python.gram. Where PEG
/// backtracking would be needed, the parser reads the common prefix once and decides afterwards
/// (an expression statement becomes an assignment when '=' follows, its targets are then checked).
/// A generic error is reported at the furthest token looked at, as CPython does.
/// </summary>
internal sealed partial class Parser
{
    // CPython's C parser gives up at MAXSTACK (6000) rule calls; we count the recursive rules.
    private const int MaxDepth = 3000;

    private readonly SourceText source;
    private readonly Tokenizer lexer;
    private readonly IReadOnlyList<Token> toks;
    private int p;
    private int maxFetched;
    /// <summary>Whether any lookahead read the end of input (CPython's tokenizer fails there when brackets are open).</summary>
    private bool reachedEnd;
    /// <summary>The furthest token ever read, including trial parses for hints (maxFetched is restored after those).</summary>
    private int highWater;
    private int depth;

    private Parser(SourceText source)
    {
        this.source = source;
        lexer = Tokenizer.Tokenize(source);
        toks = lexer.Tokens;
    }

    public static ModuleAst ParseFile(string text, string fileName)
    {
        var ps = new Parser(new SourceText(text, fileName));
        return ps.Run(() =>
        {
            var body = ps.Statements(TokenKind.EndMarker);
            ps.Expect(TokenKind.EndMarker);
            return new ModuleAst(body);
        });
    }

    public static ExpressionAst ParseEval(string text, string fileName)
    {
        var ps = new Parser(new SourceText(text, fileName));
        return ps.Run(() =>
        {
            var e = ps.StarExpressions();
            while (ps.Cur.Kind == TokenKind.Newline) ps.p++;
            ps.Expect(TokenKind.EndMarker);
            return new ExpressionAst(e);
        });
    }

    public static InteractiveAst ParseSingle(string text, string fileName)
    {
        var ps = new Parser(new SourceText(text, fileName));
        return ps.Run(() =>
        {
            if (ps.Cur.Kind == TokenKind.EndMarker) return new InteractiveAst([]);
            var body = ps.Statement();
            while (ps.Cur.Kind is TokenKind.Newline or TokenKind.Dedent) ps.p++;
            if (ps.Cur.Kind != TokenKind.EndMarker)
                throw ps.ErrorAt(ps.Cur, "multiple statements found while compiling a single statement");
            return new InteractiveAst(body);
        });
    }

    /// <summary>
    /// Runs a parse; when a bracket is left open at the end of input, an error found after reading
    /// past the bracket's line becomes "'(' was never closed", as CPython's re-tokenizing of the
    /// source after an error does.
    /// </summary>
    private T Run<T>(Func<T> parse)
    {
        try { return parse(); }
        catch (SyntaxErrorException) when (lexer.UnclosedParen is { } open && (toks[highWater].Line > open.Line || reachedEnd))
        {
            throw source.ErrorRaw($"'{open.Ch}' was never closed", open.Line, open.Col + 1, open.Line, 0);
        }
    }

    // ---- tokens ------------------------------------------------------------------------------
    private Token Cur => Peek(0);

    private Token Peek(int k)
    {
        int i = Math.Min(p + k, toks.Count - 1);
        if (i > maxFetched) maxFetched = i;
        if (i > highWater) highWater = i;
        if (i == toks.Count - 1) reachedEnd = true;
        return toks[i];
    }

    private Token Prev => toks[p - 1];

    private Token Next()
    {
        var t = Cur;
        if (p < toks.Count - 1) p++;
        return t;
    }

    private bool AtOp(string op) => Cur.Kind == TokenKind.Op && Cur.Text == op;
    private bool AtKw(string kw) => Cur.Kind == TokenKind.Name && Cur.Text == kw;

    private bool TryOp(string op)
    {
        if (!AtOp(op)) return false;
        p++;
        return true;
    }

    private bool TryKw(string kw)
    {
        if (!AtKw(kw)) return false;
        p++;
        return true;
    }

    private Token ExpectOp(string op)
    {
        if (!AtOp(op)) throw Invalid();
        return Next();
    }

    private Token ExpectKw(string kw)
    {
        if (!AtKw(kw)) throw Invalid();
        return Next();
    }

    private Token Expect(TokenKind kind)
    {
        if (Cur.Kind != kind) throw Invalid();
        return Next();
    }

    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    internal static bool IsKeyword(string s) => Keywords.Contains(s);

    private bool AtIdentifier => Cur.Kind == TokenKind.Name && !Keywords.Contains(Cur.Text);

    private Token ExpectIdentifier()
    {
        if (!AtIdentifier) throw Invalid();
        return Next();
    }

    // ---- positions ---------------------------------------------------------------------------
    /// <summary>Sets a node's span from a start token to the last token consumed.</summary>
    private T Fin<T>(T node, Token start) where T : Node
    {
        var end = Prev;
        return node.At<T>(start.Line, start.Col, end.EndLine, end.EndCol);
    }

    private T Fin<T>(T node, Node start) where T : Node
    {
        var end = Prev;
        return node.At<T>(start.Line, start.Col, end.EndLine, end.EndCol);
    }

    // ---- errors ------------------------------------------------------------------------------
    private SyntaxErrorException ErrorAt(Token t, string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        source.Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, kind);

    private SyntaxErrorException ErrorAt(Node n, string msg) =>
        source.Error(msg, n.Line, n.Col, n.EndLine, n.EndCol);

    private SyntaxErrorException ErrorRange(Node a, Node b, string msg) =>
        source.Error(msg, a.Line, a.Col, b.EndLine, b.EndCol);

    /// <summary>CPython's generic error: "invalid syntax" at the furthest token fetched.</summary>
    private SyntaxErrorException Invalid()
    {
        var t = toks[maxFetched];
        if (t.Kind == TokenKind.EndMarker && lexer.UnclosedParen is { } open)
            return source.ErrorRaw($"'{open.Ch}' was never closed", open.Line, open.Col + 1, open.Line, 0);
        if (t.Kind == TokenKind.Indent)
            return source.ErrorRaw("unexpected indent", t.Line, t.EndCol, t.Line, -1, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.Dedent && t.Line <= source.LineCount && t.Col > 0)
            return source.ErrorRaw("unexpected unindent", t.Line, t.Col, t.Line, -1, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.EndMarker)
            return source.ErrorRaw("invalid syntax", t.Line, 0, t.Line, 0);
        return ErrorAt(t, "invalid syntax");
    }

    /// <summary>Guards the rules that recurse, so that deeply nested source cannot overflow the stack.</summary>
    private void Enter()
    {
        if (++depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw source.Error("Parser stack overflowed - Python source too complex to parse", Cur.Line, Cur.Col, Cur.Line, Cur.Col);
    }

    private void Leave() => depth--;
}
