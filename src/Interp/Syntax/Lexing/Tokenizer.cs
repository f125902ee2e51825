using System.Text;

namespace GilGrid.Interp.Syntax.Lexing;

/// <summary>
/// Python 3.13's tokenizer: indentation, line joining, operators, names, numbers, strings and
/// PEP 701 f-strings (FSTRING_START / MIDDLE / END with ordinary tokens inside the braces).
/// The whole source is tokenized before parsing, but an error only stops tokenizing: it becomes an
/// Error token that the parser raises when it gets there, as CPython's lazy tokenizer would. After a
/// parser error, CPython tokenizes the rest of the file and lets most tokenizer errors win
/// (<see cref="ErrorOverridesParser"/>); the indentation and line-continuation errors, which its
/// tokenizer reports by status code rather than by exception, only count when reached.
/// </summary>
internal sealed partial class Tokenizer
{
    private const int MaxParenLevel = 200;   // CPython's MAXLEVEL
    private const int MaxIndentLevel = 100;  // CPython's MAXINDENT

    private readonly SourceText source;
    private readonly string src;
    private readonly List<Token> tokens = [];
    private int pos;
    private int line = 1;
    private int lineStart;
    private bool atLineStart = true;
    private bool lineHasTokens;
    private readonly List<int> indents = [0];
    private readonly List<int> altIndents = [0];
    private readonly List<(char Ch, int Line, int Col)> parens = [];
    private readonly List<FStringMode> modes = [];

    private Tokenizer(SourceText source)
    {
        this.source = source;
        src = source.Text;
    }

    /// <summary>The innermost bracket still open at the end of input (or at a deferred error), if any.</summary>
    public (char Ch, int Line, int Col)? UnclosedParen { get; private set; }

    /// <summary>The error that stopped tokenizing, if any (the last token is then an Error token).</summary>
    public SyntaxErrorException? StopError { get; private set; }

    /// <summary>Whether <see cref="StopError"/> replaces an error the parser finds before reaching it.</summary>
    public bool ErrorOverridesParser { get; private set; }

    /// <summary>Whether <see cref="StopError"/> was found at the end of input (a string or line still open).</summary>
    public bool StoppedAtEnd { get; private set; }

    /// <summary>Set just before throwing an error CPython's tokenizer reports by status code.</summary>
    private bool deferred;
    /// <summary>The column of a comment just skipped on this line, or -1.</summary>
    private int commentCol = -1;

    public IReadOnlyList<Token> Tokens => tokens;

    public static Tokenizer Tokenize(SourceText source)
    {
        var t = new Tokenizer(source);
        t.Run();
        return t;
    }


    private int Col => pos - lineStart;

    /// <summary>The current line's length without its newline (CPython reports some errors past its end).</summary>
    private int LineLength
    {
        get
        {
            int end = src.IndexOf('\n', lineStart);
            return (end < 0 ? src.Length : end) - lineStart;
        }
    }
    private char Peek(int k = 0) => pos + k < src.Length ? src[pos + k] : '\0';

    private SyntaxErrorException Error(string msg, int l, int c, int el, int ec) => source.Error(msg, l, c, el, ec);
    private SyntaxErrorException ErrorHere(string msg) => source.Error(msg, line, Col, line, Col);

    private void Emit(TokenKind kind, string text, int startPos, int startLine, int startCol)
    {
        tokens.Add(new Token(kind, text, startLine, startCol, line, Col, startPos, pos));
        if (kind != TokenKind.Newline) lineHasTokens = true;
    }

    private void NewLine()
    {
        line++;
        lineStart = pos;
    }

    private void Run()
    {
        try
        {
            Scan();
        }
        catch (SyntaxErrorException e)
        {
            StopError = e;
            ErrorOverridesParser = !deferred && modes.Count == 0;
            StoppedAtEnd = pos >= src.Length;
            if (deferred && parens.Count > 0) UnclosedParen = parens[^1];
            tokens.Add(new Token(TokenKind.Error, "", line, Col, line, Col, pos, pos));
        }
    }

    private SyntaxErrorException Deferred(SyntaxErrorException e)
    {
        deferred = true;
        return e;
    }

