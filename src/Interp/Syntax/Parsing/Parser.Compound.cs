using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Compound statements: if, while, for, try, with, def, class, decorators, async, match.
internal sealed partial class Parser
{
    /// <summary>
    /// Compound statements end at the last token of their last block, skipping NEWLINE/DEDENT: the
    /// last statement's end, or a trailing ';' after it (as CPython).
    /// </summary>
    private T EndWith<T>(T node, Token start) where T : Node
    {
        int i = p - 1;
        while (i > 0 && toks[i].Kind is TokenKind.Newline or TokenKind.Dedent or TokenKind.Indent) i--;
        return node.At<T>(start.Line, start.Col, toks[i].EndLine, toks[i].EndCol);
    }

    private Stmt IfStmt()
    {
        var t = Next();
        var test = NamedExpressionInCondition();
        Colon();
        var body = Block($"'{t.Text}' statement", t);
        var orElse = new List<Stmt>();
        if (AtKw("elif")) orElse.Add(IfStmt());
        else if (AtKw("else")) orElse = ElseBlock();
        return EndWith(new If(test, body, orElse), t);
    }

    private List<Stmt> ElseBlock()
    {
        var e = Next();
        Colon(forced: true);
        return Block("'else' statement", e);
    }

    private Stmt WhileStmt()
    {
        var t = Next();
        var test = NamedExpressionInCondition();
        Colon();
        var body = Block("'while' statement", t);
        var orElse = AtKw("else") ? ElseBlock() : [];
        return EndWith(new While(test, body, orElse), t);
    }

    private Stmt ForStmt(Token start, bool isAsync)
    {
        var t = Next();
        var target = ForTargets();
        ExpectKw("in");
        var iter = StarExpressions();
        Colon();
        var body = Block("'for' statement", t);
        var orElse = AtKw("else") ? ElseBlock() : [];
        return EndWith(new For(target, iter, body, orElse, isAsync), start);
    }

