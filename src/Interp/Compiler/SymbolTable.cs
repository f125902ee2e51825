using GilGrid.Interp.Syntax;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Interp.Compiler;

public enum ScopeKind { Module, Class, Function, Comprehension }

[Flags]
public enum SymFlags { None = 0, Local = 1, Param = 2, Global = 4, Nonlocal = 8, Use = 16, Annotated = 32, Import = 64, CompIter = 128 }

public enum NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>One scope's symbols (CPython's symtable entry): how each name is stored and loaded.</summary>
public sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public readonly ScopeKind Kind = kind;
    public readonly string Name = name;
    public readonly Scope? Parent = parent;
    public readonly Node Node = node;
    public readonly Dictionary<string, SymFlags> Symbols = [];
    public readonly Dictionary<string, NameScope> Resolved = [];
    public readonly List<Scope> Children = [];
    public readonly List<string> Params = [];
    /// <summary>Class scopes: free names the class code only passes through to its methods.</summary>
    public readonly HashSet<string> ClassFreeThrough = [];
    /// <summary>The first global/nonlocal statement naming each name: CPython reports directive
    /// conflicts ("nonlocal and global", "no binding for nonlocal") there.</summary>
    public readonly Dictionary<string, Node> DirectiveAt = [];
    public bool IsGenerator, IsCoroutine, NeedsClassCell, HasVarArgs, HasVarKw;
    /// <summary>The synthetic PEP 695 scope holding type parameters (see GenericScopes).</summary>
    public bool IsTypeParams;
    /// <summary>Class scopes only: whether a method uses `super` or `__class__`.</summary>
    public bool ChildUsesClassCell;

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Comprehension;
    /// <summary>The innermost enclosing class name, for private name mangling (`__x` → `_C__x`).</summary>
    public string? PrivateName;

    public void Add(string name, SymFlags f)
    {
        name = Mangle(PrivateName, name);
        Symbols[name] = Symbols.GetValueOrDefault(name) | f;
    }

    /// <summary>CPython's _Py_Mangle.</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal)
            || name.Contains('.')) return name;
        string cls = privateName.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }

    public NameScope Lookup(string name) => Resolved.TryGetValue(name, out var s) ? s
        : Kind == ScopeKind.Module ? NameScope.GlobalImplicit : NameScope.GlobalImplicit;
}

/// <summary>Builds the scope tree for a module (pass 1) and resolves every name (pass 2).</summary>
public sealed class SymbolTable
{
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Scope> _compScopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _fileName;
    private readonly string? _source;
    private Scope _cur = null!;
    public Scope Top = null!;

    public SymbolTable(string fileName, string? source) { _fileName = fileName; _source = source; }

    public Scope ScopeOf(Node n) => Scopes[n];
    public Scope ScopeOfComprehension(Expr n) => Scopes[n];

    public static SymbolTable Build(ModuleNode module, string fileName, string? source)
    {
        var st = new SymbolTable(fileName, source);
        st.Top = new Scope(ScopeKind.Module, "top", null, module);
        st.Scopes[module] = st.Top;
        st._cur = st.Top;
        switch (module)
        {
            case ModuleAst m: st.Stmts(m.Body); break;
            case InteractiveAst i: st.Stmts(i.Body); break;
            case ExpressionAst e: st.Visit(e.Body); break;
        }
        st.Analyze(st.Top, new HashSet<string>(), null);
        return st;
    }

    internal SyntaxErrorException Error(string msg, Node n) =>
        new(msg, _fileName, n.Line, n.Col + 1, n.EndLine, n.EndCol + 1, SourceLine(n.Line));

    /// <summary>
    /// The `text` of a compiler-detected SyntaxError. CPython re-reads the line from the file named
    /// by the code (linecache), so pseudo-files such as "&lt;string&gt;" give None and real files give
    /// the line with its newline; we take the line from the source being compiled.
    /// </summary>
    private string? SourceLine(int line)
    {
        if (_source == null || line < 1 || (_fileName.StartsWith('<') && _fileName.EndsWith('>'))) return null;
        var lines = _source.Split('\n');
        return line <= lines.Length ? lines[line - 1].TrimEnd('\r') + "\n" : null;
    }

