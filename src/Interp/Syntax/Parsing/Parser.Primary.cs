using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Primaries (attribute, call, subscript), atoms, displays and comprehensions.
internal sealed partial class Parser
{
    private Expr Primary()
    {
        // Spans start at the first token, so `(a).b` starts at the parenthesis, as in CPython.
        var s0 = Cur;
        var e = Atom();
        while (Cur.Kind == TokenKind.Op && Cur.Text is "." or "(" or "[")
        {
            // PEG: a trailer that does not parse is not part of the primary.
            int m = p, d = depth;
            try
            {
                switch (Cur.Text)
                {
                    case ".":
                        Next();
                        var name = ExpectIdentifier();
                        e = Fin(new Attribute(e, name.Text, ExprContext.Load), s0);
                        break;
                    case "(":
                        e = CallAfter(e, s0);
                        break;
                    default:
                        Next();
                        var slice = Slices();
                        ExpectClose("]", slice);
                        e = Fin(new Subscript(e, slice, ExprContext.Load), s0);
                        break;
                }
            }
            catch (NoMatch)
            {
                p = m;
                depth = d;
                return e;
            }
        }
        return e;
    }

    private Expr CallAfter(Expr func, Token s0)
    {
        var open = Next();
        if (AtOp(")"))
        {
            Next();
            return Fin(new Call(func, [], []), s0);
        }
        var (args, keywords) = CallArguments(open);
        ExpectClose(")", args.Count > 0 ? args[^1] : keywords[^1]);
        return Fin(new Call(func, args, keywords), s0);
    }

