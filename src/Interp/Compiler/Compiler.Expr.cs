using System.Numerics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Interp.Compiler;

public sealed partial class PyCompiler
{
    private void Expr(Expr e)
    {
        CompileGuard.Check();
        SetLoc(e);
        switch (e)
        {
            case Constant c: LoadConst(ConstValue(c.Value)); break;
            case Name n: NameOpFor(n.Id, NameOp.Load); break;
            case BinOp b:
                Expr(b.Left);
                Expr(b.Right);
                SetLoc(b);
                Emit(OpCode.BinaryOp, (int)b.Op);
                break;
            case UnaryOp u:
                Expr(u.Operand);
                SetLoc(u);
                Emit(u.Op switch
                {
                    UnaryOpKind.Not => OpCode.UnaryNot,
                    UnaryOpKind.USub => OpCode.UnaryNegative,
                    UnaryOpKind.UAdd => OpCode.UnaryPositive,
                    _ => OpCode.UnaryInvert,
                });
                break;
            case BoolOp bo:
            {
                var end = NewLabel();
                for (int i = 0; i < bo.Values.Count - 1; i++)
                {
                    Expr(bo.Values[i]);
                    Jump(bo.Op == BoolOpKind.And ? OpCode.JumpIfFalseOrPop : OpCode.JumpIfTrueOrPop, end);
                }
                Expr(bo.Values[^1]);
                Mark(end);
                break;
            }
            case Compare c: Compare(c); break;
            case Call call: Call(call); break;
            case Attribute at:
                Expr(at.Value);
                SetLoc(at);
                Emit(OpCode.LoadAttr, _u.B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                Expr(sub.Value);
                Expr(sub.Slice);
                SetLoc(sub);
                Emit(OpCode.BinarySubscr);
                break;
            case Slice sl:
                if (sl.Lower != null) Expr(sl.Lower); else LoadConst(Py.None);
                if (sl.Upper != null) Expr(sl.Upper); else LoadConst(Py.None);
                if (sl.Step != null) Expr(sl.Step);
                SetLoc(sl);
                Emit(OpCode.BuildSlice, sl.Step != null ? 3 : 2);
                break;
            case TupleExpr t: Sequence(t.Elts, OpCode.BuildTuple); break;
            case ListExpr l: Sequence(l.Elts, OpCode.BuildList); break;
            case SetExpr s: Sequence(s.Elts, OpCode.BuildSet); break;
            case DictExpr d: Dict(d); break;
            case ListComp lc: Comprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, OpCode.BuildList); break;
            case SetComp sc: Comprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, OpCode.BuildSet); break;
            case DictComp dc: Comprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, OpCode.BuildMap); break;
            case GeneratorExp ge: Comprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, OpCode.Nop); break;
            case Lambda lam: Lambda(lam); break;
            case IfExp ie:
            {
                var orElse = NewLabel();
                var end = NewLabel();
                JumpIf(ie.Test, false, orElse);
                Expr(ie.Body);
                Jump(OpCode.Jump, end);
                Mark(orElse);
                Expr(ie.OrElse);
                Mark(end);
                break;
            }
            case NamedExpr ne:
                Expr(ne.Value);
                Emit(OpCode.Copy, 1);
                SetLoc(ne.Target);
                NameOpFor(ne.Target.Id, NameOp.Store);
                break;
            case JoinedStr js: JoinedStr(js); break;
            case FormattedValue fv: FormattedValue(fv); break;
            case Yield y:
                if (y.Value != null) Expr(y.Value); else LoadConst(Py.None);
                SetLoc(y);
                Emit(OpCode.YieldValue, 0);
                break;
            case YieldFrom yf:
                Expr(yf.Value);
                SetLoc(yf);
                Emit(OpCode.GetYieldFromIter);
                LoadConst(Py.None);
                YieldFromLoop();
                break;
            case Await aw:
                Expr(aw.Value);
                SetLoc(aw);
                AwaitTop();
                break;
            case Starred st: throw Error("can't use starred expression here", st);
            default: throw Error($"unsupported expression {e.GetType().Name}", e);
        }
    }

    internal static PyObject ConstValue(object? v) => v switch
    {
        null => Py.None,
        bool b => Py.Bool(b),
        long l => PyInt.From(l),
        int i => PyInt.From(i),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        ComplexLiteral c => new PyComplex(0, c.Imag),
        string s => PyStr.From(s),
        byte[] bytes => new PyBytes(bytes),
        EllipsisLiteral => Py.Ellipsis,
        _ => throw new InvalidOperationException($"unknown constant {v.GetType()}"),
    };

    private void Compare(Compare c)
    {
        Expr(c.Left);
        if (c.Ops.Count == 1)
        {
            Expr(c.Comparators[0]);
            SetLoc(c);
            CompareOp(c.Ops[0]);
            return;
        }
        var cleanup = NewLabel();
        var end = NewLabel();
        for (int i = 0; i < c.Ops.Count; i++)
        {
            Expr(c.Comparators[i]);
            SetLoc(c);
            if (i < c.Ops.Count - 1)
            {
                Emit(OpCode.Swap, 2);
                Emit(OpCode.Copy, 2);
                CompareOp(c.Ops[i]);
                Jump(OpCode.JumpIfFalseOrPop, cleanup);
            }
            else CompareOp(c.Ops[i]);
        }
        Jump(OpCode.Jump, end);
        Mark(cleanup);
        Emit(OpCode.Swap, 2);
        Emit(OpCode.PopTop);
        Mark(end);
    }

    private void CompareOp(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Eq: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Eq); break;
            case CmpOpKind.NotEq: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Ne); break;
            case CmpOpKind.Lt: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Lt); break;
            case CmpOpKind.LtE: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Le); break;
            case CmpOpKind.Gt: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Gt); break;
            case CmpOpKind.GtE: Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Ge); break;
            case CmpOpKind.Is: Emit(OpCode.IsOp, 0); break;
            case CmpOpKind.IsNot: Emit(OpCode.IsOp, 1); break;
            case CmpOpKind.In: Emit(OpCode.ContainsOp, 0); break;
            case CmpOpKind.NotIn: Emit(OpCode.ContainsOp, 1); break;
        }
    }

    // ---- calls ---------------------------------------------------------------------------
    private void Call(Call call)
    {
        // Zero-argument super().attr is compiled with the frame's class cell and first argument.
        if (call.Func is Attribute at && at.Ctx == ExprContext.Load && !HasStarOrKw(call))
        {
            Expr(at.Value);
            SetLoc(at);
            Emit(OpCode.LoadMethod, _u.B.Name(Mangle(at.Attr)));
            foreach (var a in call.Args) Expr(a);
            SetLoc(call);
            Emit(OpCode.Call, call.Args.Count);
            return;
        }
        Expr(call.Func);
        Emit(OpCode.PushNull);
        CallHelper(0, call.Args, call.Keywords, call);
    }

    private static bool HasStarOrKw(Call c) => c.Keywords.Count > 0 || c.Args.Any(a => a is Starred);

    /// <summary>Emits the arguments and the call; `extra` positional values are already on the stack.</summary>
    private void CallHelper(int extra, List<Expr> args, List<Keyword> keywords, Node at)
    {
        bool starred = args.Any(a => a is Starred) || keywords.Any(k => k.Arg == null);
        if (!starred)
        {
            foreach (var a in args) Expr(a);
            if (keywords.Count == 0)
            {
                SetLoc(at);
                Emit(OpCode.Call, extra + args.Count);
                return;
            }
            var names = new string[keywords.Count];
            for (int i = 0; i < keywords.Count; i++)
            {
                names[i] = keywords[i].Arg!;
                for (int j = 0; j < i; j++)
                    if (names[j] == names[i]) throw Error($"keyword argument repeated: {names[i]}", keywords[i]);
                Expr(keywords[i].Value);
            }
            SetLoc(at);
            Emit(OpCode.LoadConst, _u.B.AddUniqueConst(new PyKwNames(names)));
            Emit(OpCode.CallKw, extra + args.Count + keywords.Count);
            return;
        }
        // General form: build a tuple of positionals and a dict of keywords.
        Emit(OpCode.BuildList, extra);
        foreach (var a in args)
        {
            if (a is Starred s) { Expr(s.Value); Emit(OpCode.ListExtend, 1 | 0x100); }
            else { Expr(a); Emit(OpCode.ListAppend, 1); }
        }
        Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ListToTuple);
        if (keywords.Count > 0)
        {
            Emit(OpCode.BuildMap, 0);
            foreach (var k in keywords)
            {
                if (k.Arg == null) { Expr(k.Value); Emit(OpCode.DictMerge, 1); }
                else
                {
                    LoadConst(PyStr.From(k.Arg));
                    Expr(k.Value);
                    Emit(OpCode.BuildMap, 1);
                    Emit(OpCode.DictMerge, 1);
                }
            }
            SetLoc(at);
            Emit(OpCode.CallFunctionEx, 1);
        }
        else
        {
            SetLoc(at);
            Emit(OpCode.CallFunctionEx, 0);
        }
    }

    // ---- displays ------------------------------------------------------------------------
    private void Sequence(List<Expr> elts, OpCode build)
    {
        if (!elts.Any(x => x is Starred))
        {
            foreach (var x in elts) Expr(x);
            Emit(build, elts.Count);
            return;
        }
        bool isSet = build == OpCode.BuildSet;
        Emit(isSet ? OpCode.BuildSet : OpCode.BuildList, 0);
        foreach (var x in elts)
        {
            if (x is Starred s) { Expr(s.Value); Emit(isSet ? OpCode.SetUpdate : OpCode.ListExtend, 1); }
            else { Expr(x); Emit(isSet ? OpCode.SetAdd : OpCode.ListAppend, 1); }
        }
        if (build == OpCode.BuildTuple) Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ListToTuple);
    }

    private void Dict(DictExpr d)
    {
        if (!d.Keys.Any(k => k == null))
        {
            for (int i = 0; i < d.Keys.Count; i++) { Expr(d.Keys[i]!); Expr(d.Values[i]); }
            Emit(OpCode.BuildMap, d.Keys.Count);
            return;
        }
        Emit(OpCode.BuildMap, 0);
        for (int i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] == null) { Expr(d.Values[i]); Emit(OpCode.DictUpdate, 1); }
            else { Expr(d.Keys[i]!); Expr(d.Values[i]); Emit(OpCode.MapAdd, 1); }
        }
    }

    // ---- functions in expressions --------------------------------------------------------
    private void Lambda(Lambda lam)
    {
        int flags = FunctionDefaults(lam.Args);
        var scope = _st.ScopeOf(lam);
        EnterUnit(scope, "<lambda>", QualNameFor("<lambda>"), lam.Line);
        _u.B.AddConst(Py.None, "nodoc");
        Expr(lam.Body);
        if (!scope.IsGenerator) Emit(OpCode.ReturnValue);
        else { Emit(OpCode.PopTop); Emit(OpCode.ReturnConst, Const(Py.None)); }
        var a = lam.Args;
        var code = LeaveUnit(CodeFlags.None, a.PosOnlyArgs.Count + a.Args.Count, a.PosOnlyArgs.Count, a.KwOnlyArgs.Count, false);
        SetLoc(lam);
        flags |= EmitClosure(code);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(code));
        Emit(OpCode.MakeFunction, flags);
    }

    private void Comprehension(Expr node, string name, List<Comprehension> gens, Expr elt, Expr? value, OpCode build)
    {
        var scope = _st.ScopeOf(node);
        bool isGen = node is GeneratorExp;
        EnterUnit(scope, name, QualNameFor(name), node.Line);
        _u.B.AddConst(Py.None, "nodoc");
        SetLoc(node);
        if (!isGen) Emit(build, 0);
        ComprehensionLoop(gens, 0, elt, value, build, isGen);
        SetLoc(node);
        if (isGen) Emit(OpCode.ReturnConst, Const(Py.None));
        else Emit(OpCode.ReturnValue);
        var code = LeaveUnit(isGen ? CodeFlags.None : CodeFlags.InlinedComprehension, 1, 0, 0, false);
        SetLoc(node);
        int flags = EmitClosure(code);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(code));
        Emit(OpCode.MakeFunction, flags);
        Emit(OpCode.PushNull);
        Expr(gens[0].Iter);
        SetLoc(gens[0].Iter);
        Emit(gens[0].IsAsync ? OpCode.GetAiter : OpCode.GetIter);
        SetLoc(node);
        Emit(OpCode.Call, 1);
        if (scope.IsCoroutine && !isGen) AwaitTop();
    }

    private void ComprehensionLoop(List<Comprehension> gens, int index, Expr elt, Expr? value, OpCode build, bool isGen)
    {
        var g = gens[index];
        var start = NewLabel();
        var end = NewLabel();
        var except = NewLabel();
        if (index == 0) Emit(OpCode.LoadFast, 0);
        else { Expr(g.Iter); SetLoc(g.Iter); Emit(g.IsAsync ? OpCode.GetAiter : OpCode.GetIter); }
        Mark(start);
        SetLoc(g.Iter);
        if (g.IsAsync)
        {
            // The comprehension's stack: the collection, then one iterator per loop level.
            _u.B.PushHandler(except, index + (isGen ? 1 : 2), false);
            Emit(OpCode.GetAnext);
            LoadConst(Py.None);
            YieldFromLoop();
            _u.B.PopHandler();
        }
        else Jump(OpCode.ForIter, end);
        StoreTarget(g.Target);
        foreach (var cond in g.Ifs) JumpIf(cond, false, start);
        if (index + 1 < gens.Count) ComprehensionLoop(gens, index + 1, elt, value, build, isGen);
        else
        {
            int depth = gens.Count + 1;
            if (isGen)
            {
                Expr(elt);
                Emit(OpCode.YieldValue, 0);
                Emit(OpCode.PopTop);
            }
            else if (build == OpCode.BuildMap)
            {
                Expr(elt);
                Expr(value!);
                Emit(OpCode.MapAdd, depth);
            }
            else
            {
                Expr(elt);
                Emit(build == OpCode.BuildList ? OpCode.ListAppend : OpCode.SetAdd, depth);
            }
        }
        Jump(OpCode.Jump, start);
        if (g.IsAsync)
        {
            Mark(except);
            SetLoc(g.Iter);
            Emit(OpCode.EndAsyncFor);
        }
        Mark(end);
    }

    // ---- f-strings -----------------------------------------------------------------------
    private void JoinedStr(JoinedStr js)
    {
        if (js.Values.Count == 1 && js.Values[0] is Constant) { Expr(js.Values[0]); return; }
        foreach (var v in js.Values) Expr(v);
        Emit(OpCode.BuildString, js.Values.Count);
    }

    private void FormattedValue(FormattedValue fv)
    {
        Expr(fv.Value);
        SetLoc(fv);
        if (fv.Conversion > 0)
            Emit(OpCode.ConvertValue, fv.Conversion switch { 's' => 1, 'r' => 2, _ => 3 });
        if (fv.FormatSpec != null)
        {
            JoinedStr(fv.FormatSpec);
            Emit(OpCode.FormatWithSpec);
        }
        else Emit(OpCode.FormatSimple);
    }

    // ---- assignment targets --------------------------------------------------------------
    private void StoreTarget(Expr t)
    {
        CompileGuard.Check();
        SetLoc(t);
        switch (t)
        {
            case Name { Id: "__debug__" }: throw Error("cannot assign to __debug__", t);
            case Name n: NameOpFor(n.Id, NameOp.Store); break;
            case Attribute at:
                Expr(at.Value);
                SetLoc(at);
                Emit(OpCode.StoreAttr, _u.B.Name(Mangle(at.Attr)));
                if (at.Value is Name { Id: "self" })
                    foreach (var outer in _units)
                        if (outer.StaticAttributes != null) { outer.StaticAttributes.Add(at.Attr); break; }
                break;
            case Subscript sub:
                Expr(sub.Value);
                Expr(sub.Slice);
                SetLoc(sub);
                Emit(OpCode.StoreSubscr);
                break;
            case TupleExpr te: Unpack(te.Elts, t); break;
            case ListExpr le: Unpack(le.Elts, t); break;
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error("cannot assign to expression", t);
        }
    }

    private void Unpack(List<Expr> elts, Expr at)
    {
        int star = elts.FindIndex(x => x is Starred);
        if (star >= 0)
        {
            if (elts.FindLastIndex(x => x is Starred) != star) throw Error("multiple starred expressions in assignment", at);
            Emit(OpCode.UnpackEx, star | ((elts.Count - star - 1) << 8));
        }
        else Emit(OpCode.UnpackSequence, elts.Count);
        foreach (var x in elts) StoreTarget(x is Starred s ? s.Value : x);
    }

    private void DeleteTarget(Expr t)
    {
        SetLoc(t);
        switch (t)
        {
            case Name n: NameOpFor(n.Id, NameOp.Delete); break;
            case Attribute at:
                Expr(at.Value);
                SetLoc(at);
                Emit(OpCode.DeleteAttr, _u.B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                Expr(sub.Value);
                Expr(sub.Slice);
                SetLoc(sub);
                Emit(OpCode.DeleteSubscr);
                break;
            case TupleExpr te: foreach (var x in te.Elts) DeleteTarget(x); break;
            case ListExpr le: foreach (var x in le.Elts) DeleteTarget(x); break;
            default: throw Error("cannot delete expression", t);
        }
    }
}
