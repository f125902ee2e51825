using System.Globalization;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Syntax;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Tests.Syntax;

/// <summary>
/// Prints our AST exactly as CPython 3.13's `ast.dump(tree)` (optionally `include_attributes=True`),
/// mapping our class names and fields onto CPython's, so trees can be compared with CPython's.
/// </summary>
public static class AstDump
{
    public static string Dump(object node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? v, bool attrs)
    {
        switch (v)
        {
            case null: sb.Append("None"); return;
            case string s: sb.Append(PyRepr.Str(s)); return;
            case bool b: sb.Append(b ? "True" : "False"); return;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); return;
            case System.Collections.IList list:
                sb.Append('[');
                for (int k = 0; k < list.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    Write(sb, list[k], attrs);
                }
                sb.Append(']');
                return;
            case Enum e: sb.Append(EnumName(e)).Append("()"); return;
        }
        var (name, fields) = Describe(v);
        sb.Append(name).Append('(');
        bool first = true;
        bool keepNone = v is Constant or MatchSingleton;
        foreach (var (fname, fval) in fields)
        {
            if (fval is Omit) continue;
            if (!keepNone && (fval == null || fval is System.Collections.IList { Count: 0 })) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(fname).Append('=');
            if (fval is RawValue raw) sb.Append(raw.Text);
            else Write(sb, fval, attrs);
        }
        if (attrs && v is Node n and not ModuleNode)
        {
            if (!first) sb.Append(", ");
            sb.Append($"lineno={n.Line}, col_offset={n.Col}, end_lineno={n.EndLine}, end_col_offset={n.EndCol}");
        }
        sb.Append(')');
    }

    private sealed class Omit { public static readonly Omit Instance = new(); }
    private sealed record RawValue(string Text);

    private static string EnumName(Enum e) => e switch
    {
        ExprContext c => c.ToString(),
        BoolOpKind k => k.ToString(),
        BinOpKind k => k switch { BinOpKind.MatMult => "MatMult", _ => k.ToString() },
        UnaryOpKind k => k.ToString(),
        CmpOpKind k => k.ToString(),
        _ => e.ToString(),
    };

    private static (string, (string, object?)[]) Describe(object v) => v switch
    {
        ModuleAst m => ("Module", [("body", m.Body)]),
        ExpressionAst m => ("Expression", [("body", m.Body)]),
        InteractiveAst m => ("Interactive", [("body", m.Body)]),
        FunctionDef f => (f.IsAsync ? "AsyncFunctionDef" : "FunctionDef",
            [("name", f.Name), ("args", f.Args), ("body", f.Body), ("decorator_list", f.Decorators), ("returns", f.Returns),
             ("type_params", f.TypeParams)]),
        ClassDef c => ("ClassDef", [("name", c.Name), ("bases", c.Bases), ("keywords", c.Keywords), ("body", c.Body),
            ("decorator_list", c.Decorators), ("type_params", c.TypeParams)]),
        Return r => ("Return", [("value", r.Value)]),
        Delete d => ("Delete", [("targets", d.Targets)]),
        Assign a => ("Assign", [("targets", a.Targets), ("value", a.Value)]),
        TypeAlias t => ("TypeAlias", [("name", t.Name), ("type_params", t.TypeParams), ("value", t.Value)]),
        AugAssign a => ("AugAssign", [("target", a.Target), ("op", a.Op), ("value", a.Value)]),
        AnnAssign a => ("AnnAssign", [("target", a.Target), ("annotation", a.Annotation), ("value", a.Value),
            ("simple", a.Simple ? 1 : 0)]),
        For f => (f.IsAsync ? "AsyncFor" : "For", [("target", f.Target), ("iter", f.Iter), ("body", f.Body), ("orelse", f.OrElse)]),
        While w => ("While", [("test", w.Test), ("body", w.Body), ("orelse", w.OrElse)]),
        If i => ("If", [("test", i.Test), ("body", i.Body), ("orelse", i.OrElse)]),
        With w => (w.IsAsync ? "AsyncWith" : "With", [("items", w.Items), ("body", w.Body)]),
        Match m => ("Match", [("subject", m.Subject), ("cases", m.Cases)]),
        Raise r => ("Raise", [("exc", r.Exc), ("cause", r.Cause)]),
        Try t => (t.IsStar ? "TryStar" : "Try", [("body", t.Body), ("handlers", t.Handlers), ("orelse", t.OrElse), ("finalbody", t.FinalBody)]),
        Assert a => ("Assert", [("test", a.Test), ("msg", a.Msg)]),
        Import i => ("Import", [("names", i.Names)]),
        ImportFrom i => ("ImportFrom", [("module", i.Module), ("names", i.Names), ("level", i.Level)]),
        Global g => ("Global", [("names", g.Names)]),
        Nonlocal g => ("Nonlocal", [("names", g.Names)]),
        ExprStmt e => ("Expr", [("value", e.Value)]),
        Pass => ("Pass", []),
        Break => ("Break", []),
        Continue => ("Continue", []),
        BoolOp b => ("BoolOp", [("op", b.Op), ("values", b.Values)]),
        NamedExpr n => ("NamedExpr", [("target", n.Target), ("value", n.Value)]),
        BinOp b => ("BinOp", [("left", b.Left), ("op", b.Op), ("right", b.Right)]),
        UnaryOp u => ("UnaryOp", [("op", u.Op), ("operand", u.Operand)]),
        Lambda l => ("Lambda", [("args", l.Args), ("body", l.Body)]),
        IfExp i => ("IfExp", [("test", i.Test), ("body", i.Body), ("orelse", i.OrElse)]),
        DictExpr d => ("Dict", [("keys", d.Keys), ("values", d.Values)]),
        SetExpr s => ("Set", [("elts", s.Elts)]),
        ListComp c => ("ListComp", [("elt", c.Elt), ("generators", c.Generators)]),
        SetComp c => ("SetComp", [("elt", c.Elt), ("generators", c.Generators)]),
        DictComp c => ("DictComp", [("key", c.Key), ("value", c.Value), ("generators", c.Generators)]),
        GeneratorExp c => ("GeneratorExp", [("elt", c.Elt), ("generators", c.Generators)]),
        Await a => ("Await", [("value", a.Value)]),
        Yield y => ("Yield", [("value", y.Value)]),
        YieldFrom y => ("YieldFrom", [("value", y.Value)]),
        Compare c => ("Compare", [("left", c.Left), ("ops", c.Ops), ("comparators", c.Comparators)]),
        Call c => ("Call", [("func", c.Func), ("args", c.Args), ("keywords", c.Keywords)]),
        FormattedValue f => ("FormattedValue", [("value", f.Value), ("conversion", f.Conversion), ("format_spec", f.FormatSpec)]),
        JoinedStr j => ("JoinedStr", [("values", j.Values)]),
        Constant c => ("Constant", [("value", new RawValue(PyRepr.Value(c.Value))), ("kind", c.Kind == null ? Omit.Instance : c.Kind)]),
        Attribute a => ("Attribute", [("value", a.Value), ("attr", a.Attr), ("ctx", a.Ctx)]),
        Subscript s => ("Subscript", [("value", s.Value), ("slice", s.Slice), ("ctx", s.Ctx)]),
        Starred s => ("Starred", [("value", s.Value), ("ctx", s.Ctx)]),
        Name n => ("Name", [("id", n.Id), ("ctx", n.Ctx)]),
        ListExpr l => ("List", [("elts", l.Elts), ("ctx", l.Ctx)]),
        TupleExpr t => ("Tuple", [("elts", t.Elts), ("ctx", t.Ctx)]),
        Slice s => ("Slice", [("lower", s.Lower), ("upper", s.Upper), ("step", s.Step)]),
        Comprehension c => ("comprehension", [("target", c.Target), ("iter", c.Iter), ("ifs", c.Ifs), ("is_async", c.IsAsync ? 1 : 0)]),
        ExceptHandler h => ("ExceptHandler", [("type", h.Type), ("name", h.Name), ("body", h.Body)]),
        Arguments a => ("arguments", [("posonlyargs", a.PosOnlyArgs), ("args", a.Args), ("vararg", a.VarArg),
            ("kwonlyargs", a.KwOnlyArgs), ("kw_defaults", a.KwDefaults), ("kwarg", a.KwArg), ("defaults", a.Defaults)]),
        Arg a => ("arg", [("arg", a.Name), ("annotation", a.Annotation)]),
        Keyword k => ("keyword", [("arg", k.Arg), ("value", k.Value)]),
        Alias a => ("alias", [("name", a.Name), ("asname", a.AsName)]),
        WithItem w => ("withitem", [("context_expr", w.ContextExpr), ("optional_vars", w.OptionalVars)]),
        MatchCase m => ("match_case", [("pattern", m.Pattern), ("guard", m.Guard), ("body", m.Body)]),
        MatchValue m => ("MatchValue", [("value", m.Value)]),
        MatchSingleton m => ("MatchSingleton", [("value", new RawValue(PyRepr.Value(m.Value)))]),
        MatchSequence m => ("MatchSequence", [("patterns", m.Patterns)]),
        MatchMapping m => ("MatchMapping", [("keys", m.Keys), ("patterns", m.Patterns), ("rest", m.Rest)]),
        MatchClass m => ("MatchClass", [("cls", m.Cls), ("patterns", m.Patterns), ("kwd_attrs", m.KwdAttrs), ("kwd_patterns", m.KwdPatterns)]),
        MatchStar m => ("MatchStar", [("name", m.Name)]),
        MatchAs m => ("MatchAs", [("pattern", m.Pattern), ("name", m.Name)]),
        MatchOr m => ("MatchOr", [("patterns", m.Patterns)]),
        TypeVarParam t => ("TypeVar", [("name", t.Name), ("bound", t.Bound), ("default_value", t.DefaultValue)]),
        ParamSpecParam t => ("ParamSpec", [("name", t.Name), ("default_value", t.DefaultValue)]),
        TypeVarTupleParam t => ("TypeVarTuple", [("name", t.Name), ("default_value", t.DefaultValue)]),
        _ => throw new ArgumentException($"no dump for {v.GetType().Name}"),
    };
}

