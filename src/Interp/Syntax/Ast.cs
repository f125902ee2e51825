namespace GilGrid.Interp.Syntax;

// The abstract syntax tree, shaped after CPython 3.13's `ast` module (Parser/Python.asdl): the same
// node kinds and fields, so that the compiler can follow CPython's codegen case by case.
// Positions: 1-based lines, 0-based columns counted in characters (CPython counts UTF-8 bytes in
// the AST but reports characters in tracebacks; we keep characters everywhere).

public abstract class Node
{
    public int Line { get; set; }
    public int Col { get; set; }
    public int EndLine { get; set; }
    public int EndCol { get; set; }

    public T At<T>(int line, int col, int endLine, int endCol) where T : Node
    {
        Line = line; Col = col; EndLine = endLine; EndCol = endCol;
        return (T)this;
    }
}

// ---- modules -------------------------------------------------------------------------------
public abstract class ModuleNode : Node { }
/// <summary>A file or `exec` string.</summary>
public sealed class ModuleAst(List<Stmt> body) : ModuleNode { public List<Stmt> Body { get; } = body; }
/// <summary>An `eval` string: one expression.</summary>
public sealed class ExpressionAst(Expr body) : ModuleNode { public Expr Body { get; } = body; }
/// <summary>A REPL line: statements whose expression values are echoed.</summary>
public sealed class InteractiveAst(List<Stmt> body) : ModuleNode { public List<Stmt> Body { get; } = body; }

// ---- statements ----------------------------------------------------------------------------
public abstract class Stmt : Node { }

public sealed class FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decorators,
    Expr? returns, List<TypeParam> typeParams, bool isAsync) : Stmt
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public List<Stmt> Body { get; } = body;
    public List<Expr> Decorators { get; } = decorators;
    public Expr? Returns { get; } = returns;
    public List<TypeParam> TypeParams { get; } = typeParams;
    public bool IsAsync { get; } = isAsync;
}

public sealed class ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
    List<Expr> decorators, List<TypeParam> typeParams) : Stmt
{
    public string Name { get; } = name;
    public List<Expr> Bases { get; } = bases;
    public List<Keyword> Keywords { get; } = keywords;
    public List<Stmt> Body { get; } = body;
    public List<Expr> Decorators { get; } = decorators;
    public List<TypeParam> TypeParams { get; } = typeParams;
}