    // ---- pass 1 --------------------------------------------------------------------------
    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var s = new Scope(kind, name, _cur, node) { PrivateName = kind == ScopeKind.Class ? name : _cur.PrivateName };
        _cur.Children.Add(s);
        Scopes[node] = s;
        _cur = s;
        return s;
    }

    private void Leave() => _cur = _cur.Parent!;

    private void Stmts(List<Stmt> body) { foreach (var s in body) Visit(s); }

    private void Bind(string name, Node at)
    {
        var f = _cur.Symbols.GetValueOrDefault(Scope.Mangle(_cur.PrivateName, name));
        if ((f & (SymFlags.Global | SymFlags.Nonlocal)) != 0) { _cur.Add(name, SymFlags.Local); return; }
        _cur.Add(name, SymFlags.Local);
        _ = at;
    }

    private void Use(string name) => _cur.Add(name, SymFlags.Use);

    private void Visit(Stmt s)
    {
        CompileGuard.Check();
        switch (s)
        {
            case FunctionDef or ClassDef or TypeAlias when GenericScopes.ParamsOf(s).Count > 0 || s is TypeAlias:
                VisitGeneric(s);
                break;
            case FunctionDef fd:
                foreach (var d in fd.Decorators) Visit(d);
                VisitArgDefaults(fd.Args);
                VisitAnnotations(fd.Args, fd.Returns);
                Bind(fd.Name, fd);
                var fs = Enter(ScopeKind.Function, fd.Name, fd);
                fs.IsCoroutine = fd.IsAsync;
                AddParams(fs, fd.Args);
                Stmts(fd.Body);
                Leave();
                break;
            case ClassDef cd:
                foreach (var d in cd.Decorators) Visit(d);
                foreach (var b in cd.Bases) Visit(b);
                foreach (var k in cd.Keywords) Visit(k.Value);
                Bind(cd.Name, cd);
                Enter(ScopeKind.Class, cd.Name, cd);
                Stmts(cd.Body);
                Leave();
                break;
            case Return r:
                if (!_cur.IsFunctionLike) throw Error("'return' outside function", r);
                if (r.Value != null) Visit(r.Value);
                break;
            case Delete del: foreach (var t in del.Targets) Visit(t); break;
            case Assign a: Visit(a.Value); foreach (var t in a.Targets) Visit(t); break;
            case AugAssign aa: Visit(aa.Value); Visit(aa.Target); if (aa.Target is Name an) Use(an.Id); break;
            case AnnAssign ann:
                if (ann.Target is Name tn)
                {
                    var f = _cur.Symbols.GetValueOrDefault(Scope.Mangle(_cur.PrivateName, tn.Id));
                    if ((f & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && ann.Simple)
                        throw Error($"annotated name '{tn.Id}' can't be {((f & SymFlags.Global) != 0 ? "global" : "nonlocal")}", ann);
                    if (ann.Simple) _cur.Add(tn.Id, SymFlags.Annotated);
                    if (ann.Value != null) Bind(tn.Id, tn);
                }
                else Visit(ann.Target);
                if (!_cur.IsFunctionLike) Visit(ann.Annotation);
                if (ann.Value != null) Visit(ann.Value);
                break;
            case For f2: Visit(f2.Iter); Visit(f2.Target); Stmts(f2.Body); Stmts(f2.OrElse); break;
            case While w: Visit(w.Test); Stmts(w.Body); Stmts(w.OrElse); break;
            case If i: Visit(i.Test); Stmts(i.Body); Stmts(i.OrElse); break;
            case With wi:
                foreach (var it in wi.Items) { Visit(it.ContextExpr); if (it.OptionalVars != null) Visit(it.OptionalVars); }
                Stmts(wi.Body);
                break;
            case Match m:
                Visit(m.Subject);
                foreach (var c in m.Cases) { VisitPattern(c.Pattern); if (c.Guard != null) Visit(c.Guard); Stmts(c.Body); }
                break;
            case Raise ra: if (ra.Exc != null) Visit(ra.Exc); if (ra.Cause != null) Visit(ra.Cause); break;
            case Try t:
                Stmts(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type != null) Visit(h.Type);
                    if (h.Name != null) Bind(h.Name, h);
                    Stmts(h.Body);
                }
                Stmts(t.OrElse);
                Stmts(t.FinalBody);
                break;
            case Assert asr: Visit(asr.Test); if (asr.Msg != null) Visit(asr.Msg); break;
            case Import imp:
                foreach (var al in imp.Names) Bind(al.AsName ?? al.Name.Split('.')[0], al);
                break;
            case ImportFrom imf:
                foreach (var al in imf.Names)
                {
                    if (al.Name == "*")
                    {
                        if (_cur.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", al);
                        continue;
                    }
                    Bind(al.AsName ?? al.Name, al);
                }
                break;
            case Global g:
                foreach (var n in g.Names)
                {
                    var f = _cur.Symbols.GetValueOrDefault(Scope.Mangle(_cur.PrivateName, n));
                    if ((f & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and global", g);
                    if ((f & SymFlags.Nonlocal) != 0) throw Error($"name '{n}' is nonlocal and global", _cur.DirectiveAt[Scope.Mangle(_cur.PrivateName, n)]);
                    if ((f & SymFlags.Annotated) != 0) throw Error($"annotated name '{n}' can't be global", g);
                    if ((f & SymFlags.Use) != 0) throw Error($"name '{n}' is used prior to global declaration", g);
                    if ((f & SymFlags.Local) != 0) throw Error($"name '{n}' is assigned to before global declaration", g);
                    _cur.Add(n, SymFlags.Global);
                    _cur.DirectiveAt.TryAdd(Scope.Mangle(_cur.PrivateName, n), g);
                }
                break;
            case Nonlocal nl:
                if (_cur.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                foreach (var n in nl.Names)
                {
                    var f = _cur.Symbols.GetValueOrDefault(Scope.Mangle(_cur.PrivateName, n));
                    if ((f & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and nonlocal", nl);
                    if ((f & SymFlags.Global) != 0) throw Error($"name '{n}' is nonlocal and global", _cur.DirectiveAt[Scope.Mangle(_cur.PrivateName, n)]);
                    if ((f & SymFlags.Use) != 0) throw Error($"name '{n}' is used prior to nonlocal declaration", nl);
                    if ((f & SymFlags.Local) != 0) throw Error($"name '{n}' is assigned to before nonlocal declaration", nl);
                    _cur.Add(n, SymFlags.Nonlocal);
                    _cur.DirectiveAt.TryAdd(Scope.Mangle(_cur.PrivateName, n), nl);
                }
                break;
            case ExprStmt es: Visit(es.Value); break;
        }
    }

    /// <summary>PEP 695: decorators and bounds here, the rest inside the synthetic type-parameter scope.</summary>
    private void VisitGeneric(Stmt s)
    {
        if (s is FunctionDef fd) foreach (var d in fd.Decorators) Visit(d);
        if (s is ClassDef cd) foreach (var d in cd.Decorators) Visit(d);
        var names = new HashSet<string>();
        bool seenDefault = false;
        foreach (var p in GenericScopes.ParamsOf(s))
        {
            if (!names.Add(GenericScopes.ParamName(p)))
                throw Error($"duplicate type parameter '{GenericScopes.ParamName(p)}'", p);
            if (GenericScopes.DefaultOf(p) != null) seenDefault = true;
            else if (seenDefault)
                throw Error($"non-default type parameter '{GenericScopes.ParamName(p)}' follows default type parameter", p);
            if (GenericScopes.BoundOf(p) is { } b) Visit(b);
            if (GenericScopes.DefaultOf(p) is { } d) Visit(d);
        }
        var w = GenericScopes.WrapperOf(s);
        var ws = Enter(ScopeKind.Function, w.Name, w);
        ws.IsTypeParams = true;
        AddParams(ws, w.Args);
        Stmts(w.Body);
        Leave();
        Bind(GenericScopes.NameOf(s), s);
    }

    private void VisitArgDefaults(Arguments a)
    {
        foreach (var d in a.Defaults) Visit(d);
        foreach (var d in a.KwDefaults) if (d != null) Visit(d);
    }

    private void VisitAnnotations(Arguments a, Expr? returns)
    {
        foreach (var p in AllArgs(a)) if (p.Annotation != null) Visit(p.Annotation);
        if (returns != null) Visit(returns);
    }

    internal static IEnumerable<Arg> AllArgs(Arguments a)
    {
        foreach (var p in a.PosOnlyArgs) yield return p;
        foreach (var p in a.Args) yield return p;
        if (a.VarArg != null) yield return a.VarArg;
        foreach (var p in a.KwOnlyArgs) yield return p;
        if (a.KwArg != null) yield return a.KwArg;
    }

    private void AddParams(Scope s, Arguments a)
    {
        void P(Arg p)
        {
            if (s.Symbols.ContainsKey(Scope.Mangle(s.PrivateName, p.Name))) throw Error($"duplicate argument '{p.Name}' in function definition", p);
            s.Add(p.Name, SymFlags.Param | SymFlags.Local);
            s.Params.Add(Scope.Mangle(s.PrivateName, p.Name));
        }
        foreach (var p in a.PosOnlyArgs) P(p);
        foreach (var p in a.Args) P(p);
        foreach (var p in a.KwOnlyArgs) P(p);
        if (a.VarArg != null) { P(a.VarArg); s.HasVarArgs = true; }
        if (a.KwArg != null) { P(a.KwArg); s.HasVarKw = true; }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv: Visit(mv.Value); break;
            case MatchSequence ms: foreach (var x in ms.Patterns) VisitPattern(x); break;
            case MatchMapping mm:
                foreach (var k in mm.Keys) Visit(k);
                foreach (var x in mm.Patterns) VisitPattern(x);
                if (mm.Rest != null) Bind(mm.Rest, mm);
                break;
            case MatchClass mc:
                Visit(mc.Cls);
                foreach (var x in mc.Patterns) VisitPattern(x);
                foreach (var x in mc.KwdPatterns) VisitPattern(x);
                break;
            case MatchStar st: if (st.Name != null) Bind(st.Name, st); break;
            case MatchAs ma: if (ma.Pattern != null) VisitPattern(ma.Pattern); if (ma.Name != null) Bind(ma.Name, ma); break;
            case MatchOr mo: foreach (var x in mo.Patterns) VisitPattern(x); break;
        }
    }

    private void Visit(Expr e)
    {
        CompileGuard.Check();
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    Use(n.Id);
                    if (n.Id == "super" && _cur.Kind == ScopeKind.Function) NoteClassCellUse();
                }
                else Bind(n.Id, n);
                break;
            case BoolOp b: foreach (var v in b.Values) Visit(v); break;
            case NamedExpr ne:
                if (_inCompIter > 0) throw Error("assignment expression cannot be used in a comprehension iterable expression", ne);
                Visit(ne.Value);
                BindWalrus(ne);
                break;
            case BinOp bo: Visit(bo.Left); Visit(bo.Right); break;
            case UnaryOp u: Visit(u.Operand); break;
            case Lambda l:
                VisitArgDefaults(l.Args);
                var ls = Enter(ScopeKind.Function, "<lambda>", l);
                AddParams(ls, l.Args);
                Visit(l.Body);
                Leave();
                break;
            case IfExp ie: Visit(ie.Test); Visit(ie.Body); Visit(ie.OrElse); break;
            case DictExpr d:
                foreach (var k in d.Keys) if (k != null) Visit(k);
                foreach (var v in d.Values) Visit(v);
                break;
            case SetExpr s: foreach (var x in s.Elts) Visit(x); break;
            case ListComp lc: Comprehension(e, "<listcomp>", lc.Generators, lc.Elt, null); break;
            case SetComp sc: Comprehension(e, "<setcomp>", sc.Generators, sc.Elt, null); break;
            case DictComp dc: Comprehension(e, "<dictcomp>", dc.Generators, dc.Key, dc.Value); break;
            case GeneratorExp ge: Comprehension(e, "<genexpr>", ge.Generators, ge.Elt, null); break;
            case Await aw:
                if (_cur.Kind == ScopeKind.Function && !_cur.IsCoroutine)
                    throw Error("'await' outside async function", aw);
                if (_cur.Kind is ScopeKind.Module or ScopeKind.Class) throw Error("'await' outside function", aw);
                if (_cur.Kind == ScopeKind.Comprehension) _cur.IsCoroutine = true;
                Visit(aw.Value);
                break;
            case Yield y:
                MarkGenerator(y);
                if (y.Value != null) Visit(y.Value);
                break;
            case YieldFrom yf:
                MarkGenerator(yf);
                if (_cur.IsCoroutine) throw Error("'yield from' inside async function", yf);
                Visit(yf.Value);
                break;
            case Compare c: Visit(c.Left); foreach (var x in c.Comparators) Visit(x); break;
            case Call call:
                Visit(call.Func);
                foreach (var a in call.Args) Visit(a);
                foreach (var k in call.Keywords) Visit(k.Value);
                break;
            case FormattedValue fv: Visit(fv.Value); if (fv.FormatSpec != null) Visit(fv.FormatSpec); break;
            case JoinedStr js: foreach (var v in js.Values) Visit(v); break;
            case Attribute at: Visit(at.Value); break;
            case Subscript sub: Visit(sub.Value); Visit(sub.Slice); break;
            case Starred st: Visit(st.Value); break;
            case ListExpr le: foreach (var x in le.Elts) Visit(x); break;
            case TupleExpr te: foreach (var x in te.Elts) Visit(x); break;
            case Slice sl:
                if (sl.Lower != null) Visit(sl.Lower);
                if (sl.Upper != null) Visit(sl.Upper);
                if (sl.Step != null) Visit(sl.Step);
                break;
        }
    }

    private void MarkGenerator(Expr y)
    {
        if (_cur.Kind is ScopeKind.Module or ScopeKind.Class) throw Error("'yield' outside function", y);
        if (_cur.Kind == ScopeKind.Comprehension)
            throw Error(_cur.Node switch
            {
                ListComp => "'yield' inside list comprehension",
                SetComp => "'yield' inside set comprehension",
                DictComp => "'yield' inside dict comprehension",
                _ => "'yield' inside generator expression",
            }, y);
        _cur.IsGenerator = true;
    }

    private void NoteClassCellUse()
    {
        // A method using super() or __class__ needs the implicit __class__ cell of its class.
        for (var s = _cur; s != null; s = s.Parent)
            if (s.Kind == ScopeKind.Class) { s.ChildUsesClassCell = true; _cur.Add("__class__", SymFlags.Use); return; }
    }

    private void BindWalrus(NamedExpr ne)
    {
        if (_cur.Kind != ScopeKind.Comprehension) { Bind(ne.Target.Id, ne.Target); return; }
        // In a comprehension the target binds in the nearest enclosing non-comprehension scope.
        var s = _cur;
        while (s.Kind == ScopeKind.Comprehension)
        {
            if ((s.Symbols.GetValueOrDefault(ne.Target.Id) & SymFlags.CompIter) != 0)
                throw Error($"assignment expression cannot rebind comprehension iteration variable '{ne.Target.Id}'", ne);
            s = s.Parent!;
        }
        if (s.Kind == ScopeKind.Class) throw Error("assignment expression within a comprehension cannot be used in a class body", ne);
        bool global = s.Kind == ScopeKind.Module || (s.Symbols.GetValueOrDefault(ne.Target.Id) & SymFlags.Global) != 0;
        s.Add(ne.Target.Id, SymFlags.Local);
        for (var c = _cur; c.Kind == ScopeKind.Comprehension; c = c.Parent!)
            c.Add(ne.Target.Id, global ? SymFlags.Global : SymFlags.Nonlocal);
    }

    private int _inCompIter;

    private void VisitCompIter(Expr iter)
    {
        _inCompIter++;
        try { Visit(iter); }
        finally { _inCompIter--; }
    }

    private void Comprehension(Expr node, string name, List<Comprehension> gens, Expr elt, Expr? value)
    {
        // The first iterable is evaluated in the enclosing scope.
        VisitCompIter(gens[0].Iter);
        var cs = Enter(ScopeKind.Comprehension, name, node);
        cs.IsGenerator = node is GeneratorExp;
        if (gens.Any(g => g.IsAsync)) cs.IsCoroutine = true;
        cs.Add(".0", SymFlags.Param | SymFlags.Local);
        cs.Params.Add(".0");
        for (int i = 0; i < gens.Count; i++)
        {
            var g = gens[i];
            if (i > 0) VisitCompIter(g.Iter);
            MarkIterTargets(g.Target);
            Visit(g.Target);
            foreach (var c in g.Ifs) Visit(c);
        }
        Visit(elt);
        if (value != null) Visit(value);
        Leave();
        // An async list/set/dict comprehension is awaited where it stands: only inside a coroutine.
        if (cs.IsCoroutine && node is not GeneratorExp && !(cs.Parent!.IsCoroutine && cs.Parent.IsFunctionLike))
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
    }

    private void MarkIterTargets(Expr t)
    {
        switch (t)
        {
            case Name n: _cur.Add(n.Id, SymFlags.CompIter); break;
            case TupleExpr te: foreach (var x in te.Elts) MarkIterTargets(x); break;
            case ListExpr le: foreach (var x in le.Elts) MarkIterTargets(x); break;
            case Starred s: MarkIterTargets(s.Value); break;
        }
    }

    // ---- pass 2: resolve ----------------------------------------------------------------
    /// <summary>
    /// Resolves names top-down. `bound` holds names bound in enclosing function scopes (visible as
    /// free variables); returns the set of free names this scope needs from its parents.
    /// </summary>
    private HashSet<string> Analyze(Scope s, HashSet<string> bound, Scope? _)
    {
        var free = new HashSet<string>();
        foreach (var (name, f) in s.Symbols)
        {
            if ((f & SymFlags.Global) != 0) s.Resolved[name] = NameScope.GlobalExplicit;
            else if ((f & SymFlags.Nonlocal) != 0)
            {
                if (!bound.Contains(name)) throw Error($"no binding for nonlocal '{name}' found", s.DirectiveAt.GetValueOrDefault(name) ?? s.Node);
                s.Resolved[name] = NameScope.Free;
                free.Add(name);
            }
            else if ((f & SymFlags.Local) != 0)
                s.Resolved[name] = s.Kind == ScopeKind.Module ? NameScope.GlobalImplicit : NameScope.Local;
            else if (bound.Contains(name) && s.Kind != ScopeKind.Module)
            {
                s.Resolved[name] = NameScope.Free;
                free.Add(name);
            }
            else s.Resolved[name] = NameScope.GlobalImplicit;
        }
        if (s.Kind == ScopeKind.Class && s.ChildUsesClassCell) s.NeedsClassCell = true;

        // Names visible as free variables inside children.
        var childBound = new HashSet<string>(bound);
        if (s.IsFunctionLike)
            foreach (var (name, ns) in s.Resolved)
                if (ns == NameScope.Local || ns == NameScope.Free) childBound.Add(name);
        if (s.Kind == ScopeKind.Class) childBound.Add("__class__");
        if (s.Kind == ScopeKind.Module) childBound.Clear();

        var childFree = new HashSet<string>();
        foreach (var c in s.Children) childFree.UnionWith(Analyze(c, childBound, s));

        foreach (var name in childFree)
        {
            if (s.Kind == ScopeKind.Class && name == "__class__") { s.NeedsClassCell = true; continue; }
            if (s.IsFunctionLike && s.Resolved.TryGetValue(name, out var ns) && ns == NameScope.Local)
                s.Resolved[name] = NameScope.Cell;
            else if (s.Kind != ScopeKind.Module && (!s.Resolved.TryGetValue(name, out var ns2) || ns2 == NameScope.GlobalImplicit || ns2 == NameScope.Free
                     || (s.Kind == ScopeKind.Class)))
            {
                if (s.Kind == ScopeKind.Class && s.Resolved.TryGetValue(name, out var cn) && cn == NameScope.Local)
                {
                    // A class-local name that children see as free passes through to the enclosing function.
                    s.ClassFreeThrough.Add(name);
                }
                else if (s.Kind != ScopeKind.Class) s.Resolved[name] = NameScope.Free;
                else s.ClassFreeThrough.Add(name);
                free.Add(name);
            }
        }
        return free;
    }
}
