using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Interp.Compiler;

public sealed partial class PyCompiler
{
    private void Stmts(List<Stmt> body) { foreach (var s in body) Stmt(s); }

    private void Stmt(Stmt s)
    {
        CompileGuard.Check();
        SetLoc(s);
        switch (s)
        {
            case Syntax.FunctionDef or Syntax.ClassDef or TypeAlias when GenericScopes.ParamsOf(s).Count > 0 || s is TypeAlias: Generic(s); break;
            case FunctionDef fd: FunctionDef(fd); break;
            case ClassDef cd: ClassDef(cd); break;
            case Return r: Return(r); break;
            case Delete d: foreach (var t in d.Targets) DeleteTarget(t); break;
            case Assign a:
                Expr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(OpCode.Copy, 1);
                    StoreTarget(a.Targets[i]);
                }
                break;
            case AugAssign aa: AugAssign(aa); break;
            case AnnAssign ann: AnnAssign(ann); break;
            case For f: For(f); break;
            case While w: While(w); break;
            case If i: If(i); break;
            case With w: With(w, 0); break;
            case Match m: Match(m); break;
            case Raise r:
                int n = 0;
                if (r.Exc != null) { Expr(r.Exc); n = 1; if (r.Cause != null) { Expr(r.Cause); n = 2; } }
                SetLoc(r);
                Emit(OpCode.RaiseVarargs, n);
                break;
            case Try t:
                if (t.IsStar) TryStar(t);
                else if (t.FinalBody.Count > 0) TryFinally(t);
                else TryExcept(t);
                break;
            case Assert a: Assert(a); break;
            case Import imp: Import(imp); break;
            case ImportFrom imf: ImportFrom(imf); break;
            case Global or Nonlocal or Pass: Emit(OpCode.Nop); break;
            case ExprStmt es:
                Expr(es.Value);
                Emit(OpCode.PopTop);
                break;
            case Break b: BreakContinue(b, true); break;
            case Continue c: BreakContinue(c, false); break;
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
    }

