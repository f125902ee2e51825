using System.Globalization;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Compiler;

/// <summary>
/// The source text of an expression as CPython's ast_unparse.c writes it: what an annotation becomes
/// under `from __future__ import annotations` (PEP 563). Parentheses appear only where precedence
/// needs them, so `dict[str, int] | None` and `'str'` come out as CPython prints them.
/// </summary>
internal static class AnnotationText
{
    // CPython's precedence levels, lowest first.
    private const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, BOr = 6, BXor = 7,
        BAnd = 8, Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, AwaitLevel = 14, Atom = 15;

    public static string Of(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, Test);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case Name n: sb.Append(n.Id); break;
            case Constant c: WriteConstant(sb, c.Value); break;
            case Syntax.Attribute a:
                Write(sb, a.Value, Atom);
                // `1 .real`: an int literal needs a space before the dot.
                if (a.Value is Constant { Value: long or int or BigInteger }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Write(sb, s.Value, Atom);
                sb.Append('[');
                if (s.Slice is TupleExpr { Elts.Count: > 0 } t) Join(sb, t.Elts, Tuple, t.Elts.Count == 1 ? "," : "");
                else Write(sb, s.Slice, Tuple);
                sb.Append(']');
                break;
            case Syntax.Slice sl:
                if (sl.Lower != null) Write(sb, sl.Lower, Test);
                sb.Append(':');
                if (sl.Upper != null) Write(sb, sl.Upper, Test);
                if (sl.Step != null) { sb.Append(':'); Write(sb, sl.Step, Test); }
                break;
            case BinOp b:
            {
                var (pr, op) = Binary(b.Op);
                bool right = b.Op == BinOpKind.Pow;
                Open(sb, level > pr);
                Write(sb, b.Left, right ? pr + 1 : pr);
                sb.Append(op);
                Write(sb, b.Right, right ? pr : pr + 1);
                Close(sb, level > pr);
                break;
            }
            case UnaryOp u:
            {
                int pr = u.Op == UnaryOpKind.Not ? Not : Factor;
                Open(sb, level > pr);
                sb.Append(u.Op switch { UnaryOpKind.Not => "not ", UnaryOpKind.Invert => "~", UnaryOpKind.UAdd => "+", _ => "-" });
                Write(sb, u.Operand, pr);
                Close(sb, level > pr);
                break;
            }
            case BoolOp bo:
            {
                int pr = bo.Op == BoolOpKind.And ? And : Or;
                Open(sb, level > pr);
                Join(sb, bo.Values, pr + 1, "", bo.Op == BoolOpKind.And ? " and " : " or ");
                Close(sb, level > pr);
                break;
            }
            case Compare cmp:
                Open(sb, level > Cmp);
                Write(sb, cmp.Left, Cmp + 1);
                for (int i = 0; i < cmp.Ops.Count; i++)
                {
                    sb.Append(CompareText(cmp.Ops[i]));
                    Write(sb, cmp.Comparators[i], Cmp + 1);
                }
                Close(sb, level > Cmp);
                break;
            case IfExp ie:
                Open(sb, level > Test);
                Write(sb, ie.Body, Test + 1);
                sb.Append(" if ");
                Write(sb, ie.Test, Test + 1);
                sb.Append(" else ");
                Write(sb, ie.OrElse, Test);
                Close(sb, level > Test);
                break;
            case Lambda l:
                Open(sb, level > Test);
                sb.Append("lambda");
                var args = ArgumentsText(l.Args);
                if (args.Length > 0) sb.Append(' ').Append(args);
                sb.Append(": ");
                Write(sb, l.Body, Test);
                Close(sb, level > Test);
                break;
            case NamedExpr ne:
                Open(sb, level > Tuple);
                sb.Append(ne.Target.Id).Append(" := ");
                Write(sb, ne.Value, Atom);
                Close(sb, level > Tuple);
                break;
            case TupleExpr tuple:
                if (tuple.Elts.Count == 0) { sb.Append("()"); break; }
                Open(sb, level > Tuple);
                Join(sb, tuple.Elts, Test, tuple.Elts.Count == 1 ? "," : "");
                Close(sb, level > Tuple);
                break;
            case ListExpr le: sb.Append('['); Join(sb, le.Elts, Test, ""); sb.Append(']'); break;
            case SetExpr se: sb.Append('{'); Join(sb, se.Elts, Test, ""); sb.Append('}'); break;
            case DictExpr d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k) { Write(sb, k, Test); sb.Append(": "); Write(sb, d.Values[i], Test); }
                    else { sb.Append("**"); Write(sb, d.Values[i], BOr); }
                }
                sb.Append('}');
                break;
            case Starred st: sb.Append('*'); Write(sb, st.Value, BOr); break;
            case Await aw:
                Open(sb, level > AwaitLevel);
                sb.Append("await ");
                Write(sb, aw.Value, Atom);
                Close(sb, level > AwaitLevel);
                break;
            case Call call:
                Write(sb, call.Func, Atom);
                sb.Append('(');
                if (call.Args is [GeneratorExp g] && call.Keywords.Count == 0) Comprehension(sb, g.Elt, null, g.Generators);
                else
                {
                    bool first = true;
                    foreach (var a in call.Args) { if (!first) sb.Append(", "); first = false; Write(sb, a, Test); }
                    foreach (var kw in call.Keywords)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(kw.Arg is null ? "**" : kw.Arg + "=");
                        Write(sb, kw.Value, Test);
                    }
                }
                sb.Append(')');
                break;
            case ListComp lc: sb.Append('['); Comprehension(sb, lc.Elt, null, lc.Generators); sb.Append(']'); break;
            case SetComp sc: sb.Append('{'); Comprehension(sb, sc.Elt, null, sc.Generators); sb.Append('}'); break;
            case DictComp dc: sb.Append('{'); Comprehension(sb, dc.Key, dc.Value, dc.Generators); sb.Append('}'); break;
            case GeneratorExp ge: sb.Append('('); Comprehension(sb, ge.Elt, null, ge.Generators); sb.Append(')'); break;
            case Yield y:
                sb.Append(y.Value is null ? "(yield)" : "(yield ");
                if (y.Value is not null) { Write(sb, y.Value, Test); sb.Append(')'); }
                break;
            case YieldFrom yf: sb.Append("(yield from "); Write(sb, yf.Value, Test); sb.Append(')'); break;
            default:
                // f-strings: CPython re-renders them from their parts; an annotation that is one is rare.
                throw new NotSupportedException($"annotation text of {e.GetType().Name}");
        }
    }

    private static void Comprehension(StringBuilder sb, Expr elt, Expr? value, List<Syntax.Comprehension> gens)
    {
        Write(sb, elt, Test);
        if (value != null) { sb.Append(": "); Write(sb, value, Test); }
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync ? " async for " : " for ");
            Write(sb, g.Target, Tuple);
            sb.Append(" in ");
            Write(sb, g.Iter, Test + 1);
            foreach (var c in g.Ifs) { sb.Append(" if "); Write(sb, c, Test + 1); }
        }
    }

    private static string ArgumentsText(Arguments a)
    {
        var parts = new List<string>();
        var positional = a.PosOnlyArgs.Concat(a.Args).ToList();
        int firstDefault = positional.Count - a.Defaults.Count;
        for (int i = 0; i < positional.Count; i++)
        {
            parts.Add(i >= firstDefault ? positional[i].Name + "=" + Of(a.Defaults[i - firstDefault]) : positional[i].Name);
            if (a.PosOnlyArgs.Count > 0 && i == a.PosOnlyArgs.Count - 1) parts.Add("/");
        }
        if (a.VarArg != null) parts.Add("*" + a.VarArg.Name);
        else if (a.KwOnlyArgs.Count > 0) parts.Add("*");
        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
            parts.Add(a.KwDefaults[i] is { } d ? a.KwOnlyArgs[i].Name + "=" + Of(d) : a.KwOnlyArgs[i].Name);
        if (a.KwArg != null) parts.Add("**" + a.KwArg.Name);
        return string.Join(", ", parts);
    }

    private static void WriteConstant(StringBuilder sb, object? v)
    {
        sb.Append(v switch
        {
            null => "None",
            bool b => b ? "True" : "False",
            long l => l.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
            // CPython writes an infinite literal as 1e309 so that the text parses back.
            double d => double.IsInfinity(d) ? "1e309" : PyFloat.Repr(d),
            ComplexLiteral c => double.IsInfinity(c.Imag) ? "1e309j"
                : (c.Imag == Math.Floor(c.Imag) && Math.Abs(c.Imag) < 1e16 ? ((long)c.Imag).ToString(CultureInfo.InvariantCulture) : PyFloat.Repr(c.Imag)) + "j",
            string s => StrMethods.Repr(s),
            byte[] bytes => BytesMethods.Repr(bytes),
            EllipsisLiteral => "...",
            _ => throw new NotSupportedException($"annotation text of constant {v.GetType().Name}"),
        });
    }

    private static (int Level, string Op) Binary(BinOpKind op) => op switch
    {
        BinOpKind.Add => (Arith, " + "), BinOpKind.Sub => (Arith, " - "),
        BinOpKind.Mult => (Term, " * "), BinOpKind.MatMult => (Term, " @ "), BinOpKind.Div => (Term, " / "),
        BinOpKind.Mod => (Term, " % "), BinOpKind.FloorDiv => (Term, " // "),
        BinOpKind.LShift => (Shift, " << "), BinOpKind.RShift => (Shift, " >> "),
        BinOpKind.BitOr => (BOr, " | "), BinOpKind.BitXor => (BXor, " ^ "), BinOpKind.BitAnd => (BAnd, " & "),
        _ => (Power, " ** "),
    };

    private static string CompareText(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => " == ", CmpOpKind.NotEq => " != ", CmpOpKind.Lt => " < ", CmpOpKind.LtE => " <= ",
        CmpOpKind.Gt => " > ", CmpOpKind.GtE => " >= ", CmpOpKind.Is => " is ", CmpOpKind.IsNot => " is not ",
        CmpOpKind.In => " in ", _ => " not in ",
    };

    private static void Join(StringBuilder sb, List<Expr> items, int level, string trailing, string sep = ", ")
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(sep);
            Write(sb, items[i], level);
        }
        sb.Append(trailing);
    }

    private static void Open(StringBuilder sb, bool paren) { if (paren) sb.Append('('); }
    private static void Close(StringBuilder sb, bool paren) { if (paren) sb.Append(')'); }
}
