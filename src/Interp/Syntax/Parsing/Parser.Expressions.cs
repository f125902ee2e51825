using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Expressions by precedence, lowest first, as in python.gram.
internal sealed partial class Parser
{
    /// <summary>`star_expressions`: a bare tuple when commas follow.</summary>
    private Expr StarExpressions()
    {
        var start = Cur;
        var first = StarExpression();
        if (!AtOp(",")) return first;
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (!StartsExpression(Cur) && !AtOp("*")) break;
            // PEG: an item that does not parse leaves the comma as the trailing one.
            int m = p, d = depth;
            try { elts.Add(StarExpression()); }
            catch (NoMatch) { p = m; depth = d; break; }
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr StarExpression()
    {
        if (!AtOp("*")) return Expression();
        var t = Next();
        return Fin(new Starred(BitwiseOr(), ExprContext.Load), t);
    }

    private Expr StarNamedExpression()
    {
        if (!AtOp("*")) return NamedExpression();
        var t = Next();
        if (AtOp(",") || AtOp(")") || AtOp("]") || AtOp("}")) throw ErrorAt(Cur, "Invalid star expression");
        return Fin(new Starred(BitwiseOr(), ExprContext.Load), t);
    }

    private Expr NamedExpression()
    {
        if (AtIdentifier && Peek(1).IsOp(":="))
        {
            var n = Next();
            var target = Fin(new Name(n.Text, ExprContext.Store), n);
            Next();
            var value = Expression();
            return Fin(new NamedExpr(target, value), n);
        }
        var e = Expression();
        if (AtOp(":=")) throw ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        return e;
    }

    /// <summary>A condition (`if`, `elif`, `while`), where `=` gets CPython's "did you mean" hints.</summary>
    private Expr NamedExpressionInCondition()
    {
        var e = NamedExpression();
        if (AtOp("=")) throw MistakenAssignment(e);
        return e;
    }

    private Exception MistakenAssignment(Expr e)
    {
        int save = p, saveMax = maxFetched, saveDepth = depth;
        trials++;
        Next();
        Expr? rhs = null;
        try { rhs = BitwiseOr(); }
        catch (Exception failure) when (Recoverable(failure)) { }
        if (rhs != null && !AtOp("=") && !AtOp(":="))
        {
            if (e is Name) return ErrorRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            if (IsBitwiseOrLevel(e) && e is not (TupleExpr or ListExpr) && !IsSingletonConstant(e))
                return ErrorAt(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
        }
        p = save;
        maxFetched = saveMax;
        depth = saveDepth;
        trials--;
        return Invalid();
    }

    private Expr Expression()
    {
        Enter();
        try
        {
            var s0 = Cur;
            if (AtKw("lambda")) return LambdaExpr();
            var body = Disjunction();
            if (!AtKw("if")) return body;
            int m = p, d = depth;
            Next();
            Expr test;
            try { test = Disjunction(); }
            catch (NoMatch) { p = m; depth = d; return body; }
            if (!AtKw("else"))
            {
                if (AtOp(":")) throw Invalid();
                throw ErrorRange(body, test, "expected 'else' after 'if' expression");
            }
            Next();
            var orElse = Expression();
            return Fin(new IfExp(test, body, orElse), s0);
        }
        finally { Leave(); }
    }

    private Expr Disjunction()
    {
        var s0 = Cur;
        var first = Conjunction();
        if (!AtKw("or")) return first;
        var values = new List<Expr> { first };
        while (AtKw("or"))
        {
            int m = p, d = depth;
            Next();
            try { values.Add(Conjunction()); }
            catch (NoMatch) { p = m; depth = d; break; }
        }
        return values.Count == 1 ? first : Fin(new BoolOp(BoolOpKind.Or, values), s0);
    }

    private Expr Conjunction()
    {
        var s0 = Cur;
        var first = Inversion();
        if (!AtKw("and")) return first;
        var values = new List<Expr> { first };
        while (AtKw("and"))
        {
            int m = p, d = depth;
            Next();
            try { values.Add(Inversion()); }
            catch (NoMatch) { p = m; depth = d; break; }
        }
        return values.Count == 1 ? first : Fin(new BoolOp(BoolOpKind.And, values), s0);
    }

    private Expr Inversion()
    {
        if (!AtKw("not")) return Comparison();
        var t = Next();
        Enter();
        var operand = Inversion();
        Leave();
        return Fin(new UnaryOp(UnaryOpKind.Not, operand), t);
    }

    private Expr Comparison()
    {
        var s0 = Cur;
        var left = BitwiseOr();
        List<CmpOpKind>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOpKind op;
            var t = Cur;
            int m = p, d = depth;
            if (t.Kind == TokenKind.Op)
            {
                switch (t.Text)
                {
                    case "==": op = CmpOpKind.Eq; break;
                    case "!=": op = CmpOpKind.NotEq; break;
                    case "<": op = CmpOpKind.Lt; break;
                    case "<=": op = CmpOpKind.LtE; break;
                    case ">": op = CmpOpKind.Gt; break;
                    case ">=": op = CmpOpKind.GtE; break;
                    default: goto done;
                }
                Next();
            }
            else if (t.IsName("in")) { op = CmpOpKind.In; Next(); }
            else if (t.IsName("not") && Peek(1).IsName("in")) { op = CmpOpKind.NotIn; Next(); Next(); }
            else if (t.IsName("is"))
            {
                Next();
                op = TryKw("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
            }
            else break;
            Expr right;
            try { right = BitwiseOr(); }
            catch (NoMatch) { p = m; depth = d; break; }
            (ops ??= []).Add(op);
            (comparators ??= []).Add(right);
        }
        done:
        if (ops == null) return left;
        return Fin(new Compare(left, ops, comparators!), s0);
    }

    private Expr BitwiseOr()
    {
        var s0 = Cur;
        var left = BitwiseXor();
        while (AtOp("|"))
        {
            int m = p, d = depth;
            Next();
            Expr r;
            try { r = BitwiseXor(); }
            catch (NoMatch) { p = m; depth = d; break; }
            left = Fin(new BinOp(left, BinOpKind.BitOr, r), s0);
        }
        return left;
    }

    private Expr BitwiseXor()
    {
        var s0 = Cur;
        var left = BitwiseAnd();
        while (AtOp("^"))
        {
            int m = p, d = depth;
            Next();
            Expr r;
            try { r = BitwiseAnd(); }
            catch (NoMatch) { p = m; depth = d; break; }
            left = Fin(new BinOp(left, BinOpKind.BitXor, r), s0);
        }
        return left;
    }

    private Expr BitwiseAnd()
    {
        var s0 = Cur;
        var left = ShiftExpr();
        while (AtOp("&"))
        {
            int m = p, d = depth;
            Next();
            Expr r;
            try { r = ShiftExpr(); }
            catch (NoMatch) { p = m; depth = d; break; }
            left = Fin(new BinOp(left, BinOpKind.BitAnd, r), s0);
        }
        return left;
    }

    private Expr ShiftExpr()
    {
        var s0 = Cur;
        var left = Sum();
        while (AtOp("<<") || AtOp(">>"))
        {
            int m = p, d = depth;
            var op = Next().Text == "<<" ? BinOpKind.LShift : BinOpKind.RShift;
            Expr r;
            try { r = Sum(); }
            catch (NoMatch) { p = m; depth = d; break; }
            left = Fin(new BinOp(left, op, r), s0);
        }
        return left;
    }

    private Expr Sum()
    {
        var s0 = Cur;
        var left = Term();
        while (AtOp("+") || AtOp("-"))
        {
            int m = p, d = depth;
            var op = Next().Text == "+" ? BinOpKind.Add : BinOpKind.Sub;
            Expr r;
            try { r = Term(); }
            catch (NoMatch) { p = m; depth = d; break; }
            left = Fin(new BinOp(left, op, r), s0);
        }
        return left;
    }

    private Expr Term()
    {
        var s0 = Cur;
        var left = Factor();
        while (Cur.Kind == TokenKind.Op)
        {
            BinOpKind op;
            switch (Cur.Text)
            {
                case "*": op = BinOpKind.Mult; break;
                case "/": op = BinOpKind.Div; break;
                case "//": op = BinOpKind.FloorDiv; break;
                case "%": op = BinOpKind.Mod; break;
                case "@": op = BinOpKind.MatMult; break;
                default: return left;
            }
            int m = p, d = depth;
            Next();
            Expr r;
            try { r = Factor(); }
            catch (NoMatch) { p = m; depth = d; return left; }
            left = Fin(new BinOp(left, op, r), s0);
        }
        return left;
    }

    private Expr Factor()
    {
        if (Cur.Kind == TokenKind.Op && Cur.Text is "+" or "-" or "~")
        {
            var t = Next();
            var op = t.Text == "+" ? UnaryOpKind.UAdd : t.Text == "-" ? UnaryOpKind.USub : UnaryOpKind.Invert;
            Enter();
            var operand = Factor();
            Leave();
            return Fin(new UnaryOp(op, operand), t);
        }
        return Power();
    }

    private Expr Power()
    {
        var s0 = Cur;
        var b = AwaitPrimary();
        if (!AtOp("**")) return b;
        int m = p, d = depth;
        Next();
        Enter(2);   // power -> factor -> power: two rules per level in CPython too
        Expr e;
        try { e = Factor(); }
        catch (NoMatch) { p = m; depth = d; return b; }
        Leave(2);
        return Fin(new BinOp(b, BinOpKind.Pow, e), s0);
    }

    private Expr AwaitPrimary()
    {
        if (!AtKw("await")) return Primary();
        var t = Next();
        Enter();
        var v = Primary();
        Leave();
        return Fin(new Await(v), t);
    }

    private Expr LambdaExpr()
    {
        var t = Next();
        var args = Parameters(":", allowAnnotations: false);
        ExpectOp(":");
        Enter();    // lambdef -> expression: two rules per level, as CPython counts
        var body = Expression();
        Leave();
        return Fin(new Lambda(args, body), t);
    }

    private Expr YieldExpr()
    {
        var t = Next();
        if (TryKw("from")) return Fin(new YieldFrom(Expression()), t);
        if (StartsExpression(Cur) || AtOp("*")) return Fin(new Yield(StarExpressions()), t);
        return Fin(new Yield(null), t);
    }

    private static bool StartsExpression(Token t) => t.Kind switch
    {
        TokenKind.Name => !IsKeyword(t.Text) || t.Text is "None" or "True" or "False" or "not" or "lambda" or "await",
        TokenKind.Number or TokenKind.String or TokenKind.FStringStart => true,
        TokenKind.Op => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "...",
        _ => false,
    };
}
