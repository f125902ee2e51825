using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>
/// `re`: patterns are translated for .NET's regex engine (RegexTranslator) and run with a match
/// timeout; Pattern/Match are native (ReTypes); flags, re.error and the module functions are a
/// small Python layer.
/// </summary>
internal static class ReModule
{
    public static readonly NativeModuleDef Def = new("re", Exec);

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "_compile", (self, args, kw) =>
        {
            ArgCheck.Count("_compile", args, 2, 2);
            return Compile((PyModule)self, args[0], args[1]);
        });
        ModuleKit.Fn(m, "escape", (self, args, kw) =>
        {
            ArgCheck.Count("escape", args, 1, 1);
            return args[0] switch
            {
                PyStr s => PyStr.From(Escape(s.Value)),
                PyBytes b => ReText.Make(Escape(Encoding.Latin1.GetString(b.Span)), true),
                var o => throw PyError.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'"),
            };
        });
        ModuleKit.Fn(m, "_line_col", ModuleKit.LineCol);
        m.Globals.Set("Pattern", ReTypes.Pattern);
        m.Globals.Set("Match", ReTypes.Match);
        ModuleKit.RunPython(interp, m, PythonPart);
    }

    private static PyObject Compile(PyModule m, PyObject pattern, PyObject flagsObj)
    {
        if (pattern is PyPattern pp)
        {
            if (Ops.IsTrue(flagsObj)) throw PyError.ValueError("cannot process flags argument with a compiled pattern");
            return pp;
        }
        int flags = (int)Ops.Index(flagsObj).ToInt64();
        string src = pattern switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.Latin1.GetString(b.Span),
            _ => throw PyError.TypeError("first argument must be string or compiled pattern"),
        };
        try
        {
            RegexTranslator.CheckFlagCombination((PyReFlags)flags, pattern is PyBytes);
            return new PyPattern(CompiledRegex.Get(src, flags, pattern is PyBytes), pattern, m);
        }
        catch (RegexSyntaxError e) { throw Error(m, e, pattern); }
        catch (ArgumentException e)
        {
            // A construct our translation let through but .NET rejects: still a re.error, not a crash.
            throw Error(m, new RegexSyntaxError(e.Message, 0), pattern);
        }
    }

    public static PyError Error(PyModule m, RegexSyntaxError e, PyObject pattern)
    {
        if (e.Pos < 0) return PyError.ValueError(e.Message);
        var cls = m.Globals.Get("error")!;
        // The translator counts UTF-16 units; Python reports the position in code points.
        int pos = pattern is PyStr ps && e.Pos <= ps.Value.Length ? ps.ToCodePoint(e.Pos) : e.Pos;
        return new PyError((PyBaseException)Ops.Call(cls, PyStr.From(e.Message), pattern, PyInt.From(pos)));
    }

    public static ReTemplate ParseTemplate(PyPattern p, PyObject template)
    {
        string t = template switch
        {
            PyStr s when !p.IsBytes => s.Value,
            PyBytes b when p.IsBytes => Encoding.Latin1.GetString(b.Span),
            _ => throw PyError.TypeError(p.IsBytes ? $"expected a bytes-like object, {template.Type.Name} found" : $"expected str instance, {template.Type.Name} found"),
        };
        try { return ReTemplate.Parse(t, p.Rx); }
        catch (RegexSyntaxError e) { throw Error(p.Module, e, template); }
        catch (ReTemplate.UnknownGroup e) { throw PyError.IndexError($"unknown group name '{e.Message}'"); }
    }

    /// <summary>re.escape: a backslash before each character that is special in a pattern.</summary>
    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private const string PythonPart = """
        class RegexFlag(int):
            __module__ = 're'
            _names = ((2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'), (32, 'UNICODE'),
                      (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'), (1, 'TEMPLATE'))

            @property
            def name(self):
                parts = [n for v, n in RegexFlag._names if self & v]
                return '|'.join(parts) if parts else None

            @property
            def value(self):
                return int(self)

            def __repr__(self):
                v = int(self)
                parts = []
                for bit, n in sorted(RegexFlag._names):
                    if v & bit:
                        parts.append('re.' + n)
                        v &= ~bit
                if v:
                    parts.append(hex(v))
                return '|'.join(parts) if parts else 're.NOFLAG'

            __str__ = __repr__

            def __or__(self, other):
                if not isinstance(other, int):
                    return NotImplemented
                return RegexFlag(int(self) | int(other))

            __ror__ = __or__

            def __and__(self, other):
                if not isinstance(other, int):
                    return NotImplemented
                return RegexFlag(int(self) & int(other))

            __rand__ = __and__

            def __xor__(self, other):
                if not isinstance(other, int):
                    return NotImplemented
                return RegexFlag(int(self) ^ int(other))

            __rxor__ = __xor__

            def __invert__(self):
                return RegexFlag(~int(self) & 511)


        NOFLAG = RegexFlag(0)
        A = ASCII = RegexFlag(256)
        I = IGNORECASE = RegexFlag(2)
        L = LOCALE = RegexFlag(4)
        M = MULTILINE = RegexFlag(8)
        S = DOTALL = RegexFlag(16)
        U = UNICODE = RegexFlag(32)
        X = VERBOSE = RegexFlag(64)
        T = TEMPLATE = RegexFlag(1)
        DEBUG = RegexFlag(128)


        class PatternError(Exception):
            __module__ = 're'

            def __init__(self, msg, pattern=None, pos=None):
                self.msg = msg
                self.pattern = pattern
                self.pos = pos
                if pattern is not None and pos is not None:
                    self.lineno, self.colno, multiline = _line_col(pattern, pos)
                    msg = '%s at position %d' % (msg, pos)
                    if multiline:
                        msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
                else:
                    self.lineno = self.colno = None
                super().__init__(msg)


        error = PatternError


        def compile(pattern, flags=0):
            return _compile(pattern, flags)


        def search(pattern, string, flags=0):
            return _compile(pattern, flags).search(string)


        def match(pattern, string, flags=0):
            return _compile(pattern, flags).match(string)


        def fullmatch(pattern, string, flags=0):
            return _compile(pattern, flags).fullmatch(string)


        def findall(pattern, string, flags=0):
            return _compile(pattern, flags).findall(string)


        def finditer(pattern, string, flags=0):
            return _compile(pattern, flags).finditer(string)


        def sub(pattern, repl, string, count=0, flags=0):
            return _compile(pattern, flags).sub(repl, string, count)


        def subn(pattern, repl, string, count=0, flags=0):
            return _compile(pattern, flags).subn(repl, string, count)


        def split(pattern, string, maxsplit=0, flags=0):
            return _compile(pattern, flags).split(string, maxsplit)


        def purge():
            pass


        __all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
                   'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
                   'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
                   'PatternError']
        """;
}
