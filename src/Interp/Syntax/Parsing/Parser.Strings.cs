using System.Text;
using GilGrid.Interp.Syntax.Lexing;
using GilGrid.Interp.Syntax.Literals;

namespace GilGrid.Interp.Syntax.Parsing;

// String atoms: implicit concatenation, bytes, and f-strings (PEP 701 token stream).
internal sealed partial class Parser
{
    private object NumberValue(Token t)
    {
        int digits = NumberLiteral.DecimalDigits(t.Text);
        if (digits > NumberLiteral.MaxDecimalDigits)
            throw ErrorAt(t, $"Exceeds the limit ({NumberLiteral.MaxDecimalDigits} digits) for integer string conversion: " +
                $"value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal " +
                "for huge integer literals to avoid decimal conversion limits.");
        return NumberLiteral.Value(t.Text);
    }

    /// <summary>Literal text of an f-string collected between replacement fields.</summary>
    private sealed class Pending
    {
        public readonly StringBuilder Text = new();
        public Token? First;
        public Token Last;

        public void Add(string s, Token t)
        {
            if (s.Length == 0) return;
            Text.Append(s);
            First ??= t;
            Last = t;
        }

        public void FlushInto(List<Expr> values)
        {
            if (Text.Length == 0) return;
            var f = First!.Value;
            values.Add(new Constant(Text.ToString()).At<Constant>(f.Line, f.Col, Last.EndLine, Last.EndCol));
            Text.Clear();
            First = null;
        }
    }

    private Expr Strings()
    {
        var start = Cur;
        bool anyBytes = false, anyStr = false, anyF = false;
        var bytes = new List<byte>();
        var values = new List<Expr>();
        var pending = new Pending();
        while (Cur.Kind is TokenKind.String or TokenKind.FStringStart)
        {
            var t = Next();
            if (t.Kind == TokenKind.String)
            {
                var (prefix, body) = StringLiteral.Split(t.Text);
                try
                {
                    if (prefix.Contains('b'))
                    {
                        anyBytes = true;
                        bytes.AddRange(StringLiteral.DecodeBytes(body, prefix.Contains('r')));
                    }
                    else
                    {
                        anyStr = true;
                        pending.Add(StringLiteral.DecodeStr(body, prefix.Contains('r')), t);
                    }
                }
                catch (StringLiteral.DecodeError e)
                {
                    throw ErrorAt(t, e.Message);
                }
                continue;
            }
            anyStr = anyF = true;
            FString(t, values, pending);
        }
        if (anyBytes && anyStr) throw ErrorAt(Cur, "cannot mix bytes and nonbytes literals");
        if (anyBytes) return Fin(new Constant(bytes.ToArray()), start);
        if (!anyF)
        {
            var c = Fin(new Constant(pending.Text.ToString()), start);
            if (start.Text[0] is 'u' or 'U') c.Kind = "u";
            return c;
        }
        pending.FlushInto(values);
        return Fin(new JoinedStr(values), start);
    }

    private void FString(Token startTok, List<Expr> values, Pending pending)
    {
        bool raw = startTok.Text.Contains('r') || startTok.Text.Contains('R');
        while (Cur.Kind != TokenKind.FStringEnd)
        {
            if (Cur.Kind == TokenKind.FStringMiddle)
            {
                var m = Next();
                pending.Add(DecodeMiddle(m, raw), m);
            }
            else if (AtOp("{"))
            {
                var (field, debug) = ReplacementField(raw);
                if (debug != null) pending.Add(debug.Value.Text, debug.Value.Tok);
                pending.FlushInto(values);
                values.Add(field);
            }
            else throw Invalid();
        }
        Next();
    }

    /// <summary>The source of a `{expr=}` field up to the next token, without comments (as CPython).</summary>
    private string DebugText(int from, int firstIndex)
    {
        var sb = new StringBuilder();
        int at = from;
        for (int i = firstIndex; i <= p; i++)
        {
            int gapEnd = toks[i].Start;
            string gap = source.Text[at..gapEnd];
            int hash = gap.IndexOf('#');
            while (hash >= 0)
            {
                int nl = gap.IndexOf('\n', hash);
                gap = nl < 0 ? gap[..hash] : gap[..hash] + gap[nl..];
                hash = gap.IndexOf('#');
            }
            sb.Append(gap);
            if (i < p) sb.Append(source.Text, toks[i].Start, toks[i].End - toks[i].Start);
            at = toks[i].End;
        }
        return sb.ToString();
    }

