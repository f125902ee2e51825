using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Patterns of `case` clauses (PEP 634).
internal sealed partial class Parser
{
    private Pattern CasePatterns()
    {
        var start = Cur;
        var first = MaybeStarPattern();
        if (!AtOp(","))
        {
            if (first is MatchStar) throw Invalid();
            return first;
        }
        var items = new List<Pattern> { first };
        while (TryOp(","))
        {
            if (AtOp(":") || AtKw("if")) break;
            items.Add(MaybeStarPattern());
        }
        return Fin(new MatchSequence(items), start);
    }

    private Pattern MaybeStarPattern()
    {
        if (!AtOp("*")) return Pattern();
        var t = Next();
        var n = ExpectIdentifier();
        return Fin(new MatchStar(n.Text == "_" ? null : n.Text), t);
    }

    private Pattern Pattern()
    {
        Enter();
        try
        {
            var s0 = Cur;
            var pat = OrPattern();
            if (!TryKw("as")) return pat;
            if (AtIdentifier && Cur.Text == "_") throw ErrorAt(Cur, "cannot use '_' as a target");
            if (!AtIdentifier)
            {
                if (StartsExpression(Cur)) throw ErrorAt(Cur, "invalid pattern target");
                throw Invalid();
            }
            var n = Next();
            return Fin(new MatchAs(pat, n.Text), s0);
        }
        finally { Leave(); }
    }

    private Pattern OrPattern()
    {
        var s0 = Cur;
        var first = ClosedPattern();
        if (!AtOp("|")) return first;
        var alts = new List<Pattern> { first };
        while (TryOp("|")) alts.Add(ClosedPattern());
        return Fin(new MatchOr(alts), s0);
    }

    private Pattern ClosedPattern()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
                return Fin(new MatchValue(SignedNumberPattern()), t);
            case TokenKind.String:
            case TokenKind.FStringStart:
            {
                var s = Strings();
                if (s is JoinedStr) throw ErrorAt(s, "patterns may only match literals and attribute lookups");
                return Fin(new MatchValue(s), t);
            }
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "-": return Fin(new MatchValue(SignedNumberPattern()), t);
                    case "(": return ParenPattern();
                    case "[":
                    {
                        Next();
                        var items = new List<Pattern>();
                        while (!AtOp("]"))
                        {
                            items.Add(MaybeStarPattern());
                            if (!TryOp(",")) break;
                        }
                        ExpectOp("]");
                        return Fin(new MatchSequence(items), t);
                    }
                    case "{": return MappingPattern();
                }
                break;
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Next(); return Fin(new MatchSingleton(null), t);
                    case "True": Next(); return Fin(new MatchSingleton(true), t);
                    case "False": Next(); return Fin(new MatchSingleton(false), t);
                }
                if (!AtIdentifier) break;
                Next();
                Expr target = Fin(new Name(t.Text, ExprContext.Load), t);
                bool dotted = false;
                while (TryOp("."))
                {
                    var attr = ExpectIdentifier();
                    target = Fin(new Attribute(target, attr.Text, ExprContext.Load), t);
                    dotted = true;
                }
                if (AtOp("(")) return ClassPattern(target);
                if (dotted) return Fin(new MatchValue(target), t);
                return Fin(new MatchAs(null, t.Text == "_" ? null : t.Text), t);
        }
        throw Invalid();
    }

    /// <summary>`1`, `-1`, `1.5`, `-1+2j`, `3-4j`: the numbers a literal pattern allows.</summary>
    private Expr SignedNumberPattern()
    {
        var start = Cur;
        Expr real;
        if (AtOp("-"))
        {
            Next();
            var n = Expect(TokenKind.Number);
            real = Fin(new UnaryOp(UnaryOpKind.USub, Fin(new Constant(NumberValue(n)), n)), start);
        }
        else
        {
            var n = Expect(TokenKind.Number);
            real = Fin(new Constant(NumberValue(n)), n);
        }
        if (!AtOp("+") && !AtOp("-")) return real;
        var op = Next().Text == "+" ? BinOpKind.Add : BinOpKind.Sub;
        var it = Expect(TokenKind.Number);
        var imag = Fin(new Constant(NumberValue(it)), it);
        if (imag.Value is not ComplexLiteral) throw ErrorAt(imag, "imaginary number required in complex literal");
        if (real is Constant { Value: ComplexLiteral } or UnaryOp { Operand: Constant { Value: ComplexLiteral } })
            throw ErrorAt(real, "real number required in complex literal");
        return Fin(new BinOp(real, op, imag), start);
    }

    private Pattern ParenPattern()
    {
        var t = Next();
        if (TryOp(")")) return Fin(new MatchSequence([]), t);
        var first = MaybeStarPattern();
        if (TryOp(")"))
        {
            if (first is MatchStar) return Fin(new MatchSequence([first]), t);
            return first;
        }
        var items = new List<Pattern> { first };
        while (TryOp(","))
        {
            if (AtOp(")")) break;
            items.Add(MaybeStarPattern());
        }
        ExpectOp(")");
        return Fin(new MatchSequence(items), t);
    }

    private Pattern MappingPattern()
    {
        var t = Next();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!AtOp("}"))
        {
            if (TryOp("**"))
            {
                rest = ExpectIdentifier().Text;
                TryOp(",");
                break;
            }
            keys.Add(MappingKey());
            ExpectOp(":");
            patterns.Add(Pattern());
            if (!TryOp(",")) break;
        }
        ExpectOp("}");
        return Fin(new MatchMapping(keys, patterns, rest), t);
    }

    private Expr MappingKey()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number: return SignedNumberPattern();
            case TokenKind.String:
                return Strings();
            case TokenKind.Op when t.Text == "-": return SignedNumberPattern();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Next(); return Fin(new Constant(null), t);
                    case "True": Next(); return Fin(new Constant(true), t);
                    case "False": Next(); return Fin(new Constant(false), t);
                }
                if (!AtIdentifier) break;
                Next();
                Expr target = Fin(new Name(t.Text, ExprContext.Load), t);
                if (!AtOp(".")) throw Invalid();
                while (TryOp("."))
                    target = Fin(new Attribute(target, ExpectIdentifier().Text, ExprContext.Load), t);
                return target;
        }
        throw Invalid();
    }

    private Pattern ClassPattern(Expr cls)
    {
        Next();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!AtOp(")"))
        {
            if (AtIdentifier && Peek(1).IsOp("="))
            {
                kwdAttrs.Add(Next().Text);
                Next();
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var pat = Pattern();
                if (kwdAttrs.Count > 0) throw ErrorAt(pat, "positional patterns follow keyword patterns");
                patterns.Add(pat);
            }
            if (!TryOp(",")) break;
        }
        ExpectOp(")");
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), cls);
    }
}