/// <summary>Python's repr() of the literal values an AST holds.</summary>
public static class PyRepr
{
    public static string Value(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        ComplexLiteral c => Imag(c.Imag),
        string s => Str(s),
        byte[] b => Bytes(b),
        EllipsisLiteral => "Ellipsis",
        _ => throw new ArgumentException(v.GetType().Name),
    };

    public static string Float(double d)
    {
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (double.IsNaN(d)) return "nan";
        // Shortest round-trip digits, then Python's layout: exponent form when exp < -4 or >= 16.
        string s = d.ToString("R", CultureInfo.InvariantCulture);
        string mant = s, sign = "";
        if (mant.StartsWith('-')) { sign = "-"; mant = mant[1..]; }
        int exp = 0;
        int ei = mant.IndexOfAny(['E', 'e']);
        if (ei >= 0) { exp = int.Parse(mant[(ei + 1)..], CultureInfo.InvariantCulture); mant = mant[..ei]; }
        string digits = mant.Replace(".", "");
        int point = mant.Contains('.') ? mant.IndexOf('.') : mant.Length;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; }
        digits = digits[lead..];
        int decExp = point - lead + exp; // value = 0.digits * 10^decExp
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return sign + "0.0";
        int sciExp = decExp - 1;
        if (sciExp < -4 || sciExp >= 16)
        {
            string m = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return $"{sign}{m}e{(sciExp < 0 ? "-" : "+")}{Math.Abs(sciExp):00}";
        }
        if (decExp <= 0) return sign + "0." + new string('0', -decExp) + digits;
        if (decExp >= digits.Length) return sign + digits + new string('0', decExp - digits.Length) + ".0";
        return sign + digits[..decExp] + "." + digits[decExp..];
    }

    private static string Imag(double d)
    {
        string f = Float(d);
        if (f.EndsWith(".0")) f = f[..^2];
        return f + "j";
    }

    public static string Str(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(CharUnicodeInfo.GetUnicodeCategory(cp))) sb.Append(c).Append(s[i + 1]);
                else sb.Append($"\\U{cp:x8}");
                i++;
            }
            else if (char.IsSurrogate(c)) sb.Append($"\\u{(int)c:x4}");
            else if (c >= 0x80 && !IsPrintable(char.GetUnicodeCategory(c))) sb.Append(c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.Append(q).ToString();
    }

    // str.isprintable: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (the ASCII space is handled by the caller).
    private static bool IsPrintable(UnicodeCategory cat) => cat switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.Surrogate
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    public static string Bytes(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (byte x in b)
        {
            if (x == q || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x == '\t') sb.Append("\\t");
            else if (x < 0x20 || x >= 0x7f) sb.Append($"\\x{x:x2}");
            else sb.Append((char)x);
        }
        return sb.Append(q).ToString();
    }
}