    /// <summary>`f"{lambda x: 1}"`: the ':' starts the format spec, so CPython asks for parentheses.</summary>
    private Exception LambdaInField()
    {
        var start = Cur;
        for (int i = p; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.IsOp(":"))
                return source.Error("f-string: lambda expressions are not allowed without parentheses", start.Line, start.Col, t.EndLine, t.EndCol);
            if (t.IsOp("}") || t.Kind is TokenKind.FStringEnd or TokenKind.EndMarker) break;
        }
        return Invalid();
    }

    private string DecodeMiddle(Token m, bool raw)
    {
        try { return StringLiteral.DecodeStr(m.Text, raw); }
        catch (StringLiteral.DecodeError e) { throw ErrorAt(m, e.Message); }
    }

    private (FormattedValue Field, (string Text, Token Tok)? Debug) ReplacementField(bool raw)
    {
        var open = Next();
        if (AtOp("}") || AtOp("!") || AtOp(":") || AtOp("="))
            throw ErrorAt(Cur, $"f-string: valid expression required before '{Cur.Text}'");
        var first = Cur;
        int firstIndex = p;
        if (AtKw("lambda")) throw LambdaInField();
        if (!StartsExpression(Cur) && !AtOp("*") && !AtKw("yield"))
            throw ErrorAt(Cur, "f-string: expecting a valid expression after '{'");
        Expr e;
        try { e = AtKw("yield") ? YieldExpr() : StarExpressions(); }
        catch (NoMatch) { throw ErrorAt(first, "f-string: expecting a valid expression after '{'"); }
        if (!AtOp("=") && !AtOp("!") && !AtOp(":") && !AtOp("}"))
        {
            if (StartsExpression(Cur)) throw MissingComma(e);
            throw ErrorAt(Cur, "f-string: expecting '=', or '!', or ':', or '}'");
        }
        (string, Token)? debug = null;
        if (AtOp("="))
        {
            // The `x=` text keeps the source's spelling and spaces; it spans the expression and '='.
            var eq = Next();
            debug = (DebugText(open.End, firstIndex), eq with { Line = first.Line, Col = first.Col, Start = first.Start });
            if (!AtOp("!") && !AtOp(":") && !AtOp("}")) throw ErrorAt(Cur, "f-string: expecting '!', or ':', or '}'");
        }
        int conversion = -1;
        if (AtOp("!"))
        {
            var bang = Next();
            if (AtOp("}") || AtOp(":")) throw ErrorAt(Cur, "f-string: missing conversion character");
            if (!AtIdentifier) throw ErrorAt(Cur, "f-string: invalid conversion character");
            if (Cur.Start != bang.End)
                throw ErrorAt(Cur, "f-string: conversion type must come right after the exclamanation mark");
            var c = Next();
            if (c.Text is not ("s" or "r" or "a"))
                throw ErrorAt(c, $"f-string: invalid conversion character '{c.Text}': expected 's', 'r', or 'a'");
            conversion = c.Text[0];
            if (!AtOp(":") && !AtOp("}")) throw ErrorAt(Cur, "f-string: expecting ':' or '}'");
        }
        JoinedStr? spec = null;
        if (AtOp(":"))
        {
            var colon = Next();
            var specValues = new List<Expr>();
            var specPending = new Pending();
            while (!AtOp("}"))
            {
                if (Cur.Kind == TokenKind.FStringMiddle)
                {
                    var m = Next();
                    specPending.Add(DecodeMiddle(m, raw), m);
                }
                else if (AtOp("{"))
                {
                    var (inner, innerDebug) = ReplacementField(raw);
                    if (innerDebug != null) specPending.Add(innerDebug.Value.Text, innerDebug.Value.Tok);
                    specPending.FlushInto(specValues);
                    specValues.Add(inner);
                }
                else throw ErrorAt(Cur, "f-string: expecting '}', or format specs");
            }
            specPending.FlushInto(specValues);
            spec = new JoinedStr(specValues).At<JoinedStr>(colon.Line, colon.Col, Cur.Line, Cur.Col);
        }
        if (!AtOp("}")) throw ErrorAt(Cur, "f-string: expecting '}'");
        Next();
        if (debug != null && conversion == -1 && spec == null) conversion = 'r';
        return (Fin(new FormattedValue(e, conversion, spec), open), debug);
    }
}