    /// <summary>Call (or class header) arguments up to, not including, the closing ')'.</summary>
    private (List<Expr> Args, List<Keyword> Keywords) CallArguments(Token? open = null)
    {
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false, sawKwUnpack = false;
        string? misplaced = null;
        while (!AtOp(")"))
        {
            var start = Cur;
            int startIndex = p;
            if (TryOp("*"))
            {
                if (AtOp(",") || AtOp(")")) throw ErrorAt(Cur, "Invalid star expression");
                var v = Expression();
                var st = Fin(new Starred(v, ExprContext.Load), start);
                if (sawKwUnpack)
                {
                    var comma = toks[startIndex - 1];
                    throw source.Error("iterable argument unpacking follows keyword argument unpacking",
                        comma.Line, comma.Col, st.EndLine, st.EndCol);
                }
                args.Add(st);
            }
            else if (TryOp("**"))
            {
                var v = Expression();
                keywords.Add(Fin(new Keyword(null, v), start));
                sawKwUnpack = true;
            }
            else if (AtIdentifier && Peek(1).IsOp("="))
            {
                var n = Next();
                Next();
                var v = Expression();
                keywords.Add(Fin(new Keyword(n.Text, v), n));
                sawKeyword = true;
            }
            else
            {
                var e = NamedExpression();
                if (AtComprehension)
                {
                    var gens = Comprehensions();
                    bool sole = args.Count == 0 && keywords.Count == 0 && AtOp(")") && open != null;
                    if (!sole)
                        throw source.Error("Generator expression must be parenthesized", e.Line, e.Col, Prev.EndLine, Prev.EndCol);
                    var close = Cur;
                    e = new GeneratorExp(e, gens).At<GeneratorExp>(open!.Value.Line, open.Value.Col, close.EndLine, close.EndCol);
                }
                else if (AtOp("=") && e is Constant { Value: null or bool })
                    throw source.Error($"cannot assign to {ExprName(e)}", e.Line, e.Col, Cur.EndLine, Cur.EndCol);
                else if (AtOp("="))
                {
                    var eq = Next();
                    throw source.Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Line, e.Col, eq.EndLine, eq.EndCol);
                }
                misplaced ??= sawKwUnpack ? "positional argument follows keyword argument unpacking"
                    : sawKeyword ? "positional argument follows keyword argument" : null;
                args.Add(e);
            }
            if (!TryOp(",")) break;
        }
        // CPython reports this after reading the whole argument list, at the token after it.
        if (misplaced != null) throw ErrorAt(Cur, misplaced);
        return (args, keywords);
    }

    /// <summary>Expects a closing bracket; when another expression follows instead, hints at a comma.</summary>
    private void ExpectClose(string close, Node? lastElement)
    {
        if (TryOp(close)) return;
        throw MissingComma(lastElement);
    }

    private Exception MissingComma(Node? lastElement)
    {
        if (lastElement != null && StartsExpression(Cur) && !(lastElement is Name && Cur.Kind is TokenKind.String or TokenKind.FStringStart))
        {
            int save = p, saveMax = maxFetched, saveDepth = depth;
            trials++;
            Expr? next = null;
            try { next = Expression(); }
            catch (Exception failure) when (Recoverable(failure)) { }
            p = save;
            maxFetched = saveMax;
            depth = saveDepth;
            trials--;
            if (next != null) return source.Error("invalid syntax. Perhaps you forgot a comma?",
                lastElement.Line, lastElement.Col, next.EndLine, next.EndCol);
        }
        return Invalid();
    }

    private Expr Slices()
    {
        var start = Cur;
        var first = SliceItem();
        if (!AtOp(",") && first is not Starred) return first;
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("]")) break;
            elts.Add(SliceItem());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr SliceItem()
    {
        var start = Cur;
        if (AtOp("*"))
        {
            Next();
            if (AtOp(",") || AtOp("]")) throw ErrorAt(Cur, "Invalid star expression");
            return Fin(new Starred(BitwiseOr(), ExprContext.Load), start);
        }
        Expr? lower = null;
        if (!AtOp(":"))
        {
            lower = NamedExpression();
            if (AtOp("=")) throw MistakenAssignment(lower);
            if (!AtOp(":")) return lower;
        }
        Next();
        Expr? upper = AtOp(":") || AtOp("]") || AtOp(",") ? null : Expression();
        Expr? step = null;
        if (TryOp(":")) step = AtOp("]") || AtOp(",") ? null : Expression();
        return Fin(new Slice(lower, upper, step), start);
    }

    private Expr Atom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Next(); return Fin(new Constant(null), t);
                    case "True": Next(); return Fin(new Constant(true), t);
                    case "False": Next(); return Fin(new Constant(false), t);
                }
                if (IsKeyword(t.Text)) throw Invalid();
                Next();
                return Fin(new Name(t.Text, ExprContext.Load), t);
            case TokenKind.Number:
                Next();
                return Fin(new Constant(NumberValue(t)), t);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(": return ParenAtom();
                    case "[": return ListAtom();
                    case "{": return BraceAtom();
                    case "...": Next(); return Fin(new Constant(EllipsisLiteral.Instance), t);
                }
                break;
        }
        throw Invalid();
    }

    private bool AtComprehension => AtKw("for") || (AtKw("async") && Peek(1).IsName("for"));

    private List<Comprehension> Comprehensions()
    {
        var gens = new List<Comprehension>();
        while (AtComprehension)
        {
            bool isAsync = TryKw("async");
            Next();
            var target = ForTargets();
            if (!AtKw("in")) throw ErrorAt(Cur, "'in' expected after for-loop variables");
            Next();
            var iter = Disjunction();
            var ifs = new List<Expr>();
            while (TryKw("if")) ifs.Add(Disjunction());
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr ParenAtom()
    {
        var t = Next();
        if (TryOp(")")) return Fin(new TupleExpr([], ExprContext.Load), t);
        if (AtKw("yield"))
        {
            var y = YieldExpr();
            ExpectClose(")", y);
            return y;
        }
        var first = StarNamedExpression();
        if (AtComprehension)
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = Comprehensions();
            ExpectClose(")", null);
            return Fin(new GeneratorExp(first, gens), t);
        }
        if (TryOp(")"))
        {
            if (first is Starred) throw ErrorAt(first, "cannot use starred expression here");
            return first;
        }
        if (!AtOp(",")) throw MissingComma(first);
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp(")")) break;
            elts.Add(StarNamedExpression());
        }
        ExpectClose(")", elts[^1]);
        return Fin(new TupleExpr(elts, ExprContext.Load), t);
    }

    private Expr ListAtom()
    {
        var t = Next();
        if (TryOp("]")) return Fin(new ListExpr([], ExprContext.Load), t);
        var first = StarNamedExpression();
        if (AtComprehension)
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = Comprehensions();
            ExpectClose("]", null);
            return Fin(new ListComp(first, gens), t);
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("]")) break;
            elts.Add(StarNamedExpression());
        }
        ExpectClose("]", elts[^1]);
        return Fin(new ListExpr(elts, ExprContext.Load), t);
    }

    private Expr BraceAtom()
    {
        var t = Next();
        if (TryOp("}")) return Fin(new DictExpr([], []), t);
        if (AtOp("**")) return DictRest(t, [], []);
        var first = StarNamedExpression();
        if (AtOp(":") && first is not Starred)
        {
            var colon = Next();
            if (AtOp("}") || AtOp(",")) throw ErrorAt(colon, "expression expected after dictionary key and ':'");
            var value = Expression();
            if (AtComprehension)
            {
                var gens = Comprehensions();
                ExpectClose("}", null);
                return Fin(new DictComp(first, value, gens), t);
            }
            return DictRest(t, [first], [value]);
        }
        if (AtComprehension)
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = Comprehensions();
            ExpectClose("}", null);
            return Fin(new SetComp(first, gens), t);
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("}")) break;
            elts.Add(StarNamedExpression());
        }
        ExpectClose("}", elts[^1]);
        return Fin(new SetExpr(elts), t);
    }

    /// <summary>The remaining `key: value` / `**mapping` items of a dict display.</summary>
    private Expr DictRest(Token open, List<Expr?> keys, List<Expr> values)
    {
        bool first = keys.Count == 0;
        while (first || TryOp(","))
        {
            first = false;
            if (AtOp("}")) break;
            if (AtOp("**"))
            {
                var stars = Next();
                keys.Add(null);
                values.Add(BitwiseOr());
                if (AtComprehension) throw ErrorAt(stars, "dict unpacking cannot be used in dict comprehension");
                continue;
            }
            var k = Expression();
            if (!AtOp(":"))
            {
                // CPython reports this one at the key's end column, with no end (its parser's quirk).
                if (AtOp("}") || AtOp(",")) throw source.ErrorRaw("':' expected after dictionary key", k.EndLine, k.EndCol, k.EndLine, 0);
                throw Invalid();
            }
            var colon = Next();
            if (AtOp("}") || AtOp(",")) throw ErrorAt(colon, "expression expected after dictionary key and ':'");
            keys.Add(k);
            values.Add(Expression());
        }
        ExpectClose("}", values.Count > 0 ? values[^1] : null);
        return Fin(new DictExpr(keys, values), open);
    }
}
