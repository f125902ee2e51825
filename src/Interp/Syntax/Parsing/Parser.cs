using System.Runtime.CompilerServices;
using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

/// <summary>
/// A hand-written recursive-descent parser following CPython 3.13's Grammar/python.gram. Where the
/// grammar's alternatives share a prefix, the parser reads it once and decides afterwards (an
/// expression statement becomes an assignment when '=' follows, its targets are then checked);
/// repetitions and optional parts backtrack like PEG when their next item does not match
/// (<see cref="NoMatch"/>). A generic error is reported at the furthest token read, as CPython does;
/// its specific messages come from checks at the points where its error pass would find them.
/// </summary>
internal sealed partial class Parser
{
    // CPython's C parser gives up at MAXSTACK (6000) rule calls: 5968 unary minuses parse, 5969 do
    // not. We count our recursive rules at about the same rate; the stack probe in Enter() is the
    // backstop on threads with small stacks.
    private const int MaxDepth = 5990;

    private readonly SourceText source;
    private readonly Tokenizer lexer;
    private readonly IReadOnlyList<Token> toks;
    private int p;
    private int maxFetched;
    /// <summary>The furthest token ever read, including trial parses for hints (maxFetched is restored after those).</summary>
    private int highWater;
    /// <summary>Trial parses under way: CPython runs those in its error pass, after deciding "incomplete input".</summary>
    private int trials;
    /// <summary>Whether the parse proper (not a trial) read a token made at the end of input.</summary>
    private bool readEndOfInput;
    /// <summary>The error raised on reading a token, or for nesting too deep; trial parses must not swallow it.</summary>
    private SyntaxErrorException? tokenizerFailure;
    private int depth;

    private Parser(SourceText source)
    {
        this.source = source;
        lexer = Tokenizer.Tokenize(source);
        toks = lexer.Tokens;
    }

    public static ModuleAst ParseFile(string text, string fileName) => ParseFile(new Parser(new SourceText(text, fileName)));

    private static ModuleAst ParseFile(Parser ps)
    {
        return ps.Run(() =>
        {
            var body = ps.Statements(TokenKind.EndMarker);
            ps.Expect(TokenKind.EndMarker);
            return new ModuleAst(body);
        });
    }

    public static ExpressionAst ParseEval(string text, string fileName) => ParseEval(new Parser(new SourceText(text, fileName, addsFinalNewline: false)));

    private static ExpressionAst ParseEval(Parser ps)
    {
        return ps.Run(() =>
        {
            var e = ps.StarExpressions();
            while (ps.Cur.Kind == TokenKind.Newline) ps.p++;
            ps.Expect(TokenKind.EndMarker);
            return new ExpressionAst(e);
        });
    }

    public static InteractiveAst ParseSingle(string text, string fileName) => ParseSingle(new Parser(new SourceText(text, fileName)));

    private static InteractiveAst ParseSingle(Parser ps)
    {
        return ps.Run(() =>
        {
            if (ps.Cur.Kind == TokenKind.EndMarker) return new InteractiveAst([]);
            var body = ps.Statement();
            while (ps.Cur.Kind is TokenKind.Newline or TokenKind.Dedent) ps.p++;
            if (ps.Cur.Kind != TokenKind.EndMarker)
            {
                // CPython points at the end of the first statement (its NEWLINE).
                var at = ps.toks[ps.p - 1].Kind == TokenKind.Newline ? ps.toks[ps.p - 1] : ps.Cur;
                throw ps.ErrorAt(at, "multiple statements found while compiling a single statement");
            }
            return new InteractiveAst(body);
        });
    }

    /// <summary>
    /// Whether `text` fails only because it ends too early, as CPython's PyCF_ALLOW_INCOMPLETE_INPUT
    /// ("incomplete input") decides for an interactive prompt: the parser or the tokenizer needed
    /// more than the end of input (an open bracket, a triple-quoted string, a block still to come).
    /// A complete or wrong text gives false.
    /// </summary>
    public static bool IsIncomplete(string text, string fileName, ParseMode mode)
    {
        var ps = new Parser(new SourceText(text, fileName));
        try
        {
            switch (mode)
            {
                case ParseMode.Eval: ParseEval(ps); break;
                case ParseMode.Single: ParseSingle(ps); break;
                default: ParseFile(ps); break;
            }
            return false;
        }
        catch (SyntaxErrorException e)
        {
            if (ReferenceEquals(e, ps.lexer.StopError)) return ps.lexer.StoppedAtEnd && !e.PyMessage.StartsWith("unterminated string", StringComparison.Ordinal);
            return ps.readEndOfInput;
        }
    }