public sealed class Return(Expr? value) : Stmt { public Expr? Value { get; } = value; }
public sealed class Delete(List<Expr> targets) : Stmt { public List<Expr> Targets { get; } = targets; }
/// <summary>`a = b = value`: Targets holds a and b.</summary>
public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets { get; } = targets;
    public Expr Value { get; } = value;
}
public sealed class TypeAlias(Name name, List<TypeParam> typeParams, Expr value) : Stmt
{
    public Name Name { get; } = name;
    public List<TypeParam> TypeParams { get; } = typeParams;
    public Expr Value { get; } = value;
}
public sealed class AugAssign(Expr target, BinOpKind op, Expr value) : Stmt
{
    public Expr Target { get; } = target;
    public BinOpKind Op { get; } = op;
    public Expr Value { get; } = value;
}
/// <summary>`x: int = 1`. Simple is true for a bare name target not in parentheses.</summary>
public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Annotation { get; } = annotation;
    public Expr? Value { get; } = value;
    public bool Simple { get; } = simple;
}
public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, bool isAsync) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
    public bool IsAsync { get; } = isAsync;
}
public sealed class While(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test { get; } = test;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
}
/// <summary>`elif` is an If nested alone in OrElse, as in CPython.</summary>
public sealed class If(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test { get; } = test;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
}
public sealed class With(List<WithItem> items, List<Stmt> body, bool isAsync) : Stmt
{
    public List<WithItem> Items { get; } = items;
    public List<Stmt> Body { get; } = body;
    public bool IsAsync { get; } = isAsync;
}
public sealed class Match(Expr subject, List<MatchCase> cases) : Stmt
{
    public Expr Subject { get; } = subject;
    public List<MatchCase> Cases { get; } = cases;
}
public sealed class Raise(Expr? exc, Expr? cause) : Stmt
{
    public Expr? Exc { get; } = exc;
    public Expr? Cause { get; } = cause;
}
/// <summary>`try` and `try`/`except*` (IsStar).</summary>
public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody,
    bool isStar) : Stmt
{
    public List<Stmt> Body { get; } = body;
    public List<ExceptHandler> Handlers { get; } = handlers;
    public List<Stmt> OrElse { get; } = orElse;
    public List<Stmt> FinalBody { get; } = finalBody;
    public bool IsStar { get; } = isStar;
}
public sealed class Assert(Expr test, Expr? msg) : Stmt
{
    public Expr Test { get; } = test;
    public Expr? Msg { get; } = msg;
}
public sealed class Import(List<Alias> names) : Stmt { public List<Alias> Names { get; } = names; }
/// <summary>`from ..pkg.mod import a as b`: Module "pkg.mod" (null for `from . import x`), Level 2.</summary>
public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module { get; } = module;
    public List<Alias> Names { get; } = names;
    public int Level { get; } = level;
}
public sealed class Global(List<string> names) : Stmt { public List<string> Names { get; } = names; }
public sealed class Nonlocal(List<string> names) : Stmt { public List<string> Names { get; } = names; }
public sealed class ExprStmt(Expr value) : Stmt { public Expr Value { get; } = value; }
public sealed class Pass : Stmt { }
public sealed class Break : Stmt { }
public sealed class Continue : Stmt { }

// ---- expressions ---------------------------------------------------------------------------
public enum ExprContext { Load, Store, Del }

public abstract class Expr : Node { }

public enum BoolOpKind { And, Or }
public enum BinOpKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
public enum UnaryOpKind { Invert, Not, UAdd, USub }
public enum CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public sealed class BoolOp(BoolOpKind op, List<Expr> values) : Expr
{
    public BoolOpKind Op { get; } = op;
    public List<Expr> Values { get; } = values;
}
public sealed class NamedExpr(Name target, Expr value) : Expr
{
    public Name Target { get; } = target;
    public Expr Value { get; } = value;
}
public sealed class BinOp(Expr left, BinOpKind op, Expr right) : Expr
{
    public Expr Left { get; } = left;
    public BinOpKind Op { get; } = op;
    public Expr Right { get; } = right;
}
public sealed class UnaryOp(UnaryOpKind op, Expr operand) : Expr
{
    public UnaryOpKind Op { get; } = op;
    public Expr Operand { get; } = operand;
}
public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args { get; } = args;
    public Expr Body { get; } = body;
}
public sealed class IfExp(Expr test, Expr body, Expr orElse) : Expr
{
    public Expr Test { get; } = test;
    public Expr Body { get; } = body;
    public Expr OrElse { get; } = orElse;
}
/// <summary>A dict display. A null key marks `**mapping` unpacking of the matching value.</summary>
public sealed class DictExpr(List<Expr?> keys, List<Expr> values) : Expr
{
    public List<Expr?> Keys { get; } = keys;
    public List<Expr> Values { get; } = values;
}
public sealed class SetExpr(List<Expr> elts) : Expr { public List<Expr> Elts { get; } = elts; }
public sealed class ListComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; } = elt;
    public List<Comprehension> Generators { get; } = generators;
}
public sealed class SetComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; } = elt;
    public List<Comprehension> Generators { get; } = generators;
}
public sealed class DictComp(Expr key, Expr value, List<Comprehension> generators) : Expr
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
    public List<Comprehension> Generators { get; } = generators;
}
public sealed class GeneratorExp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; } = elt;
    public List<Comprehension> Generators { get; } = generators;
}
public sealed class Await(Expr value) : Expr { public Expr Value { get; } = value; }
public sealed class Yield(Expr? value) : Expr { public Expr? Value { get; } = value; }
public sealed class YieldFrom(Expr value) : Expr { public Expr Value { get; } = value; }
/// <summary>`a < b < c`: Left a, Ops [Lt, Lt], Comparators [b, c].</summary>
public sealed class Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators) : Expr
{
    public Expr Left { get; } = left;
    public List<CmpOpKind> Ops { get; } = ops;
    public List<Expr> Comparators { get; } = comparators;
}
public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func { get; } = func;
    /// <summary>Positional arguments; `*x` appears as a Starred element.</summary>
    public List<Expr> Args { get; } = args;
    /// <summary>Keyword arguments; `**x` appears as a Keyword with a null Arg.</summary>
    public List<Keyword> Keywords { get; } = keywords;
}
/// <summary>One `{value!conv:spec}` of an f-string. Conversion is -1 (none), 's', 'r' or 'a'.</summary>
public sealed class FormattedValue(Expr value, int conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value { get; } = value;
    public int Conversion { get; } = conversion;
    public JoinedStr? FormatSpec { get; } = formatSpec;
}
/// <summary>An f-string: Constant str parts and FormattedValue parts.</summary>
public sealed class JoinedStr(List<Expr> values) : Expr { public List<Expr> Values { get; } = values; }

