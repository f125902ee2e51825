using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Compiler;

/// <summary>
/// AST → code objects, following CPython's compile.c construct by construct. One Unit per code
/// object being built; statements, expressions and patterns live in their own partial files.
/// </summary>
public sealed partial class PyCompiler
{
    private enum BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, ExceptionGroupHandler }

    private sealed record Block(BlockKind Kind, Label Start, Label Exit, object? Data = null);

    private sealed class Unit(Scope scope, string name, string qualName, int firstLine)
    {
        public readonly Scope Scope = scope;
        public readonly string Name = name;
        public readonly string QualName = qualName;
        public readonly int FirstLine = firstLine;
        public readonly CodeBuilder B = new();
        public readonly Dictionary<string, int> Slots = [];
        public readonly List<string> SlotNames = [];
        public readonly List<LocalKind> SlotKinds = [];
        public readonly List<Block> Blocks = [];
        public int Depth;
        public int FreeCount;
        /// <summary>Class bodies: names stored as `self.X` in functions nested in the class (3.13's __static_attributes__).</summary>
        public HashSet<string>? StaticAttributes;
    }

    private readonly SymbolTable _st;
    private readonly string _fileName;
    private readonly string? _source;
    private Unit _u = null!;
    private readonly Stack<Unit> _units = new();

    private PyCompiler(SymbolTable st, string fileName, string? source)
    {
        _st = st;
        _fileName = fileName;
        _source = source;
    }

    /// <summary>`from __future__ import annotations` (PEP 563): annotations are stored as their source text.</summary>
    private bool _futureAnnotations;

    /// <summary>True when the module's leading future imports (after its docstring) include `annotations`.</summary>
    private static bool HasFutureAnnotations(List<Stmt> body)
    {
        int i = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
        for (; i < body.Count && body[i] is ImportFrom { Module: "__future__" } f; i++)
            if (f.Names.Any(n => n.Name == "annotations")) return true;
        return false;
    }

    /// <summary>An annotation's value: the evaluated expression, or its text under PEP 563.</summary>
    private void Annotation(Expr annotation)
    {
        if (_futureAnnotations)
        {
            string? text = null;
            try { text = AnnotationText.Of(annotation); }
            catch (NotSupportedException) { }
            if (text != null) { LoadConst(PyStr.From(text)); return; }
        }
        Expr(annotation);
    }

    /// <summary>Compiles a parsed module (`exec`), expression (`eval`) or interactive line (`single`).</summary>
    public static CodeObject Compile(ModuleNode module, string fileName, string? source)
    {
        var st = SymbolTable.Build(module, fileName, source);
        var c = new PyCompiler(st, fileName, source);
        c.EnterUnit(st.Top, "<module>", "<module>", 1);
        switch (module)
        {
            case ModuleAst m:
                c._futureAnnotations = HasFutureAnnotations(m.Body);
                c.Body(m.Body, isModule: true);
                c.Emit(OpCode.ReturnConst, c.Const(Py.None));
                break;
            case InteractiveAst i:
                foreach (var s in i.Body)
                {
                    if (s is ExprStmt es)
                    {
                        c.SetLoc(es);
                        c.Expr(es.Value);
                        c.Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.Print);
                        c.Emit(OpCode.PopTop);
                    }
                    else c.Stmt(s);
                }
                c.Emit(OpCode.ReturnConst, c.Const(Py.None));
                break;
            case ExpressionAst e:
                c.SetLoc(e.Body);
                c.Expr(e.Body);
                c.Emit(OpCode.ReturnValue);
                break;
        }
        return c.LeaveUnit(CodeFlags.None, 0, 0, 0, false);
    }

    private SyntaxErrorException Error(string msg, Node n) => _st.Error(msg, n);

    // ---- units ---------------------------------------------------------------------------
    private void EnterUnit(Scope scope, string name, string qualName, int firstLine)
    {
        if (_u != null) _units.Push(_u);
        _u = new Unit(scope, name, qualName, firstLine);
        // localsplus: parameters, other locals, cells that are not parameters, free variables.
        foreach (var p in scope.Params) AddSlot(p, LocalKind.Local | LocalKind.Arg);
        if (scope.IsFunctionLike)
            foreach (var (n, k) in scope.Resolved)
                if (k == NameScope.Local && !_u.Slots.ContainsKey(n)) AddSlot(n, LocalKind.Local);
        foreach (var (n, k) in scope.Resolved)
            if (k == NameScope.Cell)
            {
                if (_u.Slots.TryGetValue(n, out var i)) _u.SlotKinds[i] |= LocalKind.Cell;
                else AddSlot(n, LocalKind.Cell);
            }
        if (scope.NeedsClassCell) AddSlot("__class__", LocalKind.Cell);
        var frees = new List<string>();
        foreach (var (n, k) in scope.Resolved) if (k == NameScope.Free) frees.Add(n);
        foreach (var n in scope.ClassFreeThrough) if (!frees.Contains(n)) frees.Add(n);
        frees.Sort(StringComparer.Ordinal);   // co_freevars is sorted by name, as CPython's compiler does
        foreach (var n in frees)
            if (!_u.Slots.ContainsKey(n)) AddSlot(n, LocalKind.Free);
        _u.FreeCount = frees.Count;
        // Prologue: wrap cells (parameters keep their value), copy the closure in.
        for (int i = 0; i < _u.SlotKinds.Count; i++)
            if ((_u.SlotKinds[i] & LocalKind.Cell) != 0) { _u.B.Location = new SourceSpan(0, 0, 0, 0); Emit(OpCode.MakeCell, i); }
        if (_u.FreeCount > 0) Emit(OpCode.CopyFreeVars, _u.FreeCount);
    }

    private void AddSlot(string name, LocalKind kind)
    {
        _u.Slots[name] = _u.SlotNames.Count;
        _u.SlotNames.Add(name);
        _u.SlotKinds.Add(kind);
    }

    private CodeObject LeaveUnit(CodeFlags flags, int argCount, int posOnly, int kwOnly, bool hasDoc)
    {
        var u = _u;
        var (code, pos, table, stackSize) = u.B.Assemble();
        if (u.Scope.IsFunctionLike) flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
        if (u.Scope.IsGenerator && u.Scope.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
        else if (u.Scope.IsGenerator) flags |= CodeFlags.Generator;
        else if (u.Scope.IsCoroutine && u.Scope.Kind != ScopeKind.Module) flags |= CodeFlags.Coroutine;
        if (u.Scope.HasVarArgs) flags |= CodeFlags.VarArgs;
        if (u.Scope.HasVarKw) flags |= CodeFlags.VarKeywords;
        var co = new CodeObject
        {
            Name = u.Name,
            QualName = u.QualName,
            FileName = _fileName,
            FirstLine = u.FirstLine,
            Instructions = code,
            Positions = pos,
            Consts = [.. u.B.Consts],
            Names = [.. u.B.Names],
            LocalNames = [.. u.SlotNames],
            LocalKinds = [.. u.SlotKinds],
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            Flags = flags,
            StackSize = stackSize,
            ExceptionTable = table,
            FreeCount = u.FreeCount,
            HasDocstring = hasDoc,
        };
        _u = _units.Count > 0 ? _units.Pop() : null!;
        return co;
    }

    // ---- emission helpers ----------------------------------------------------------------
    private void Emit(OpCode op, int arg = 0) => _u.B.Emit(op, arg);
    private void Jump(OpCode op, Label l) => _u.B.Jump(op, l);
    private Label NewLabel() => _u.B.NewLabel();
    private void Mark(Label l) => _u.B.Mark(l);

    private void SetLoc(Node n) => _u.B.Location = new SourceSpan(n.Line, n.EndLine, n.Col, n.EndCol);

    private int Const(PyObject o) => o switch
    {
        // Keys keep 1, 1.0 and True apart although they compare equal.
        PyInt i => _u.B.AddConst(o, (i.Type.Name, i.AsBig)),
        PyFloat f => _u.B.AddConst(o, ("float", BitConverter.DoubleToInt64Bits(f.V))),
        PyStr s => _u.B.AddConst(o, ("str", s.Value)),
        _ => _u.B.AddConst(o, o),
    };

    private void LoadConst(PyObject o) => Emit(OpCode.LoadConst, Const(o));

    // ---- names ---------------------------------------------------------------------------
    private enum NameOp { Load, Store, Delete }

    private string Mangle(string name) => Scope.Mangle(_u.Scope.PrivateName, name);

    private void NameOpFor(string name, NameOp op)
    {
        var scope = _u.Scope;
        name = Mangle(name);
        var ns = scope.Resolved.TryGetValue(name, out var r) ? r : NameScope.GlobalImplicit;
        if (scope.Kind == ScopeKind.Class && name == "__class__" && scope.NeedsClassCell && op == NameOp.Load)
            ns = NameScope.GlobalImplicit;
        switch (ns)
        {
            case NameScope.Local when scope.IsFunctionLike:
            {
                int slot = _u.Slots[name];
                Emit(op switch { NameOp.Load => OpCode.LoadFastCheck, NameOp.Store => OpCode.StoreFast, _ => OpCode.DeleteFast }, slot);
                return;
            }
            case NameScope.Cell:
            case NameScope.Free:
            {
                int slot = _u.Slots[name];
                if (scope.Kind == ScopeKind.Class && op == NameOp.Load)
                {
                    Emit(OpCode.LoadLocals);
                    Emit(OpCode.LoadFromDictOrDeref, slot);
                    return;
                }
                Emit(op switch { NameOp.Load => OpCode.LoadDeref, NameOp.Store => OpCode.StoreDeref, _ => OpCode.DeleteDeref }, slot);
                return;
            }
            case NameScope.GlobalExplicit:
                Emit(op switch { NameOp.Load => OpCode.LoadGlobal, NameOp.Store => OpCode.StoreGlobal, _ => OpCode.DeleteGlobal }, _u.B.Name(name));
                return;
            case NameScope.GlobalImplicit when scope.IsFunctionLike:
                Emit(op switch { NameOp.Load => OpCode.LoadGlobal, NameOp.Store => OpCode.StoreGlobal, _ => OpCode.DeleteGlobal }, _u.B.Name(name));
                return;
            default:
                Emit(op switch { NameOp.Load => OpCode.LoadName, NameOp.Store => OpCode.StoreName, _ => OpCode.DeleteName }, _u.B.Name(name));
                return;
        }
    }

    // ---- bodies --------------------------------------------------------------------------
    private static string? Docstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? s : null;

    private void Body(List<Stmt> body, bool isModule)
    {
        int start = 0;
        if (isModule)
        {
            if (body.Any(s => s is AnnAssign { Simple: true } || HasAnnotationsDeep(s))) { Emit(OpCode.SetupAnnotations); }
            var doc = Docstring(body);
            if (doc != null)
            {
                SetLoc(body[0]);
                LoadConst(PyStr.From(doc));
                NameOpFor("__doc__", NameOp.Store);
                start = 1;
            }
        }
        for (int i = start; i < body.Count; i++) Stmt(body[i]);
    }

    private static bool HasAnnotationsDeep(Stmt s) => s switch
    {
        AnnAssign a => a.Simple,
        If i => i.Body.Any(HasAnnotationsDeep) || i.OrElse.Any(HasAnnotationsDeep),
        For f => f.Body.Any(HasAnnotationsDeep) || f.OrElse.Any(HasAnnotationsDeep),
        While w => w.Body.Any(HasAnnotationsDeep) || w.OrElse.Any(HasAnnotationsDeep),
        With w => w.Body.Any(HasAnnotationsDeep),
        Try t => t.Body.Any(HasAnnotationsDeep) || t.Handlers.Any(h => h.Body.Any(HasAnnotationsDeep))
                 || t.OrElse.Any(HasAnnotationsDeep) || t.FinalBody.Any(HasAnnotationsDeep),
        _ => false,
    };

    private string QualNameFor(string name)
    {
        var u = _u;
        if (u.Scope.Kind == ScopeKind.Module) return name;
        if (u.Scope.IsTypeParams) return u.QualName;
        if (u.Scope.Kind == ScopeKind.Class) return u.QualName + "." + name;
        // Functions nested in functions: "outer.<locals>.inner"; a global declaration resets it.
        if (u.Scope.Resolved.TryGetValue(name, out var ns) && ns == NameScope.GlobalExplicit) return name;
        return u.QualName + ".<locals>." + name;
    }

    /// <summary>Pushes the closure tuple for a child scope and returns MakeFunction's closure flag.</summary>
    private int EmitClosure(CodeObject code)
    {
        if (code.FreeCount == 0) return 0;
        int start = code.LocalNames.Length - code.FreeCount;
        for (int i = start; i < code.LocalNames.Length; i++)
        {
            string name = code.LocalNames[i];
            if (!_u.Slots.TryGetValue(name, out var slot))
                throw new InvalidOperationException($"compiler: no cell for free variable '{name}' in {_u.QualName}");
            Emit(OpCode.LoadClosure, slot);
        }
        Emit(OpCode.BuildTuple, code.FreeCount);
        return 8;
    }
}
