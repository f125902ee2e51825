namespace GilGrid.Interp.Syntax.Parsing;

// Assignment and deletion targets: setting Store/Del and CPython's "cannot assign to ..." errors.
internal sealed partial class Parser
{
    private static void SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred s: s.Ctx = ctx; SetContext(s.Value, ctx); break;
            case TupleExpr t: t.Ctx = ctx; foreach (var x in t.Elts) SetContext(x, ctx); break;
            case ListExpr l: l.Ctx = ctx; foreach (var x in l.Elts) SetContext(x, ctx); break;
        }
    }

    /// <summary>CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.</summary>
    private static Expr? InvalidTarget(Expr e, bool forDelete, bool forTarget)
    {
        switch (e)
        {
            case TupleExpr t:
                foreach (var x in t.Elts) if (InvalidTarget(x, forDelete, forTarget) is { } bad) return bad;
                return null;
            case ListExpr l:
                foreach (var x in l.Elts) if (InvalidTarget(x, forDelete, forTarget) is { } bad) return bad;
                return null;
            case Starred s:
                return forDelete ? e : InvalidTarget(s.Value, forDelete, forTarget);
            case Compare c:
                if (forTarget && c.Ops[0] == CmpOpKind.In) return InvalidTarget(c.Left, forDelete, forTarget);
                return e;
            case Name or Attribute or Subscript:
                return null;
            default:
                return e;
        }
    }

    /// <summary>
    /// Checks the target before the current '=' of `a = b = value`. For the first target, an invalid
    /// last element that is an ordinary operand gets CPython's "here. Maybe you meant '=='" wording
    /// when an operand follows the '=' and no further '=' comes after it.
    /// </summary>
    private void CheckAssignTarget(Expr target, bool first)
    {
        if (target is Yield or YieldFrom && !IsGrouped(target))
            throw ErrorAt(target, "assignment to yield expression not possible");
        var bad = InvalidTarget(target, false, false);
        if (bad == null)
        {
            SetContext(target, ExprContext.Store);
            return;
        }
        if (first)
        {
            var last = target is TupleExpr { Elts.Count: > 0 } t && !IsParenthesised(t) ? t.Elts[^1] : target;
            if (IsBitwiseOrLevel(last) && last is not (TupleExpr or ListExpr) && !IsSingletonConstant(last)
                && InvalidTarget(last, false, false) is { } lastBad && ReferenceEquals(lastBad, last)
                && OperandFollowsAlone())
                throw ErrorAt(last, $"cannot assign to {ExprName(last)} here. Maybe you meant '==' instead of '='?");
        }
        throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
    }

    /// <summary>At '=': whether a `bitwise_or` operand follows, not itself followed by '=' or ':='.</summary>
    private bool OperandFollowsAlone()
    {
        int save = p, saveMax = maxFetched, saveDepth = depth;
        trials++;
        try
        {
            Next();
            BitwiseOr();
            return !AtOp("=") && !AtOp(":=");
        }
        catch (Exception failure) when (Recoverable(failure))
        {
            return false;
        }
        finally
        {
            p = save;
            maxFetched = saveMax;
            depth = saveDepth;
            trials--;
        }
    }

    private void CheckForTarget(Expr target)
    {
        if (InvalidTarget(target, false, true) is { } bad) throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
        SetContext(target, ExprContext.Store);
    }

    private void CheckDelTarget(Expr target)
    {
        if (InvalidTarget(target, true, false) is { } bad) throw ErrorAt(bad, $"cannot delete {ExprName(bad)}");
        SetContext(target, ExprContext.Del);
    }

    /// <summary>Whether a tuple's span starts with its own '(' (a bare `a, b` has none).</summary>
    private bool IsParenthesised(Node n)
    {
        var text = source.Text;
        int i = source.LineStart(n.Line) + n.Col;
        return i < text.Length && text[i] == '(';
    }

    /// <summary>Whether an expression is wrapped in a group `( ... )`, which makes it an atom.</summary>
    private bool IsGrouped(Node n)
    {
        var text = source.Text;
        int before = source.LineStart(n.Line) + n.Col - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        int after = source.LineStart(n.EndLine) + n.EndCol;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return before >= 0 && text[before] == '(' && after < text.Length && text[after] == ')';
    }

    private static bool IsSingletonConstant(Expr e) => e is Constant { Value: null or bool };

    /// <summary>True for expressions the grammar's `bitwise_or` rule can produce (no comparison, not, and/or, if, lambda).</summary>
    private bool IsBitwiseOrLevel(Expr e) => IsGrouped(e) || e switch
    {
        Compare or BoolOp or IfExp or Lambda or NamedExpr or Starred or Yield or YieldFrom => false,
        UnaryOp u => u.Op != UnaryOpKind.Not,
        _ => true,
    };

    /// <summary>CPython's _PyPegen_get_expr_name.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisLiteral } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