    // ---- definitions ---------------------------------------------------------------------
    private void FunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.Decorators) { Expr(d); Emit(OpCode.PushNull); }
        MakeFunctionObject(fd);
        for (int i = 0; i < fd.Decorators.Count; i++) { SetLoc(fd.Decorators[fd.Decorators.Count - 1 - i]); Emit(OpCode.Call, 1); }
        SetLoc(fd);
        NameOpFor(fd.Name, NameOp.Store);
    }

    /// <summary>Pushes the function object `def` makes (defaults, annotations, closure).</summary>
    private void MakeFunctionObject(FunctionDef fd, string? qualName = null)
    {
        SetLoc(fd);
        int flags = FunctionDefaults(fd.Args);
        flags |= Annotations(fd.Args, fd.Returns);
        var scope = _st.ScopeOf(fd);
        string qual = qualName ?? QualNameFor(fd.Name);
        int firstLine = fd.Decorators.Count > 0 ? fd.Decorators[0].Line : fd.Line;
        EnterUnit(scope, fd.Name, qual, firstLine);
        var doc = Docstring(fd.Body);
        if (doc != null) _u.B.AddConst(PyStr.From(doc), ("doc", doc));
        else _u.B.AddConst(Py.None, "nodoc");
        int start = doc != null ? 1 : 0;
        for (int i = start; i < fd.Body.Count; i++) Stmt(fd.Body[i]);
        if (fd.Body.Count == 0 || fd.Body[^1] is not Syntax.Return) { _u.B.Location = default; Emit(OpCode.ReturnConst, Const(Py.None)); }
        var a = fd.Args;
        var code = LeaveUnit(CodeFlags.None, a.PosOnlyArgs.Count + a.Args.Count, a.PosOnlyArgs.Count, a.KwOnlyArgs.Count, doc != null);
        SetLoc(fd);
        flags |= EmitClosure(code);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(code));
        Emit(OpCode.MakeFunction, flags);
    }

    /// <summary>
    /// PEP 695 (`def f[T]`, `class C[T]`, `type X[T] = V`): evaluates decorators, makes the type
    /// parameters, calls the synthetic scope function with them (GenericScopes), then decorates and
    /// binds the result; an alias becomes a TypeAliasType.
    /// </summary>
    private void Generic(Stmt s)
    {
        string name = GenericScopes.NameOf(s);
        var decorators = s switch { FunctionDef fd => fd.Decorators, ClassDef cd => cd.Decorators, _ => [] };
        if (s is TypeAlias) LoadConst(PyStr.From(name));
        foreach (var d in decorators) { Expr(d); Emit(OpCode.PushNull); }
        // The synthetic scope's qualname is the definition's own, so that names made inside it
        // read "C.f", not "C.<generic parameters of f>.<locals>.f" (see QualNameFor).
        MakeFunctionObject(GenericScopes.WrapperOf(s), QualNameFor(name));
        Emit(OpCode.PushNull);
        var ps = GenericScopes.ParamsOf(s);
        foreach (var p in ps)
        {
            SetLoc(p);
            LoadConst(PyStr.From(GenericScopes.ParamName(p)));
            if (GenericScopes.BoundOf(p) is { } bound) Lambda(bound);
            else LoadConst(Py.None);
            LoadConst(Py.Bool(p is TypeVarParam { Bound: TupleExpr }));
            if (GenericScopes.DefaultOf(p) is { } dflt) Lambda(dflt);
            else LoadConst(Py.None);
            Emit(OpCode.BuildTuple, 4);
            Emit(OpCode.CallIntrinsic1, (int)(p switch
            {
                ParamSpecParam => Intrinsic1.ParamSpec,
                TypeVarTupleParam => Intrinsic1.TypeVarTuple,
                _ => Intrinsic1.TypeVar,
            }));
        }
        SetLoc(s);
        Emit(OpCode.Call, ps.Count);
        if (s is TypeAlias)
        {
            Emit(OpCode.BuildTuple, 2);
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.TypeAlias);
        }
        for (int i = 0; i < decorators.Count; i++) { SetLoc(decorators[decorators.Count - 1 - i]); Emit(OpCode.Call, 1); }
        SetLoc(s);
        NameOpFor(name, NameOp.Store);
    }

    /// <summary>Pushes the defaults tuple and keyword-only defaults dict; returns MakeFunction flags.</summary>
    private int FunctionDefaults(Arguments a)
    {
        int flags = 0;
        if (a.Defaults.Count > 0)
        {
            foreach (var d in a.Defaults) Expr(d);
            Emit(OpCode.BuildTuple, a.Defaults.Count);
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
        {
            var d = a.KwDefaults[i];
            if (d == null) continue;
            LoadConst(PyStr.From(a.KwOnlyArgs[i].Name));
            Expr(d);
            nkw++;
        }
        if (nkw > 0) { Emit(OpCode.BuildMap, nkw); flags |= 2; }
        return flags;
    }

    private int Annotations(Arguments a, Expr? returns)
    {
        int n = 0;
        foreach (var p in SymbolTable.AllArgs(a))
        {
            if (p.Annotation == null) continue;
            LoadConst(PyStr.From(p.Name));
            Annotation(p.Annotation);
            n++;
        }
        if (returns != null) { LoadConst(PyStr.From("return")); Annotation(returns); n++; }
        if (n == 0) return 0;
        Emit(OpCode.BuildMap, n);
        return 4;
    }

    private void ClassDef(ClassDef cd)
    {
        foreach (var d in cd.Decorators) { Expr(d); Emit(OpCode.PushNull); }
        SetLoc(cd);
        var scope = _st.ScopeOf(cd);
        string qual = QualNameFor(cd.Name);
        int firstLine = cd.Decorators.Count > 0 ? cd.Decorators[0].Line : cd.Line;
        EnterUnit(scope, cd.Name, qual, firstLine);
        _u.StaticAttributes = [];
        SetLoc(cd);
        Emit(OpCode.LoadName, _u.B.Name("__name__"));
        Emit(OpCode.StoreName, _u.B.Name("__module__"));
        LoadConst(PyStr.From(qual));
        Emit(OpCode.StoreName, _u.B.Name("__qualname__"));
        LoadConst(PyInt.From(cd.Line));
        Emit(OpCode.StoreName, _u.B.Name("__firstlineno__"));
        if (cd.Body.Any(s => s is AnnAssign { Simple: true } || HasAnnotationsDeep(s))) Emit(OpCode.SetupAnnotations);
        var doc = Docstring(cd.Body);
        int start = 0;
        if (doc != null)
        {
            SetLoc(cd.Body[0]);
            LoadConst(PyStr.From(doc));
            Emit(OpCode.StoreName, _u.B.Name("__doc__"));
            start = 1;
        }
        for (int i = start; i < cd.Body.Count; i++) Stmt(cd.Body[i]);
        _u.B.Location = default;
        var statics = _u.StaticAttributes.Order(StringComparer.Ordinal).Select(n => (PyObject)PyStr.From(n)).ToArray();
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(PyTuple.Of(statics)));
        Emit(OpCode.StoreName, _u.B.Name("__static_attributes__"));
        if (scope.NeedsClassCell)
        {
            Emit(OpCode.LoadClosure, _u.Slots["__class__"]);
            Emit(OpCode.Copy, 1);
            Emit(OpCode.StoreName, _u.B.Name("__classcell__"));
            Emit(OpCode.ReturnValue);
        }
        else Emit(OpCode.ReturnConst, Const(Py.None));
        var code = LeaveUnit(CodeFlags.None, 0, 0, 0, false);
        SetLoc(cd);
        Emit(OpCode.LoadBuildClass);
        Emit(OpCode.PushNull);
        int flags = EmitClosure(code);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(code));
        Emit(OpCode.MakeFunction, flags);
        LoadConst(PyStr.From(cd.Name));
        CallHelper(2, cd.Bases, cd.Keywords, cd);
        for (int i = 0; i < cd.Decorators.Count; i++) Emit(OpCode.Call, 1);
        NameOpFor(cd.Name, NameOp.Store);
    }

    // ---- simple statements ---------------------------------------------------------------
    private Stmt? _currentJumpStmt;

    private void Return(Return r)
    {
        _currentJumpStmt = r;
        if (_u.Scope.IsCoroutine && _u.Scope.IsGenerator && r.Value != null)
            throw Error("'return' with value in async generator", r);
        bool preserve = r.Value != null;
        if (r.Value != null) Expr(r.Value);
        SetLoc(r);
        UnwindAll(preserve, null);
        if (r.Value == null) Emit(OpCode.ReturnConst, Const(Py.None));
        else Emit(OpCode.ReturnValue);
    }

    private void BreakContinue(Stmt s, bool isBreak)
    {
        _currentJumpStmt = s;
        // Unwind inner blocks up to the innermost loop.
        var loop = UnwindAll(false, s);
        if (loop == null)
            throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        SetLoc(s);
        if (isBreak)
        {
            if (loop.Kind == BlockKind.ForLoop) PopIterator(loop);
            Jump(OpCode.Jump, loop.Exit);
        }
        else Jump(OpCode.Jump, loop.Start);
    }

    /// <summary>
    /// Emits the clean-up of the enclosing blocks for return (loopStop null) or break/continue
    /// (stops at the innermost loop and returns it). `preserve` keeps the return value on top.
    /// </summary>
    private Block? UnwindAll(bool preserve, Stmt? loopStop)
    {
        var blocks = _u.Blocks;
        var savedHandlers = new Stack<int>();
        Block? found = null;
        int savedDepth = _u.Depth;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var b = blocks[i];
            if (loopStop != null && b.Kind is BlockKind.WhileLoop or BlockKind.ForLoop) { found = b; break; }
            UnwindBlock(b, preserve);
        }
        _u.Depth = savedDepth;
        return found;
    }

    private void UnwindBlock(Block b, bool preserve)
    {
        switch (b.Kind)
        {
            case BlockKind.WhileLoop: break;
            case BlockKind.ForLoop:
                if (preserve) Emit(OpCode.Swap, 2);
                PopIterator(b);
                break;
            case BlockKind.TryExcept:
                break;
            case BlockKind.FinallyTry:
            {
                // Run the finally body inline, outside the try's own handler.
                var body = (List<Stmt>)b.Data!;
                var saved = SuspendHandlersTo(b);
                int idx = _u.Blocks.IndexOf(b);
                var tail = _u.Blocks.GetRange(idx, _u.Blocks.Count - idx);
                _u.Blocks.RemoveRange(idx, _u.Blocks.Count - idx);
                Stmts(body);
                _u.Blocks.AddRange(tail);
                ResumeHandlers(saved);
                break;
            }
            case BlockKind.FinallyEnd:
                if (preserve) Emit(OpCode.Swap, 2);
                Emit(OpCode.PopTop);      // exc
                if (preserve) Emit(OpCode.Swap, 2);
                Emit(OpCode.PopExcept);   // restores the previous exception
                break;
            case BlockKind.With:
            case BlockKind.AsyncWith:
                if (preserve) Emit(OpCode.Swap, 2);
                Emit(OpCode.PushNull);
                LoadConst(Py.None); LoadConst(Py.None); LoadConst(Py.None);
                Emit(OpCode.Call, 3);
                if (b.Kind == BlockKind.AsyncWith) AwaitTop();
                Emit(OpCode.PopTop);
                break;
            case BlockKind.HandlerCleanup:
            {
                if (preserve) Emit(OpCode.Swap, 2);
                Emit(OpCode.PopExcept);
                if (b.Data is string name)
                {
                    LoadConst(Py.None);
                    NameOpFor(name, NameOp.Store);
                    NameOpFor(name, NameOp.Delete);
                }
                break;
            }
            case BlockKind.ExceptionGroupHandler:
                throw Error("'break', 'continue' and 'return' cannot appear in an except* block", _currentJumpStmt!);
        }
    }

    /// <summary>Temporarily leaves the handlers opened at or after block b (for inline finally bodies).</summary>
    private List<HandlerInfo> SuspendHandlersTo(Block b)
    {
        var list = new List<HandlerInfo>();
        int idx = _u.Blocks.IndexOf(b);
        for (int i = _u.Blocks.Count - 1; i >= idx; i--)
            if (_handlerInfos.TryGetValue(_u.Blocks[i], out var h)) { _u.B.PopHandler(); list.Add(h); }
        list.Reverse();
        return list;
    }

    private void ResumeHandlers(List<HandlerInfo> saved)
    {
        foreach (var h in saved) _u.B.PushHandler(h.Target, h.Depth, h.Lasti);
    }

    private sealed record HandlerInfo(Label Target, int Depth, bool Lasti);
    private readonly Dictionary<Block, HandlerInfo> _handlerInfos = new(ReferenceEqualityComparer.Instance);

    private void AugAssign(AugAssign aa)
    {
        int op = (int)aa.Op + 16;
        switch (aa.Target)
        {
            case Name n:
                SetLoc(n);
                NameOpFor(n.Id, NameOp.Load);
                Expr(aa.Value);
                SetLoc(aa);
                Emit(OpCode.BinaryOp, op);
                SetLoc(n);
                NameOpFor(n.Id, NameOp.Store);
                break;
            case Attribute at:
                Expr(at.Value);
                Emit(OpCode.Copy, 1);
                SetLoc(at);
                Emit(OpCode.LoadAttr, _u.B.Name(Mangle(at.Attr)));
                Expr(aa.Value);
                SetLoc(aa);
                Emit(OpCode.BinaryOp, op);
                Emit(OpCode.Swap, 2);
                SetLoc(at);
                Emit(OpCode.StoreAttr, _u.B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                Expr(sub.Value);
                Expr(sub.Slice);
                Emit(OpCode.Copy, 2);
                Emit(OpCode.Copy, 2);
                SetLoc(sub);
                Emit(OpCode.BinarySubscr);
                Expr(aa.Value);
                SetLoc(aa);
                Emit(OpCode.BinaryOp, op);
                Emit(OpCode.Swap, 3);
                Emit(OpCode.Swap, 2);
                SetLoc(sub);
                Emit(OpCode.StoreSubscr);
                break;
            default: throw Error("illegal expression for augmented assignment", aa);
        }
    }

    private void AnnAssign(AnnAssign ann)
    {
        if (ann.Value != null)
        {
            Expr(ann.Value);
            StoreTarget(ann.Target);
        }
        if (ann.Target is Name n && ann.Simple && !_u.Scope.IsFunctionLike)
        {
            // Module and class bodies record the annotation in __annotations__.
            Annotation(ann.Annotation);
            Emit(OpCode.LoadName, _u.B.Name("__annotations__"));
            LoadConst(PyStr.From(n.Id));
            Emit(OpCode.StoreSubscr);
        }
        else if (ann.Target is not Name && ann.Value == null)
        {
            // `a.b: int` evaluates the target's object
            if (ann.Target is Attribute at) { Expr(at.Value); Emit(OpCode.PopTop); }
            else if (ann.Target is Subscript sb) { Expr(sb.Value); Emit(OpCode.PopTop); Expr(sb.Slice); Emit(OpCode.PopTop); }
        }
    }

    private void Assert(Assert a)
    {
        var end = NewLabel();
        Expr(a.Test);
        Jump(OpCode.PopJumpIfTrue, end);
        // The failing assert is reported at its test expression, as CPython does.
        SetLoc(a.Test);
        Emit(OpCode.LoadAssertionError);
        if (a.Msg != null)
        {
            Emit(OpCode.PushNull);
            Expr(a.Msg);
            SetLoc(a.Test);
            Emit(OpCode.Call, 1);
        }
        Emit(OpCode.RaiseVarargs, 1);
        Mark(end);
    }

    // ---- control flow --------------------------------------------------------------------
    private void If(If i)
    {
        var end = NewLabel();
        var orElse = i.OrElse.Count > 0 ? NewLabel() : end;
        JumpIf(i.Test, false, orElse);
        Stmts(i.Body);
        if (i.OrElse.Count > 0)
        {
            Jump(OpCode.Jump, end);
            Mark(orElse);
            Stmts(i.OrElse);
        }
        Mark(end);
    }

    private void While(While w)
    {
        var start = NewLabel();
        var orElse = NewLabel();
        var exit = NewLabel();
        Mark(start);
        JumpIf(w.Test, false, orElse);
        var blk = new Block(BlockKind.WhileLoop, start, exit);
        _u.Blocks.Add(blk);
        Stmts(w.Body);
        _u.Blocks.Remove(blk);
        SetLoc(w);
        Jump(OpCode.Jump, start);
        Mark(orElse);
        Stmts(w.OrElse);
        Mark(exit);
    }

    private void For(For f)
    {
        if (f.IsAsync) { AsyncFor(f); return; }
        var start = NewLabel();
        var cleanup = NewLabel();
        var exit = NewLabel();
        Expr(f.Iter);
        SetLoc(f.Iter);
        Emit(OpCode.GetIter);
        Mark(start);
        SetLoc(f.Iter);
        Jump(OpCode.ForIter, cleanup);
        // A fresh generator (`for x in gen():`) is closed when the loop is left early, as CPython's
        // refcounting does; the handler closes it on the way out of an exception too.
        bool fresh = f.Iter is GeneratorExp || f.Iter is Call { Func: not Name { Id: "iter" } };
        var dropHandler = NewLabel();
        var blk = PushBlock(BlockKind.ForLoop, start, exit, fresh ? ClosesIterator : null, fresh ? dropHandler : null, _u.Depth + 1, false);
        _u.Depth++;
        StoreTarget(f.Target);
        Stmts(f.Body);
        _u.Depth--;
        PopBlock(blk);
        SetLoc(f.Iter);
        Jump(OpCode.Jump, start);
        if (fresh)
        {
            Mark(dropHandler);
            _u.B.Location = default;
            Emit(OpCode.Swap, 2);
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.CloseDropped);
            Emit(OpCode.PopTop);
            Emit(OpCode.Reraise, 0);
        }
        Mark(cleanup);
        Stmts(f.OrElse);
        Mark(exit);
    }

    private static readonly object ClosesIterator = new();

    /// <summary>Drops a for loop's iterator when the loop is left early (closing a fresh generator).</summary>
    private void PopIterator(Block loop)
    {
        if (loop.Data == ClosesIterator) Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.CloseDropped);
        Emit(OpCode.PopTop);
    }

    /// <summary>Compiles `test` and jumps to target when its truth equals `when`.</summary>
    private void JumpIf(Expr test, bool when, Label target)
    {
        CompileGuard.Check();
        switch (test)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(u.Operand, !when, target);
                return;
            case BoolOp b:
            {
                bool isOr = b.Op == BoolOpKind.Or;
                if (isOr == when)
                {
                    foreach (var v in b.Values) JumpIf(v, when, target);
                }
                else
                {
                    var skip = NewLabel();
                    for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], !when, skip);
                    JumpIf(b.Values[^1], when, target);
                    Mark(skip);
                }
                return;
            }
        }
        Expr(test);
        Jump(when ? OpCode.PopJumpIfTrue : OpCode.PopJumpIfFalse, target);
    }

    // ---- imports -------------------------------------------------------------------------
    private void Import(Import imp)
    {
        foreach (var al in imp.Names)
        {
            SetLoc(al);
            LoadConst(PyInt.From(0));
            LoadConst(Py.None);
            Emit(OpCode.ImportName, _u.B.Name(al.Name));
            if (al.AsName != null)
            {
                var parts = al.Name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    Emit(OpCode.ImportFrom, _u.B.Name(parts[i]));
                    Emit(OpCode.Swap, 2);
                    Emit(OpCode.PopTop);
                }
                NameOpFor(al.AsName, NameOp.Store);
            }
            else NameOpFor(al.Name.Split('.')[0], NameOp.Store);
        }
    }

    private void ImportFrom(ImportFrom imf)
    {
        LoadConst(PyInt.From(imf.Level));
        var names = new PyObject[imf.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.From(imf.Names[i].Name);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(PyTuple.Of(names)));
        Emit(OpCode.ImportName, _u.B.Name(imf.Module ?? ""));
        if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
        {
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ImportStar);
            Emit(OpCode.PopTop);
            return;
        }
        foreach (var al in imf.Names)
        {
            SetLoc(al);
            Emit(OpCode.ImportFrom, _u.B.Name(al.Name));
            NameOpFor(al.AsName ?? al.Name, NameOp.Store);
        }
        Emit(OpCode.PopTop);
    }
}