    private void Scan()
    {
        while (true)
        {
            if (modes.Count > 0 && modes[^1].InLiteral)
            {
                ScanFStringLiteral();
                continue;
            }
            if (atLineStart && parens.Count == 0)
            {
                atLineStart = false;
                if (HandleIndentation()) continue;
            }
            while (pos < src.Length && (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\f')) pos++;
            if (pos >= src.Length) break;
            char c = src[pos];
            if (c == '#')
            {
                commentCol = Col;
                while (pos < src.Length && src[pos] != '\n') pos++;
                continue;
            }
            if (c == '\\')
            {
                if (Peek(1) == '\n')
                {
                    int backslashLine = line, lineLength = LineLength;
                    pos += 2;
                    NewLine();
                    if (pos >= src.Length)
                        throw Deferred(source.ErrorRaw("unexpected EOF while parsing", backslashLine, lineLength + 1, backslashLine, -1));
                    continue;
                }
                if (pos + 1 >= src.Length) throw Deferred(source.ErrorRaw("unexpected EOF while parsing", line, Col + 2, line, -1));
                throw Deferred(source.ErrorRaw("unexpected character after line continuation character", line, Col + 2, line, 0));
            }
            if (c == '\n')
            {
                if (parens.Count == 0 && lineHasTokens)
                {
                    // As in CPython, a NEWLINE after a comment starts where the comment does.
                    int p0 = pos, c0 = commentCol >= 0 ? commentCol : Col;
                    pos++;
                    tokens.Add(new Token(TokenKind.Newline, "\n", line, c0, line, Col, p0, pos));
                    lineHasTokens = false;
                }
                else pos++;
                commentCol = -1;
                NewLine();
                if (parens.Count == 0) atLineStart = true;
                continue;
            }
            if (IsIdentifierStart(c))
            {
                ScanNameOrString();
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                ScanNumber();
                continue;
            }
            if (c == '"' || c == '\'')
            {
                ScanString(pos, "");
                continue;
            }
            ScanOperator();
        }
        Finish();
    }

    private void Finish()
    {
        // Input ending in an f-string's text is an unterminated f-string; ending in a replacement
        // field (its expression or format spec) leaves the field's '{' unclosed.
        if (modes.Count > 0 && modes[^1].InLiteral && !modes[^1].InSpec)
        {
            var m = modes[^1];
            throw Error(m.Triple ? $"unterminated triple-quoted f-string literal (detected at line {source.LastLine})"
                : $"unterminated f-string literal (detected at line {source.LastLine})", m.Line, m.Col, m.Line, m.Col);
        }
        // CPython's cursor at the end of input: after the last line and its (possibly implicit) newline.
        int lastLine = source.LastLine;
        int lastCol = src.Length - source.LineStart(lastLine) + (src.EndsWith('\n') || src.Length == 0 ? 0 : 1);
        if (parens.Count > 0)
        {
            // The end of input inside brackets: the parser reports the bracket that was never closed.
            UnclosedParen = parens[^1];
            tokens.Add(new Token(TokenKind.EndMarker, "", lastLine, lastCol, lastLine, lastCol, pos, pos));
            return;
        }
        if (lineHasTokens)
        {
            tokens.Add(new Token(TokenKind.Newline, "", line, Col, line, Col + 1, pos, pos));
            lineHasTokens = false;
        }
        for (int i = indents.Count - 1; i > 0; i--)
            tokens.Add(new Token(TokenKind.Dedent, "", lastLine, lastCol, lastLine, lastCol, pos, pos));
        tokens.Add(new Token(TokenKind.EndMarker, "", lastLine, lastCol, lastLine, lastCol, pos, pos));
    }

    /// <summary>Measures a new line's indentation; returns true when the line was blank and skipped.</summary>
    private bool HandleIndentation()
    {
        int col = 0, alt = 0, p = pos;
        while (p < src.Length)
        {
            char ch = src[p];
            if (ch == ' ') { col++; alt++; }
            else if (ch == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (ch == '\f') { col = 0; alt = 0; }
            else break;
            p++;
        }
        // Blank lines, comment-only lines and the end of input do not change the indentation.
        if (p >= src.Length || src[p] == '\n' || src[p] == '#' || (src[p] == '\\' && p + 1 < src.Length && src[p + 1] == '\n'))
        {
            if (p < src.Length && src[p] == '\\') return false;
            while (p < src.Length && src[p] != '\n') p++;
            if (p < src.Length) { pos = p + 1; NewLine(); atLineStart = true; }
            else pos = p;
            return true;
        }
        pos = p;
        if (col == indents[^1])
        {
            if (alt != altIndents[^1]) throw TabError();
        }
        else if (col > indents[^1])
        {
            if (indents.Count >= MaxIndentLevel)
                throw Deferred(source.Error("too many levels of indentation", line, 0, line, Col, SyntaxErrorKind.IndentationError));
            if (alt <= altIndents[^1]) throw TabError();
            indents.Add(col);
            altIndents.Add(alt);
            tokens.Add(new Token(TokenKind.Indent, "", line, 0, line, Col, lineStart, pos));
        }
        else
        {
            // Check the target level before emitting any DEDENT: the parser must meet the error first.
            int level = indents.Count - 1;
            while (level > 0 && col < indents[level]) level--;
            if (col != indents[level])
                throw Deferred(source.ErrorRaw("unindent does not match any outer indentation level", line, LineLength + 1, line, -1,
                    SyntaxErrorKind.IndentationError));
            if (alt != altIndents[level]) throw TabError();
            while (indents.Count - 1 > level)
            {
                indents.RemoveAt(indents.Count - 1);
                altIndents.RemoveAt(altIndents.Count - 1);
                tokens.Add(new Token(TokenKind.Dedent, "", line, Col, line, Col, pos, pos));
            }
        }
        return false;
    }

    private SyntaxErrorException TabError() => Deferred(
        source.ErrorRaw("inconsistent use of tabs and spaces in indentation", line, 1, line, 0, SyntaxErrorKind.TabError));

    private static bool IsIdentifierStart(char c) =>
        c == '_' || char.IsAsciiLetter(c) || (c >= 0x80 && (char.IsLetter(c) || char.IsSurrogate(c) ||
            char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LetterNumber));

    private static bool IsIdentifierChar(char c) =>
        c == '_' || char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
            char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LetterNumber
                or System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.ConnectorPunctuation));

    private void ScanNameOrString()
    {
        int start = pos, c0 = Col;
        while (pos < src.Length && IsIdentifierChar(src[pos])) pos++;
        if (pos < src.Length && (src[pos] == '"' || src[pos] == '\'') && pos - start <= 2)
        {
            string prefix = src[start..pos].ToLowerInvariant();
            if (prefix is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf")
            {
                ScanString(start, prefix);
                return;
            }
        }
        string name = src[start..pos];
        if (!name.IsNormalized(NormalizationForm.FormKC)) name = name.Normalize(NormalizationForm.FormKC);
        tokens.Add(new Token(TokenKind.Name, name, line, c0, line, Col, start, pos));
        lineHasTokens = true;
    }

    private static readonly string[] Ops2 =
        ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="];

    private void ScanOperator()
    {
        int start = pos, c0 = Col, l0 = line;
        char c = src[pos];
        var expr = modes.Count > 0 ? modes[^1] : null;
        bool atFieldDepth = expr != null && !expr.InLiteral && parens.Count == expr.ParenDepth;
        // Inside an f-string replacement field, ':' at the field's own depth starts the format spec.
        if (atFieldDepth && c == ':')
        {
            // CPython allows a replacement field inside a format spec inside a format spec, no deeper.
            int specs = 0;
            for (int i = modes.Count - 1; i >= 0 && !(modes[i].InLiteral && !modes[i].InSpec); i--)
                if (modes[i].InSpec) specs++;
            if (specs >= 2) throw Error("f-string: expressions nested too deeply", line, Col, line, Col);
            pos++;
            Emit(TokenKind.Op, ":", start, l0, c0);
            modes.Add(FStringMode.Spec(expr!));
            return;
        }
        string? op = null;
        if (pos + 3 <= src.Length)
        {
            string s3 = src.Substring(pos, 3);
            if (s3 is "**=" or "//=" or ">>=" or "<<=" or "...") op = s3;
        }
        if (op == null && pos + 2 <= src.Length)
        {
            string s2 = src.Substring(pos, 2);
            if (Array.IndexOf(Ops2, s2) >= 0) op = s2;
        }
        if (op == null)
        {
            // '$', '?' and '`' are tokens no rule accepts: the parser reports "invalid syntax" there.
            if ("+-*/%@&|^~<>()[]{},:;.=!$?`".IndexOf(c) < 0)
                throw InvalidCharacter(c);
            op = c.ToString();
        }
        pos += op.Length;
        switch (op)
        {
            case "(" or "[" or "{":
                if (parens.Count >= MaxParenLevel) throw Error("too many nested parentheses", line, c0, line, c0);
                parens.Add((op[0], line, c0));
                break;
            case ")" or "]" or "}":
                if (parens.Count == 0) throw Error($"unmatched '{op}'", line, c0, line, c0);
                var open = parens[^1];
                char want = open.Ch == '(' ? ')' : open.Ch == '[' ? ']' : '}';
                if (op[0] != want)
                {
                    if (atFieldDepth) throw Error($"f-string: unmatched '{op}'", line, c0, line, c0);
                    if (open.Line != line)
                        throw Error($"closing parenthesis '{op}' does not match opening parenthesis '{open.Ch}' on line {open.Line}",
                            line, c0, line, c0);
                    throw Error($"closing parenthesis '{op}' does not match opening parenthesis '{open.Ch}'", line, c0, line, c0);
                }
                parens.RemoveAt(parens.Count - 1);
                if (atFieldDepth && op == "}")
                {
                    Emit(TokenKind.Op, op, start, l0, c0);
                    modes.RemoveAt(modes.Count - 1);   // back to the literal text around the field
                    return;
                }
                break;
        }
        Emit(TokenKind.Op, op, start, l0, c0);
    }

    private SyntaxErrorException InvalidCharacter(char c)
    {
        int cp = c;
        if (char.IsHighSurrogate(c) && pos + 1 < src.Length) cp = char.ConvertToUtf32(c, src[pos + 1]);
        bool printable = !char.IsControl(c) && !char.IsWhiteSpace(c);
        string msg = printable ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
            : $"invalid non-printable character U+{cp:X4}";
        return Error(msg, line, Col, line, Col + 1);
    }
}
