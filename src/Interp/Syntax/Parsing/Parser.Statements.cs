using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Statement sequences, blocks and the simple statements.
internal sealed partial class Parser
{
    private List<Stmt> Statements(TokenKind until)
    {
        var list = new List<Stmt>();
        while (Cur.Kind != until && Cur.Kind != TokenKind.EndMarker) list.AddRange(Statement());
        return list;
    }

    private List<Stmt> Statement()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": return [IfStmt()];
                case "while": return [WhileStmt()];
                case "for": return [ForStmt(t, false)];
                case "try": return [TryStmt()];
                case "with": return [WithStmt(t, false)];
                case "def": return [FunctionDef(t, [], false)];
                case "class": return [ClassDef(t, [])];
                case "async": return [AsyncStmt([])];
                case "match":
                    if (TryMatchStmt() is { } m) return [m];
                    break;
            }
        }
        else if (t.IsOp("@")) return [Decorated()];
        return SimpleStmts();
    }

    private List<Stmt> SimpleStmts()
    {
        var list = new List<Stmt> { SimpleStmt() };
        while (TryOp(";"))
        {
            if (Cur.Kind == TokenKind.Newline) break;
            list.Add(SimpleStmt());
        }
        if (Cur.Kind != TokenKind.Newline)
        {
            ReadFollowingExpression();
            throw Invalid();
        }
        Next();
        return list;
    }

    /// <summary>
    /// `a b`: CPython's error pass parses the `b` of its "forgot a comma" rule even outside
    /// brackets, so a tokenizer error or the end of input inside `b` is reported first.
    /// </summary>
    private void ReadFollowingExpression()
    {
        // The rule is skipped for `name "string"` (string prefixes and the like), as in CPython.
        if (!StartsExpression(Cur) || (Prev.Kind == TokenKind.Name && Cur.Kind is TokenKind.String or TokenKind.FStringStart)) return;
        int save = p, saveMax = maxFetched, saveDepth = depth;
        trials++;
        try { Expression(); }
        catch (Exception failure) when (Recoverable(failure)) { }
        p = save;
        maxFetched = saveMax;
        depth = saveDepth;
        trials--;
    }

    /// <summary>`block: NEWLINE INDENT statements DEDENT | simple_stmts`; `what` names the header for errors.</summary>
    private List<Stmt> Block(string what, Token header)
    {
        if (Cur.Kind == TokenKind.Newline)
        {
            Next();
            if (Cur.Kind != TokenKind.Indent)
                throw ErrorAt(Cur, $"expected an indented block after {what} on line {header.Line}", SyntaxErrorKind.IndentationError);
            Next();
            Enter();
            var body = Statements(TokenKind.Dedent);
            Leave();
            Expect(TokenKind.Dedent);
            return body;
        }
        return SimpleStmts();
    }

    /// <summary>
    /// The ':' ending a compound statement header. CPython says "expected ':'" when the line ends
    /// there, or for any token where its grammar forces the ':' (def, try, else, finally).
    /// </summary>
    private void Colon(bool forced = false)
    {
        if (TryOp(":")) return;
        if (forced || Cur.Kind == TokenKind.Newline) throw ErrorAt(Cur, "expected ':'");
        throw Invalid();
    }

    private bool AtStmtEnd => Cur.Kind is TokenKind.Newline or TokenKind.EndMarker || AtOp(";");

    private Stmt SimpleStmt()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Next(); return Fin(new Pass(), t);
                case "break": Next(); return Fin(new Break(), t);
                case "continue": Next(); return Fin(new Continue(), t);
                case "return":
                    Next();
                    return Fin(new Return(AtStmtEnd ? null : StarExpressions()), t);
                case "raise":
                {
                    Next();
                    if (AtStmtEnd) return Fin(new Raise(null, null), t);
                    var exc = Expression();
                    var cause = TryKw("from") ? Expression() : null;
                    return Fin(new Raise(exc, cause), t);
                }
                case "global":
                case "nonlocal":
                {
                    Next();
                    var names = new List<string> { ExpectIdentifier().Text };
                    while (TryOp(",")) names.Add(ExpectIdentifier().Text);
                    return t.Text == "global" ? Fin(new Global(names), t) : Fin(new Nonlocal(names), t);
                }
                case "del": return DelStmt();
                case "assert":
                {
                    Next();
                    var test = Expression();
                    var msg = TryOp(",") ? Expression() : null;
                    return Fin(new Assert(test, msg), t);
                }
                case "import": return ImportStmt();
                case "from": return ImportFromStmt();
                case "type":
                    if (Peek(1).Kind == TokenKind.Name && !IsKeyword(Peek(1).Text) && (Peek(2).IsOp("=") || Peek(2).IsOp("[")))
                        return TypeAliasStmt();
                    break;
            }
        }
        return ExpressionStatement();
    }

    private Stmt ExpressionStatement()
    {
        var start = Cur;
        Expr first = AtKw("yield") ? YieldExpr() : StarExpressions();
        if (AtOp(":"))
        {
            int colon = p;
            Next();
            bool parenthesised = start.IsOp("(");
            Expr annotation;
            if (first is Name or Attribute or Subscript) annotation = Expression();
            else
            {
                // CPython names a bad target only when an annotation follows; otherwise the error
                // is the generic one at the ':' where its first pass stopped.
                try { annotation = Expression(); }
                catch (Exception failure) when (Recoverable(failure))
                {
                    maxFetched = colon;
                    throw Invalid();
                }
            }
            switch (first)
            {
                case TupleExpr tuple:
                    throw ErrorAt(parenthesised ? first : tuple.Elts[0], "only single target (not tuple) can be annotated");
                case ListExpr: throw ErrorAt(first, "only single target (not list) can be annotated");
                case Name or Attribute or Subscript: break;
                default: throw ErrorAt(first, "illegal target for annotation");
            }
            SetContext(first, ExprContext.Store);
            Expr? value = null;
            if (TryOp("=")) value = AtKw("yield") ? YieldExpr() : StarExpressions();
            return Fin(new AnnAssign(first, annotation, value, first is Name && !parenthesised), start);
        }
        if (Cur.Kind == TokenKind.Op && AugOps.TryGetValue(Cur.Text, out var op))
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            Next();
            SetContext(first, ExprContext.Store);
            var value = AtKw("yield") ? YieldExpr() : StarExpressions();
            return Fin(new AugAssign(first, op, value), start);
        }
        if (AtOp("="))
        {
            // Each target is checked when its '=' is seen, before the value parses (as CPython's
            // invalid_assignment rule): `f() =` fails even when nothing follows.
            var targets = new List<Expr> { first };
            Expr value;
            while (true)
            {
                CheckAssignTarget(targets[^1], targets.Count == 1);
                Next();
                value = AtKw("yield") ? YieldExpr() : StarExpressions();
                if (!AtOp("=")) break;
                targets.Add(value);
            }
            if (targets.Count == 1 && first is Starred)
                throw ErrorAt(first, "starred assignment target must be in a list or tuple");
            return Fin(new Assign(targets, value), start);
        }
        if (first is Name { Id: "print" or "exec" } legacy && StartsExpression(Cur) && !AtOp("(") && !AtOp("["))
        {
            var arg = StarExpressions();
            throw ErrorRange(legacy, arg, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
        }
        return Fin(new ExprStmt(first), start);
    }

    private static readonly Dictionary<string, BinOpKind> AugOps = new()
    {
        ["+="] = BinOpKind.Add, ["-="] = BinOpKind.Sub, ["*="] = BinOpKind.Mult, ["@="] = BinOpKind.MatMult,
        ["/="] = BinOpKind.Div, ["%="] = BinOpKind.Mod, ["&="] = BinOpKind.BitAnd, ["|="] = BinOpKind.BitOr,
        ["^="] = BinOpKind.BitXor, ["<<="] = BinOpKind.LShift, [">>="] = BinOpKind.RShift, ["**="] = BinOpKind.Pow,
        ["//="] = BinOpKind.FloorDiv,
    };

    private Stmt DelStmt()
    {
        var t = Next();
        var targets = new List<Expr>();
        do
        {
            if (AtStmtEnd) break;
            var e = Expression();
            CheckDelTarget(e);
            targets.Add(e);
        } while (TryOp(","));
        if (targets.Count == 0 || !AtStmtEnd) throw Invalid();
        return Fin(new Delete(targets), t);
    }

    private Stmt ImportStmt()
    {
        var t = Next();
        if (Cur.Kind == TokenKind.Newline) throw ErrorAt(Cur, "Expected one or more names after 'import'");
        var names = new List<Alias>();
        do
        {
            var start = Cur;
            string name = DottedName();
            string? asName = TryKw("as") ? ExpectIdentifier().Text : null;
            names.Add(Fin(new Alias(name, asName), start));
        } while (TryOp(","));
        return Fin(new Import(names), t);
    }

    private string DottedName()
    {
        string name = ExpectIdentifier().Text;
        while (AtOp(".")) { Next(); name += "." + ExpectIdentifier().Text; }
        return name;
    }

    private Stmt ImportFromStmt()
    {
        var t = Next();
        int level = 0;
        while (AtOp(".") || AtOp("..."))
            level += Next().Text.Length;
        string? module = null;
        if (!AtKw("import")) module = DottedName();
        ExpectKw("import");
        if (Cur.Kind == TokenKind.Newline) throw ErrorAt(Cur, "Expected one or more names after 'import'");
        var names = new List<Alias>();
        if (AtOp("*"))
        {
            var star = Next();
            names.Add(Fin(new Alias("*", null), star));
            return Fin(new ImportFrom(module, names, level), t);
        }
        bool paren = TryOp("(");
        do
        {
            if (paren && AtOp(")")) break;
            if (!paren && names.Count > 0 && Cur.Kind == TokenKind.Newline)
                throw ErrorAt(Cur, "trailing comma not allowed without surrounding parentheses");
            var start = Cur;
            string name = ExpectIdentifier().Text;
            string? asName = TryKw("as") ? ExpectIdentifier().Text : null;
            names.Add(Fin(new Alias(name, asName), start));
        } while (TryOp(","));
        if (paren) ExpectOp(")");
        else if (Prev.IsOp(","))
            throw ErrorAt(Prev, "trailing comma not allowed without surrounding parentheses");
        if (names.Count == 0) throw Invalid();
        return Fin(new ImportFrom(module, names, level), t);
    }

    private Stmt TypeAliasStmt()
    {
        var t = Next();
        var nameTok = Next();
        var name = Fin(new Name(nameTok.Text, ExprContext.Store), nameTok);
        var typeParams = AtOp("[") ? TypeParams() : [];
        ExpectOp("=");
        var value = Expression();
        return Fin(new TypeAlias(name, typeParams, value), t);
    }
}
