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
    /// Checks one target of `a = b = value`. With a single target, an invalid last element that is
    /// an ordinary operand gets CPython's "here. Maybe you meant '=='" wording.
    /// </summary>
    private void CheckAssignTarget(Expr target, bool single)
    {
        if (target is Yield or YieldFrom) throw ErrorAt(target, "assignment to yield expression not possible");
        var bad = InvalidTarget(target, false, false);
        if (bad == null)
        {
            SetContext(target, ExprContext.Store);
            return;
        }
        if (single)
        {
            var last = target is TupleExpr { Elts.Count: > 0 } t && !IsParenthesised(t) ? t.Elts[^1] : target;
            if (IsBitwiseOrLevel(last) && last is not (TupleExpr or ListExpr) && !IsSingletonConstant(last)
                && InvalidTarget(last, false, false) is { } lastBad && ReferenceEquals(lastBad, last))
                throw ErrorAt(last, $"cannot assign to {ExprName(last)} here. Maybe you meant '==' instead of '='?");
        }
        throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
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

    private bool IsParenthesised(Node n)
    {
        var text = source.Text;
        int i = source.LineStart(n.Line) + n.Col;
        return i < text.Length && text[i] == '(';
    }

    private static bool IsSingletonConstant(Expr e) => e is Constant { Value: null or bool };

    /// <summary>True for expressions the grammar's `bitwise_or` rule can produce (no comparison, not, and/or, if, lambda).</summary>
    private static bool IsBitwiseOrLevel(Expr e) => e switch
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