    /// <summary>`star_targets` before `in`: operands below comparisons, so that `in` is not consumed.</summary>
    private Expr ForTargets()
    {
        var start = Cur;
        var first = StarTargetItem();
        if (!AtOp(",")) { CheckForTarget(first); return first; }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtKw("in") || AtOp("=")) break;
            elts.Add(StarTargetItem());
        }
        var tuple = Fin(new TupleExpr(elts, ExprContext.Store), start);
        CheckForTarget(tuple);
        return tuple;
    }

    private Expr StarTargetItem()
    {
        if (AtOp("*"))
        {
            var s = Next();
            var v = BitwiseOr();
            return Fin(new Starred(v, ExprContext.Load), s);
        }
        return BitwiseOr();
    }

    private Stmt TryStmt()
    {
        var t = Next();
        Colon(forced: true);
        var body = Block("'try' statement", t);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (AtKw("except"))
        {
            var e = Next();
            bool isStar = TryOp("*");
            if (star != null && star != isStar)
                throw ErrorAt(Prev, "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!AtOp(":"))
            {
                type = Expression();
                if (AtOp(","))
                {
                    var first = type;
                    while (TryOp(",")) { if (AtOp(":") || AtKw("as")) break; type = Expression(); }
                    throw ErrorRange(first, type, "multiple exception types must be parenthesized");
                }
                if (TryKw("as")) name = ExpectIdentifier().Text;
            }
            else if (isStar) throw ErrorAt(Cur, "expected one or more exception types");
            Colon();
            var hb = Block(isStar ? "'except*' statement" : "'except' statement", e);
            handlers.Add(EndWith(new ExceptHandler(type, name, hb), e));
        }
        var orElse = handlers.Count > 0 && AtKw("else") ? ElseBlock() : [];
        var final = new List<Stmt>();
        if (AtKw("finally"))
        {
            var f = Next();
            Colon(forced: true);
            final = Block("'finally' statement", f);
        }
        if (handlers.Count == 0 && final.Count == 0) throw ErrorAt(Cur, "expected 'except' or 'finally' block");
        return EndWith(new Try(body, handlers, orElse, final, star == true), t);
    }

    private Stmt WithStmt(Token start, bool isAsync)
    {
        var t = Next();
        List<WithItem>? items = null;
        if (AtOp("("))
        {
            // `with (a as b, c):` — the parenthesised form, else `(a, b)` is an ordinary expression.
            int save = p, saveDepth = depth;
            try
            {
                Next();
                items = [WithItem()];
                while (TryOp(","))
                {
                    if (AtOp(")")) break;
                    items.Add(WithItem());
                }
                ExpectOp(")");
                if (!AtOp(":")) throw Invalid();
            }
            catch (Exception failure) when (Recoverable(failure))
            {
                p = save;
                depth = saveDepth;
                items = null;
            }
        }
        if (items == null)
        {
            items = [WithItem()];
            while (TryOp(",")) items.Add(WithItem());
        }
        Colon();
        var body = Block("'with' statement", t);
        return EndWith(new With(items, body, isAsync), start);
    }

    private WithItem WithItem()
    {
        var e = Expression();
        if (!TryKw("as")) return new WithItem(e, null);
        var target = StarTargetItem();
        if (target is Starred) throw ErrorAt(target, "starred assignment target must be in a list or tuple");
        CheckForTarget(target);
        return new WithItem(e, target);
    }

    private Stmt FunctionDef(Token start, List<Expr> decorators, bool isAsync)
    {
        var t = Next();
        var name = ExpectIdentifier().Text;
        var typeParams = AtOp("[") ? TypeParams() : [];
        if (!AtOp("(")) throw ErrorAt(Cur, "expected '('");
        Next();
        var args = Parameters(")", allowAnnotations: true);
        ExpectOp(")");
        var returns = TryOp("->") ? Expression() : null;
        Colon(forced: true);
        var body = Block("function definition", t);
        return EndWith(new FunctionDef(name, args, body, decorators, returns, typeParams, isAsync), start);
    }

    private Stmt ClassDef(Token start, List<Expr> decorators)
    {
        var t = Next();
        var name = ExpectIdentifier().Text;
        var typeParams = AtOp("[") ? TypeParams() : [];
        List<Expr> bases = [];
        List<Keyword> keywords = [];
        if (TryOp("("))
        {
            (bases, keywords) = CallArguments();
            ExpectOp(")");
        }
        Colon();
        var body = Block("class definition", t);
        return EndWith(new ClassDef(name, bases, keywords, body, decorators, typeParams), start);
    }

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (TryOp("@"))
        {
            decorators.Add(NamedExpression());
            Expect(TokenKind.Newline);
        }
        var t = Cur;
        if (AtKw("def")) return FunctionDef(t, decorators, false);
        if (AtKw("class")) return ClassDef(t, decorators);
        if (AtKw("async") && Peek(1).IsName("def"))
        {
            Next();
            return FunctionDef(t, decorators, true);
        }
        throw Invalid();
    }

    private Stmt AsyncStmt(List<Expr> decorators)
    {
        var t = Next();
        if (AtKw("def")) return FunctionDef(t, decorators, true);
        if (AtKw("with")) return WithStmt(t, true);
        if (AtKw("for")) return ForStmt(t, true);
        throw Invalid();
    }

    /// <summary>`match` is a soft keyword: the header must parse as `match subject:` NEWLINE.</summary>
    private Stmt? TryMatchStmt()
    {
        var t = Cur;
        int save = p, saveDepth = depth;
        Expr subject;
        try
        {
            Next();
            subject = MatchSubject();
            if (!AtOp(":") || Peek(1).Kind != TokenKind.Newline) throw Invalid();
        }
        catch (Exception failure) when (Recoverable(failure))
        {
            p = save;
            depth = saveDepth;
            return null;
        }
        Next();
        Next();
        if (Cur.Kind != TokenKind.Indent)
            throw ErrorAt(Cur, $"expected an indented block after 'match' statement on line {t.Line}", SyntaxErrorKind.IndentationError);
        Next();
        var cases = new List<MatchCase>();
        Enter();
        do
        {
            if (!AtIdentifier || Cur.Text != "case") throw Invalid();
            var c = Next();
            var pattern = CasePatterns();
            var guard = TryKw("if") ? NamedExpression() : null;
            Colon();
            var body = Block("'case' statement", c);
            cases.Add(new MatchCase(pattern, guard, body));
        } while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker);
        Leave();
        Expect(TokenKind.Dedent);
        return EndWith(new Match(subject, cases), t);
    }

    private Expr MatchSubject()
    {
        var start = Cur;
        var first = StarNamedExpression();
        if (!AtOp(",")) return first is Starred ? throw Invalid() : first;
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp(":")) break;
            elts.Add(StarNamedExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }
}
