namespace GilGrid.Interp.Syntax.Lexing;

internal sealed partial class Tokenizer
{
    private void ScanNumber()
    {
        int start = pos, c0 = Col;
        char c = src[pos];
        if (c == '0' && "xXoObB".IndexOf(Peek(1)) >= 0 && Peek(1) != '\0')
        {
            char b = char.ToLowerInvariant(Peek(1));
            string kind = b == 'x' ? "hexadecimal" : b == 'o' ? "octal" : "binary";
            Func<char, bool> ok = b == 'x' ? char.IsAsciiHexDigit : b == 'o' ? ch => ch is >= '0' and <= '7' : ch => ch is '0' or '1';
            pos += 2;
            int digits = 0;
            while (true)
            {
                if (pos < src.Length && src[pos] == '_') pos++;
                if (pos < src.Length && ok(src[pos]))
                {
                    while (pos < src.Length && ok(src[pos])) { pos++; digits++; }
                    if (Peek() != '_') break;
                }
                else
                {
                    if (pos < src.Length && char.IsAsciiDigit(src[pos]) && b != 'x')
                        throw Error($"invalid digit '{src[pos]}' in {kind} literal", line, Col, line, Col);
                    throw Error($"invalid {kind} literal", line, Col - 1, line, Col - 1);
                }
            }
            if (digits == 0) throw Error($"invalid {kind} literal", line, Col, line, Col);
            if (char.IsAsciiDigit(Peek()) && b != 'x')
                throw Error($"invalid digit '{Peek()}' in {kind} literal", line, Col, line, Col);
            VerifyEndOfNumber(kind);
            Emit(TokenKind.Number, src[start..pos], start, line, c0);
            return;
        }
        bool isFloat = false, imaginary = false;
        if (c != '.') ScanDecimalTail();
        if (Peek() == '.')
        {
            pos++;
            isFloat = true;
            if (char.IsAsciiDigit(Peek())) ScanDecimalTail();
        }
        if (Peek() is 'e' or 'E')
        {
            int save = pos;
            pos++;
            if (Peek() is '+' or '-') pos++;
            if (char.IsAsciiDigit(Peek()))
            {
                ScanDecimalTail();
                isFloat = true;
            }
            else if (src[pos - 1] is '+' or '-')
                throw ErrorAtIndex("invalid decimal literal");
            else
            {
                // `1else` is `1 else`; anything else glued to the number is an error.
                pos = save;
                VerifyEndOfNumber("decimal");
                Emit(TokenKind.Number, src[start..pos], start, line, c0);
                return;
            }
        }
        if (Peek() is 'j' or 'J')
        {
            pos++;
            imaginary = true;
        }
        if (!isFloat && !imaginary && src[start] == '0')
        {
            int firstNonZero = start;
            while (firstNonZero < pos && src[firstNonZero] is '0' or '_') firstNonZero++;
            if (firstNonZero < pos)
                throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, c0, line, firstNonZero - lineStart);
        }
        VerifyEndOfNumber(imaginary ? "imaginary" : "decimal");
        Emit(TokenKind.Number, src[start..pos], start, line, c0);
    }

    private void ScanDecimalTail()
    {
        while (true)
        {
            while (char.IsAsciiDigit(Peek())) pos++;
            if (Peek() != '_') return;
            pos++;
            if (!char.IsAsciiDigit(Peek())) throw Error("invalid decimal literal", line, Col - 1, line, Col - 1);
        }
    }

    /// <summary>
    /// A number glued to a following identifier is an error, except before the keywords CPython
    /// still accepts there (with a deprecation warning we do not print): `1if x else y`.
    /// </summary>
    private void VerifyEndOfNumber(string kind)
    {
        char c = Peek();
        if (!IsIdentifierChar(c)) return;
        foreach (var kw in (ReadOnlySpan<string>)["and", "else", "for", "if", "in", "is", "not", "or"])
        {
            if (string.CompareOrdinal(src, pos, kw, 0, kw.Length) == 0) return;
        }
        throw ErrorAtIndex($"invalid {kind} literal");
    }

    /// <summary>
    /// CPython's tokenizer reports number errors with the offset set to the 0-based index of the
    /// offending character, so its caret lands one column to the left of it.
    /// </summary>
    private SyntaxErrorException ErrorAtIndex(string msg) => source.ErrorRaw(msg, line, Col, line, Col);
}