/// <summary>
/// A literal. Value is one of: null (None), bool, System.Numerics.BigInteger or long (int),
/// double (float), ComplexLiteral (imaginary), string (str), byte[] (bytes), EllipsisLiteral.
/// </summary>
public sealed class Constant(object? value) : Expr
{
    public object? Value { get; } = value;
    /// <summary>"u" for a `u"..."` literal (kept by CPython's ast), else null.</summary>
    public string? Kind { get; set; }
}
public sealed class EllipsisLiteral { public static readonly EllipsisLiteral Instance = new(); private EllipsisLiteral() { } }
/// <summary>The literal `3j`: real part 0, imaginary part Imag.</summary>
public sealed record ComplexLiteral(double Imag);

public sealed class Attribute(Expr value, string attr, ExprContext ctx) : Expr
{
    public Expr Value { get; } = value;
    public string Attr { get; } = attr;
    public ExprContext Ctx { get; set; } = ctx;
}
public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr
{
    public Expr Value { get; } = value;
    /// <summary>An expression, a Slice, or a Tuple of them for `a[1:2, 3]`.</summary>
    public Expr Slice { get; } = slice;
    public ExprContext Ctx { get; set; } = ctx;
}
public sealed class Starred(Expr value, ExprContext ctx) : Expr
{
    public Expr Value { get; } = value;
    public ExprContext Ctx { get; set; } = ctx;
}
public sealed class Name(string id, ExprContext ctx) : Expr
{
    public string Id { get; } = id;
    public ExprContext Ctx { get; set; } = ctx;
}
public sealed class ListExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts { get; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
}
public sealed class TupleExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts { get; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
}
/// <summary>`lower:upper:step` inside a subscript.</summary>
public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower { get; } = lower;
    public Expr? Upper { get; } = upper;
    public Expr? Step { get; } = step;
}

// ---- helpers -------------------------------------------------------------------------------
public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs, bool isAsync)
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public List<Expr> Ifs { get; } = ifs;
    public bool IsAsync { get; } = isAsync;
}

/// <summary>`except T as name:`. Type is null for a bare `except:`.</summary>
public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type { get; } = type;
    public string? Name { get; } = name;
    public List<Stmt> Body { get; } = body;
}