    /// <summary>
    /// Runs a parse. A parser error (other than an unexpected indent) gives way, as after CPython's
    /// re-tokenizing of the rest of the source, to a tokenizer error further on, or to "'(' was
    /// never closed" when input ends inside a bracket opened before the line the parser got to.
    /// </summary>
    private T Run<T>(Func<T> parse)
    {
        SyntaxErrorException error;
        try { return parse(); }
        catch (NoMatch) { error = GenericError(); }
        catch (SyntaxErrorException e) { error = e; }
        if (!ReferenceEquals(error, tokenizerFailure) && !IsUnexpectedIndent(error))
        {
            if (lexer.StopError != null && lexer.ErrorOverridesParser) throw lexer.StopError;
            if (lexer.UnclosedParen is { } open && toks[highWater].Line > open.Line) throw NeverClosed(open);
        }
        throw error;
    }

    private static bool IsUnexpectedIndent(SyntaxErrorException e) =>
        e.Kind == SyntaxErrorKind.IndentationError && e.PyMessage is "unexpected indent" or "unexpected unindent";

    private SyntaxErrorException NeverClosed((char Ch, int Line, int Col) open) =>
        source.ErrorRaw($"'{open.Ch}' was never closed", open.Line, open.Col + 1, open.Line, 0);

    // ---- tokens ------------------------------------------------------------------------------
    private Token Cur => Peek(0);

    private Token Peek(int k)
    {
        int i = Math.Min(p + k, toks.Count - 1);
        if (i > maxFetched) maxFetched = i;
        if (i > highWater) highWater = i;
        var t = toks[i];
        if (trials == 0 && t.Start >= source.Text.Length) readEndOfInput = true;
        // Reading the tokenizer's error (or the end of input inside brackets) raises it at once.
        if (t.Kind == TokenKind.Error) throw tokenizerFailure = lexer.StopError!;
        if (t.Kind == TokenKind.EndMarker && lexer.UnclosedParen is { } open) throw tokenizerFailure = NeverClosed(open);
        return t;
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
    /// <summary>
    /// An error at a token. INDENT and DEDENT have no position of their own in CPython: it reports
    /// the tokenizer's cursor as the offset (the indentation width, or the end of input) and no end.
    /// </summary>
    private SyntaxErrorException ErrorAt(Token t, string msg, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        t.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker
            ? source.ErrorRaw(msg, t.Line, t.EndCol, t.Line, -1, kind)
            : source.Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, kind);

    private SyntaxErrorException ErrorAt(Node n, string msg) =>
        source.Error(msg, n.Line, n.Col, n.EndLine, n.EndCol);

    private SyntaxErrorException ErrorRange(Node a, Node b, string msg) =>
        source.Error(msg, a.Line, a.Col, b.EndLine, b.EndCol);

    /// <summary>
    /// No rule matched here. Like a PEG parser, the callers that have alternatives (operator loops,
    /// trailers, optional parts) catch it and stop short; otherwise it reaches the top and becomes
    /// CPython's generic error (<see cref="GenericError"/>).
    /// </summary>
    private sealed class NoMatch : Exception
    {
        public static readonly NoMatch Instance = new();
    }

    private static Exception Invalid() => NoMatch.Instance;

    /// <summary>Errors a trial parse may swallow: not matching, or a specific error; never a tokenizer error.</summary>
    private bool Recoverable(Exception e) => e is NoMatch || (e is SyntaxErrorException && !ReferenceEquals(e, tokenizerFailure));

    /// <summary>CPython's generic error: "invalid syntax" at the furthest token fetched.</summary>
    private SyntaxErrorException GenericError()
    {
        var t = toks[maxFetched];
        if (t.Kind == TokenKind.Indent) return ErrorAt(t, "unexpected indent", SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.Dedent) return ErrorAt(t, "unexpected unindent", SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.EndMarker)
        {
            int line = source.Text.Length == 0 ? 0 : t.Line;
            return source.ErrorRaw("invalid syntax", line, 0, line, 0);
        }
        return ErrorAt(t, "invalid syntax");
    }

    /// <summary>Guards the rules that recurse, so that deeply nested source cannot overflow the stack.</summary>
    private void Enter(int cost = 1)
    {
        depth += cost;
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw tokenizerFailure = source.Error("Parser stack overflowed - Python source too complex to parse", Cur.Line, Cur.Col, Cur.Line, Cur.Col);
    }

    private void Leave(int cost = 1) => depth -= cost;
}
