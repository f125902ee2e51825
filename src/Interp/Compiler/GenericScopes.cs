using System.Runtime.CompilerServices;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Compiler;

/// <summary>
/// PEP 695 by rewriting: `def f[T](...)`, `class C[T]` and `type X[T] = V` run inside a synthetic
/// function "&lt;generic parameters of NAME&gt;" whose parameters are the type parameters, as CPython's
/// annotation scope does: the definition (or, for aliases, `((T, ...), lambda: V)`) is made inside it,
/// so the type parameters are closure variables of everything that mentions them. Bounds and
/// constraints become lambdas evaluated lazily. The synthetic nodes are cached per statement so the
/// symbol table and the code generator see the same objects.
/// </summary>
internal static class GenericScopes
{
    private static readonly ConditionalWeakTable<Stmt, FunctionDef> Wrappers = new();
    private static readonly ConditionalWeakTable<TypeParam, Lambda> Bounds = new();
    private static readonly ConditionalWeakTable<TypeParam, Lambda> Defaults = new();

    public static List<TypeParam> ParamsOf(Stmt s) => s switch
    {
        FunctionDef fd => fd.TypeParams,
        ClassDef cd => cd.TypeParams,
        TypeAlias ta => ta.TypeParams,
        _ => [],
    };

    public static string NameOf(Stmt s) => s switch
    {
        FunctionDef fd => fd.Name,
        ClassDef cd => cd.Name,
        TypeAlias ta => ta.Name.Id,
        _ => throw new InvalidOperationException(),
    };

    public static string ParamName(TypeParam p) => p switch
    {
        TypeVarParam v => v.Name,
        ParamSpecParam ps => ps.Name,
        TypeVarTupleParam vt => vt.Name,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>`lambda: bound` (or the constraints tuple) for a TypeVar with one, else null.</summary>
    public static Lambda? BoundOf(TypeParam p) =>
        p is TypeVarParam { Bound: { } b } ? Bounds.GetValue(p, _ => At(new Lambda(NoArgs(), b), b)) : null;

    /// <summary>`lambda: default` for a parameter with a PEP 696 default, else null (`*Ts=*X` unpacks X: `[*X][0]`).</summary>
    public static Lambda? DefaultOf(TypeParam p) => DefaultValue(p) is { } d
        ? Defaults.GetValue(p, _ => At(new Lambda(NoArgs(), d is Starred st
            ? At(new Subscript(At(new ListExpr([st], ExprContext.Load), d), At(new Constant(0L), d), ExprContext.Load), d)
            : d), d))
        : null;

    private static Expr? DefaultValue(TypeParam p) => p switch
    {
        TypeVarParam v => v.DefaultValue,
        ParamSpecParam ps => ps.DefaultValue,
        TypeVarTupleParam vt => vt.DefaultValue,
        _ => null,
    };

    public static FunctionDef WrapperOf(Stmt s) => Wrappers.GetValue(s, Build);

    private static FunctionDef Build(Stmt s)
    {
        var names = ParamsOf(s).Select(p => At(new Arg(ParamName(p), null), p)).ToList();
        Expr ParamTuple() => At(new TupleExpr(names.Select(a => (Expr)At(new Name(a.Name, ExprContext.Load), a)).ToList(), ExprContext.Load), s);
        List<Stmt> body;
        switch (s)
        {
            case FunctionDef fd:
                // `f.__type_params__ = (T, ...)`, then the function is the scope's result.
                var typeParams = At(new Syntax.Attribute(At(new Name(fd.Name, ExprContext.Load), fd), "__type_params__", ExprContext.Store), fd);
                body = [At(new FunctionDef(fd.Name, fd.Args, fd.Body, [], fd.Returns, [], fd.IsAsync), fd),
                    At(new Assign([typeParams], ParamTuple()), fd), ReturnName(fd.Name, fd)];
                break;
            case ClassDef cd:
            {
                // The class body records its parameters in `__type_params__` (after any docstring).
                var inner = new List<Stmt>(cd.Body);
                int at = inner.Count > 0 && inner[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
                inner.Insert(at, At(new Assign([At(new Name("__type_params__", ExprContext.Store), cd)], ParamTuple()), cd));
                // As CPython's intrinsic SUBSCRIPT_GENERIC: the class also inherits typing.Generic[T, ...].
                var typing = At(new Call(At(new Name("__import__", ExprContext.Load), cd), [At(new Constant("typing"), cd)], []), cd);
                var generic = At(new Syntax.Attribute(typing, "Generic", ExprContext.Load), cd);
                var bases = new List<Expr>(cd.Bases) { At(new Subscript(generic, ParamTuple(), ExprContext.Load), cd) };
                body = [At(new ClassDef(cd.Name, bases, cd.Keywords, inner, [], []), cd), ReturnName(cd.Name, cd)];
                break;
            }
            case TypeAlias ta:
                var value = At(new Lambda(NoArgs(), ta.Value), ta.Value);
                body = [At(new Return(At(new TupleExpr([ParamTuple(), value], ExprContext.Load), ta)), ta)];
                break;
            default: throw new InvalidOperationException();
        }
        var args = new Arguments([], names, null, [], [], null, []);
        return At(new FunctionDef($"<generic parameters of {NameOf(s)}>", args, body, [], null, [], false), s);
    }

    private static Return ReturnName(string name, Node at) => At(new Return(At(new Name(name, ExprContext.Load), at)), at);
    private static Arguments NoArgs() => new([], [], null, [], [], null, []);
    private static T At<T>(T node, Node from) where T : Node => node.At<T>(from.Line, from.Col, from.EndLine, from.EndCol);
}
