using System.Text;

namespace GilGrid.Interp.Syntax.Lexing;

internal sealed partial class Tokenizer
{
    /// <summary>A string literal starting at `start` (its prefix), with `pos` on the opening quote.</summary>
    private void ScanString(int start, string prefix)
    {
        int l0 = line, c0 = start - lineStart;
        char q = src[pos];
        bool triple = Peek(1) == q && Peek(2) == q;
        pos += triple ? 3 : 1;
        if (prefix.Contains('f'))
        {
            Emit(TokenKind.FStringStart, src[start..pos], start, l0, c0);
            modes.Add(FStringMode.Literal(q, triple, prefix.Contains('r'), l0, c0));
            return;
        }
        bool escapedQuote = false;
        string hint = "";
        while (true)
        {
            if (escapedQuote) hint = "; perhaps you escaped the end quote?";
            if (pos >= src.Length)
            {
                int detected = source.LastLine;
                throw Error(triple ? $"unterminated triple-quoted string literal (detected at line {detected})"
                    : $"unterminated string literal (detected at line {detected}){hint}", l0, c0, l0, c0);
            }
            char ch = src[pos];
            if (ch == q)
            {
                if (!triple) { pos++; break; }
                if (Peek(1) == q && Peek(2) == q) { pos += 3; break; }
                pos++;
            }
            else if (ch == '\\')
            {
                pos++;
                if (pos < src.Length && src[pos] == q) escapedQuote = true;
                if (pos < src.Length)
                {
                    if (src[pos] == '\n') { pos++; NewLine(); }
                    else pos++;
                }
            }
            else if (ch == '\n')
            {
                // Inside an f-string's braces, a "string" opened by the f-string's own quote means a missing '}'.
                if (!triple && modes.Count > 0 && !modes[^1].InLiteral && modes[^1].Quote == q && !modes[^1].Triple)
                    throw Error("f-string: expecting '}'", l0, c0, l0, c0);
                if (!triple) throw Error($"unterminated string literal (detected at line {line}){hint}", l0, c0, l0, c0);
                pos++;
                NewLine();
            }
            else pos++;
        }
        Emit(TokenKind.String, src[start..pos], start, l0, c0);
    }

    /// <summary>
    /// The literal text of an f-string (or of a format spec) up to the next replacement field, the
    /// end of the spec, or the closing quote.
    /// </summary>
    private void ScanFStringLiteral()
    {
        var m = modes[^1];
        int start = pos, l0 = line, c0 = Col;
        var sb = new StringBuilder();
        void EmitMiddle()
        {
            if (pos > start) tokens.Add(new Token(TokenKind.FStringMiddle, sb.ToString(), l0, c0, line, Col, start, pos));
        }
        while (true)
        {
            if (pos >= src.Length)
            {
                int detected = source.LastLine;
                throw Error(m.Triple ? $"unterminated triple-quoted f-string literal (detected at line {detected})"
                    : $"unterminated f-string literal (detected at line {detected})", m.Line, m.Col, m.Line, m.Col);
            }
            char ch = src[pos];
            if (ch == m.Quote && (!m.Triple || (Peek(1) == m.Quote && Peek(2) == m.Quote)))
            {
                if (m.InSpec) throw Error("f-string: expecting '}', or format specs", line, Col, line, Col + 1);
                EmitMiddle();
                int p0 = pos, cq = Col;
                pos += m.Triple ? 3 : 1;
                tokens.Add(new Token(TokenKind.FStringEnd, src[p0..pos], line, cq, line, Col, p0, pos));
                lineHasTokens = true;
                modes.RemoveAt(modes.Count - 1);
                return;
            }
            if (ch == '\n')
            {
                if (!m.Triple)
                {
                    if (m.InSpec)
                    {
                        // CPython 3.13 ends a single-quoted f-string's format spec at a newline and
                        // reads on in the field's expression mode, where only '}' may follow.
                        EmitMiddle();
                        modes.RemoveAt(modes.Count - 1);
                        return;
                    }
                    throw Error($"unterminated f-string literal (detected at line {line})", m.Line, m.Col, m.Line, m.Col);
                }
                sb.Append(ch);
                pos++;
                NewLine();
                continue;
            }
            if (ch == '\\')
            {
                char next = Peek(1);
                if (!m.Raw && next == 'N' && Peek(2) == '{')
                {
                    int close = src.IndexOf('}', pos + 3);
                    int nl = src.IndexOf('\n', pos);
                    if (close >= 0 && (nl < 0 || close < nl))
                    {
                        sb.Append(src, pos, close + 1 - pos);
                        pos = close + 1;
                        continue;
                    }
                    // An unclosed \N{ runs to the end of the line (no quote can end the f-string there).
                    int end = nl < 0 ? src.Length : nl;
                    sb.Append(src, pos, end - pos);
                    pos = end;
                    continue;
                }
                sb.Append(ch);
                pos++;
                if (next != '{' && next != '}' && pos < src.Length && (m.Raw ? next == m.Quote || next == '\\' : true))
                {
                    sb.Append(next);
                    pos++;
                    if (next == '\n') NewLine();
                }
                continue;
            }
            if (ch == '{')
            {
                if (Peek(1) == '{' && !m.InSpec)
                {
                    sb.Append('{');
                    pos += 2;
                    continue;
                }
                EmitMiddle();
                if (parens.Count >= MaxParenLevel) throw Error("too many nested parentheses", line, Col, line, Col);
                int p0 = pos, cb = Col;
                parens.Add(('{', line, cb));
                pos++;
                tokens.Add(new Token(TokenKind.Op, "{", line, cb, line, Col, p0, pos));
                modes.Add(FStringMode.Expr(m, parens.Count));
                return;
            }
            if (ch == '}')
            {
                if (m.InSpec)
                {
                    EmitMiddle();
                    modes.RemoveAt(modes.Count - 1);   // the field's '}' is tokenized as an operator
                    return;
                }
                if (Peek(1) == '}')
                {
                    sb.Append('}');
                    pos += 2;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed", line, Col, line, Col);
            }
            sb.Append(ch);
            pos++;
        }
    }
}
