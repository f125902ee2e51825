using GilGrid.Interp.Syntax.Lexing;

namespace GilGrid.Interp.Syntax.Parsing;

// Parameter lists of `def` and `lambda`, and PEP 695 type parameters.
internal sealed partial class Parser
{
    private Arguments Parameters(string close, bool allowAnnotations)
    {
        List<Arg> posOnly = [], args = [], kwOnly = [];
        List<Expr?> kwDefaults = [];
        List<Expr> defaults = [];
        Arg? varArg = null, kwArg = null;
        bool seenStar = false, seenSlash = false;
        Token? bareStar = null;
        while (!AtOp(close))
        {
            var start = Cur;
            if (TryOp("/"))
            {
                if (seenSlash) throw ErrorAt(start, "/ may appear only once");
                if (seenStar) throw ErrorAt(start, "/ must be ahead of *");
                if (args.Count == 0)
                    throw ErrorAt(start, AtOp(",") ? "at least one argument must precede /" : "invalid syntax");
                posOnly.AddRange(args);
                args.Clear();
                seenSlash = true;
            }
            else if (TryOp("*"))
            {
                if (seenStar) throw ErrorAt(start, "* argument may appear only once");
                seenStar = true;
                if (AtOp(",") || AtOp(close)) bareStar = start;
                else
                {
                    varArg = Param(allowAnnotations, starAnnotation: true);
                    if (AtOp("=")) throw ErrorAt(Cur, "var-positional argument cannot have default value");
                }
            }
            else if (TryOp("**"))
            {
                kwArg = Param(allowAnnotations, starAnnotation: false);
                if (AtOp("=")) throw ErrorAt(Cur, "var-keyword argument cannot have default value");
                if (TryOp(",") && !AtOp(close)) throw ErrorAt(Cur, "arguments cannot follow var-keyword argument");
                break;
            }
            else
            {
                var a = Param(allowAnnotations, starAnnotation: false);
                Expr? dflt = TryOp("=") ? Expression() : null;
                if (seenStar)
                {
                    kwOnly.Add(a);
                    kwDefaults.Add(dflt);
                }
                else
                {
                    if (dflt != null) defaults.Add(dflt);
                    else if (defaults.Count > 0)
                        throw ErrorAt(a, "parameter without a default follows parameter with a default");
                    args.Add(a);
                }
            }
            if (!TryOp(",")) break;
        }
        if (bareStar != null && kwOnly.Count == 0)
            throw ErrorAt(bareStar.Value, "named arguments must follow bare *");
        return new Arguments(posOnly, args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    private Arg Param(bool allowAnnotations, bool starAnnotation)
    {
        var n = ExpectIdentifier();
        Expr? annotation = null;
        if (allowAnnotations && TryOp(":")) annotation = starAnnotation ? StarExpression() : Expression();
        return Fin(new Arg(n.Text, annotation), n);
    }

    private List<TypeParam> TypeParams()
    {
        var open = Next();
        var list = new List<TypeParam>();
        do
        {
            if (AtOp("]")) break;
            var start = Cur;
            if (TryOp("*"))
            {
                var n = ExpectIdentifier();
                if (AtOp(":")) throw ErrorAt(Cur, "cannot use bound with TypeVarTuple");
                var d = TryOp("=") ? StarExpression() : null;
                list.Add(Fin(new TypeVarTupleParam(n.Text, d), start));
            }
            else if (TryOp("**"))
            {
                var n = ExpectIdentifier();
                if (AtOp(":")) throw ErrorAt(Cur, "cannot use bound with ParamSpec");
                var d = TryOp("=") ? Expression() : null;
                list.Add(Fin(new ParamSpecParam(n.Text, d), start));
            }
            else
            {
                var n = ExpectIdentifier();
                var bound = TryOp(":") ? Expression() : null;
                var d = TryOp("=") ? Expression() : null;
                list.Add(Fin(new TypeVarParam(n.Text, bound, d), start));
            }
        } while (TryOp(","));
        if (list.Count == 0) throw Invalid();
        ExpectClose("]", null);
        _ = open;
        return list;
    }
}