/// <summary>
/// A parameter list. Defaults align with the last positional parameters (PosOnlyArgs then Args);
/// KwDefaults align one-to-one with KwOnlyArgs, null where a keyword-only parameter has none.
/// </summary>
public sealed class Arguments(List<Arg> posOnlyArgs, List<Arg> args, Arg? varArg, List<Arg> kwOnlyArgs,
    List<Expr?> kwDefaults, Arg? kwArg, List<Expr> defaults)
{
    public List<Arg> PosOnlyArgs { get; } = posOnlyArgs;
    public List<Arg> Args { get; } = args;
    public Arg? VarArg { get; } = varArg;
    public List<Arg> KwOnlyArgs { get; } = kwOnlyArgs;
    public List<Expr?> KwDefaults { get; } = kwDefaults;
    public Arg? KwArg { get; } = kwArg;
    public List<Expr> Defaults { get; } = defaults;

    public static Arguments Empty() => new([], [], null, [], [], null, []);
}

public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name { get; } = name;
    public Expr? Annotation { get; } = annotation;
}

/// <summary>`name=value` in a call or class header; Arg null means `**value`.</summary>
public sealed class Keyword(string? arg, Expr value) : Node
{
    public string? Arg { get; } = arg;
    public Expr Value { get; } = value;
}

/// <summary>`import a.b as c`: Name "a.b", AsName "c". `from m import *` has Name "*".</summary>
public sealed class Alias(string name, string? asName) : Node
{
    public string Name { get; } = name;
    public string? AsName { get; } = asName;
}

public sealed class WithItem(Expr contextExpr, Expr? optionalVars)
{
    public Expr ContextExpr { get; } = contextExpr;
    public Expr? OptionalVars { get; } = optionalVars;
}

public sealed class MatchCase(Pattern pattern, Expr? guard, List<Stmt> body)
{
    public Pattern Pattern { get; } = pattern;
    public Expr? Guard { get; } = guard;
    public List<Stmt> Body { get; } = body;
}

// ---- patterns (match statement) ------------------------------------------------------------
public abstract class Pattern : Node { }
/// <summary>A literal or dotted value pattern: `1`, `"s"`, `-1`, `1+2j`, `Color.RED`.</summary>
public sealed class MatchValue(Expr value) : Pattern { public Expr Value { get; } = value; }
/// <summary>`None`, `True`, `False` (compared by identity). Value is null, true or false.</summary>
public sealed class MatchSingleton(object? value) : Pattern { public object? Value { get; } = value; }
public sealed class MatchSequence(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns { get; } = patterns; }
public sealed class MatchMapping(List<Expr> keys, List<Pattern> patterns, string? rest) : Pattern
{
    public List<Expr> Keys { get; } = keys;
    public List<Pattern> Patterns { get; } = patterns;
    public string? Rest { get; } = rest;
}
public sealed class MatchClass(Expr cls, List<Pattern> patterns, List<string> kwdAttrs, List<Pattern> kwdPatterns) : Pattern
{
    public Expr Cls { get; } = cls;
    public List<Pattern> Patterns { get; } = patterns;
    public List<string> KwdAttrs { get; } = kwdAttrs;
    public List<Pattern> KwdPatterns { get; } = kwdPatterns;
}
/// <summary>`*rest` in a sequence pattern; Name null for `*_`.</summary>
public sealed class MatchStar(string? name) : Pattern { public string? Name { get; } = name; }
/// <summary>`p as name`, a bare capture `name` (Pattern null), or the wildcard `_` (both null).</summary>
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern
{
    public Pattern? Pattern { get; } = pattern;
    public string? Name { get; } = name;
}
public sealed class MatchOr(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns { get; } = patterns; }

// ---- type parameters (PEP 695) -------------------------------------------------------------
public abstract class TypeParam : Node { }
public sealed class TypeVarParam(string name, Expr? bound, Expr? defaultValue) : TypeParam
{
    public string Name { get; } = name;
    public Expr? Bound { get; } = bound;
    public Expr? DefaultValue { get; } = defaultValue;
}
public sealed class ParamSpecParam(string name, Expr? defaultValue) : TypeParam
{
    public string Name { get; } = name;
    public Expr? DefaultValue { get; } = defaultValue;
}
public sealed class TypeVarTupleParam(string name, Expr? defaultValue) : TypeParam
{
    public string Name { get; } = name;
    public Expr? DefaultValue { get; } = defaultValue;
}
