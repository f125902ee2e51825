using System.Text;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Diagnostics;

/// <summary>
/// What CPython 3.13 prints for an uncaught exception (Lib/traceback.py without colour): chained
/// exceptions, frames with their source lines, PEP 657 caret lines, repeated-frame folding, notes.
/// </summary>
public static class TracebackFormatter
{
    private const int RecursiveCutoff = 3;

    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>Traceback's _ExceptionPrintContext: exception-group nesting and the seen set.</summary>
    private sealed class Ctx(Interpreter interp)
    {
        public readonly Interpreter Interp = interp;
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;
        public string Indent() => new(' ', 2 * GroupDepth);

        public void Emit(StringBuilder sb, string text, char margin = '|')
        {
            string prefix = Indent() + (GroupDepth > 0 ? margin + " " : "");
            if (prefix.Length == 0) { sb.Append(text); return; }
            int i = 0;
            while (i < text.Length)
            {
                int nl = text.IndexOf('\n', i);
                int end = nl < 0 ? text.Length : nl + 1;
                sb.Append(prefix).Append(text, i, end - i);
                i = end;
            }
        }
    }

    public static string Format(PyBaseException exc, Interpreter interp)
    {
        var sb = new StringBuilder();
        var ctx = new Ctx(interp);
        FormatExc(exc, ctx, sb);
        return sb.ToString();
    }

    private static void FormatExc(PyBaseException exc, Ctx ctx, StringBuilder sb)
    {
        var output = new List<(string? msg, PyBaseException e)>();
        PyBaseException? e = exc;
        while (e != null)
        {
            ctx.Seen.Add(e);
            string? msg = null;
            PyBaseException? next = null;
            if (e.Cause != null && !ctx.Seen.Contains(e.Cause))
            {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = e.Cause;
            }
            else if (e.Cause == null && e.Context != null && !e.SuppressContext && !ctx.Seen.Contains(e.Context))
            {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = e.Context;
            }
            output.Add((msg, e));
            e = next;
        }
        for (int k = output.Count - 1; k >= 0; k--)
        {
            var (msg, x) = output[k];
            if (msg != null) ctx.Emit(sb, msg);
            var members = x.Type.IsSubtypeOf(Types.BaseExceptionGroup) ? ExceptionGroups.Exceptions(x).Items : null;
            if (members == null)
            {
                if (x.Traceback != null)
                {
                    ctx.Emit(sb, "Traceback (most recent call last):\n");
                    var frames = new StringBuilder();
                    FormatFrames(x.Traceback, ctx.Interp, frames);
                    ctx.Emit(sb, frames.ToString());
                }
                ctx.Emit(sb, FormatExceptionOnly(x, ctx.Interp));
            }
            else if (ctx.GroupDepth > MaxGroupDepth)
            {
                ctx.Emit(sb, $"... (max_group_depth is {MaxGroupDepth})\n");
            }
            else
            {
                bool top = ctx.GroupDepth == 0;
                if (top) ctx.GroupDepth++;
                if (x.Traceback != null)
                {
                    ctx.Emit(sb, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                    var frames = new StringBuilder();
                    FormatFrames(x.Traceback, ctx.Interp, frames);
                    ctx.Emit(sb, frames.ToString());
                }
                ctx.Emit(sb, FormatExceptionOnly(x, ctx.Interp));
                int n = members.Length <= MaxGroupWidth ? members.Length : MaxGroupWidth + 1;
                ctx.NeedClose = false;
                for (int i = 0; i < n; i++)
                {
                    bool last = i == n - 1;
                    if (last) ctx.NeedClose = true;
                    bool truncated = i >= MaxGroupWidth;
                    string title = truncated ? "..." : (i + 1).ToString();
                    sb.Append(ctx.Indent()).Append(i == 0 ? "+-" : "  ").Append($"+---------------- {title} ----------------\n");
                    ctx.GroupDepth++;
                    if (!truncated)
                    {
                        if (members[i] is PyBaseException m) FormatExc(m, ctx, sb);
                    }
                    else
                    {
                        int remaining = members.Length - MaxGroupWidth;
                        ctx.Emit(sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                    }
                    if (last && ctx.NeedClose)
                    {
                        sb.Append(ctx.Indent()).Append("+------------------------------------\n");
                        ctx.NeedClose = false;
                    }
                    ctx.GroupDepth--;
                }
                if (top) ctx.GroupDepth = 0;
            }
        }
    }

    public static void FormatFrames(PyTraceback tb, Interpreter interp, StringBuilder sb)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (var t = tb; t != null; t = t.Next)
        {
            // An inlined comprehension (CPython 3.12+) has no frame of its own: the enclosing
            // frame's entry shows the comprehension's position instead.
            string name = t.Frame.Code.Name;
            while (t.Next != null && (t.Next.Frame.Code.Flags & CodeFlags.InlinedComprehension) != 0) t = t.Next;
            var code = t.Frame.Code;
            var pos = t.Lasti >= 0 && t.Lasti < code.Positions.Length ? code.Positions[t.Lasti] : new SourceSpan(code.FirstLine, code.FirstLine, -1, -1);
            int line = pos.Line;
            if (code.FileName == lastFile && line == lastLine && name == lastName)
            {
                count++;
                if (count > RecursiveCutoff) continue;
            }
            else
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = code.FileName; lastLine = line; lastName = name;
                count = 1;
            }
            sb.Append($"  File \"{code.FileName}\", line {(line > 0 ? line.ToString() : "None")}, in {name}\n");
            AppendSource(sb, interp, code, pos);
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
    }

    private static void AppendRepeated(StringBuilder sb, int n) =>
        sb.Append($"  [Previous line repeated {n} more time{(n > 1 ? "s" : "")}]\n");

    private static string[]? SourceLines(Interpreter interp, CodeObject code) =>
        interp.SourceOf(code)?.Replace("\r\n", "\n").Split('\n');

    private static void AppendSource(StringBuilder sb, Interpreter interp, CodeObject code, SourceSpan pos)
    {
        var lines = SourceLines(interp, code);
        if (lines == null || pos.Line < 1 || pos.Line > lines.Length) return;
        if (lines[pos.Line - 1].Trim().Length == 0) return;
        int endLine = Math.Min(Math.Max(pos.EndLine, pos.Line), lines.Length);
        if (pos.Col < 0 || pos.EndCol < 0 || pos.EndLine < pos.Line)
        {
            sb.Append("    ").Append(lines[pos.Line - 1].Trim()).Append('\n');
            return;
        }
        var original = lines[(pos.Line - 1)..endLine];
        var dedented = Dedent(original);
        int dedentChars = original[0].Length - dedented[0].Length;
        int start = Math.Max(0, pos.Col - dedentChars);
        int end = Math.Max(0, pos.EndCol - (original[^1].Length - dedented[^1].Length));
        string segment = string.Join('\n', dedented);
        int segEnd = segment.Length - (dedented[^1].Length - Math.Min(end, dedented[^1].Length));
        segment = start <= segEnd ? segment[start..segEnd] : "";
        var anchors = Anchors.Extract(segment);
        bool showCarets = ShouldShowCarets(start, end, dedented, anchors);
        var significant = new SortedSet<int> { 0, dedented.Length - 1 };
        int leftEnd = 0, rightStart = 0;
        if (anchors is { } a)
        {
            leftEnd = a.LeftEndOffset + (a.LeftEndLine == 0 ? start : 0);
            rightStart = a.RightStartOffset + (a.RightStartLine == 0 ? start : 0);
            for (int k = a.LeftEndLine - 1; k <= a.LeftEndLine + 1; k++) significant.Add(k);
            for (int k = a.RightStartLine - 1; k <= a.RightStartLine + 1; k++) significant.Add(k);
        }
        significant.Remove(-1);
        significant.Remove(dedented.Length);
        var result = new List<string>();
        void Output(int ln)
        {
            result.Add(dedented[ln]);
            if (!showCarets) return;
            string l = dedented[ln];
            int spaces = l.Length - l.TrimStart().Length;
            int n = ln == dedented.Length - 1 ? end : l.Length;
            var c = new StringBuilder();
            for (int col = 0; col < n; col++)
            {
                if (col < spaces || (ln == 0 && col < start)) c.Append(' ');
                else if (anchors is { } an
                         && (ln > an.LeftEndLine || (ln == an.LeftEndLine && col >= leftEnd))
                         && (ln < an.RightStartLine || (ln == an.RightStartLine && col < rightStart)))
                    c.Append('^');
                else c.Append(anchors != null ? '~' : '^');
            }
            result.Add(c.ToString());
        }
        int prev = -1;
        foreach (var ln in significant)
        {
            if (prev >= 0)
            {
                int diff = ln - prev;
                if (diff == 2) Output(ln - 1);
                else if (diff > 2) result.Add($"...<{diff - 1} lines>...");
            }
            Output(ln);
            prev = ln;
        }
        foreach (var r in DedentAll(result)) sb.Append("    ").Append(r).Append('\n');
    }

    private static bool ShouldShowCarets(int start, int end, string[] lines, Anchors.Result? anchors)
    {
        try
        {
            var tree = PythonParser.ParseModule(string.Join('\n', lines), "<traceback>");
            if (tree.Body.Count == 0) return false;
            Expr? value = null;
            switch (tree.Body[0])
            {
                case Return { Value: Call { Func: Name } rc }: value = rc; break;
                case Assign { Value: Call { Func: Name } ac } asg when asg.Targets.Count == 1 && asg.Targets[0] is Name: value = ac; break;
            }
            if (value != null && value.Line == 1 && value.EndLine == lines.Length && value.Col == start && value.EndCol == end)
                return false;
        }
        catch (Exception e) when (e is SyntaxErrorException or PyError or IndexOutOfRangeException or ArgumentException)
        {
            // Formatting a traceback never fails: an unparsable segment just gets no caret analysis.
        }
        if (anchors != null) return true;
        return lines[0][..Math.Min(start, lines[0].Length)].TrimStart().Length > 0
               || (end < lines[^1].Length && lines[^1][end..].TrimEnd().Length > 0);
    }

    /// <summary>textwrap.dedent: removes the common leading whitespace; blank lines become empty.</summary>
    private static string[] Dedent(string[] lines)
    {
        string? margin = null;
        foreach (var l in lines)
        {
            if (l.Trim().Length == 0) continue;
            string ws = l[..(l.Length - l.TrimStart(' ', '\t').Length)];
            if (margin == null) margin = ws;
            else
            {
                int k = 0;
                while (k < margin.Length && k < ws.Length && margin[k] == ws[k]) k++;
                margin = margin[..k];
            }
        }
        margin ??= "";
        return lines.Select(l => l.Trim().Length == 0 ? "" : l[margin.Length..]).ToArray();
    }

    private static IEnumerable<string> DedentAll(List<string> lines) => Dedent([.. lines]);

    /// <summary>The final `Type: message` line(s), with notes; SyntaxErrors get their own block.</summary>
    public static string FormatExceptionOnly(PyBaseException exc, Interpreter interp)
    {
        var type = exc.Type;
        string mod = type.ModuleName;
        string stype = mod is "__main__" or "builtins" ? type.QualName : mod + "." + type.QualName;
        var sb = new StringBuilder();
        if (type.IsSubtypeOf(Types.SyntaxError))
        {
            sb.Append(FormatSyntaxError(exc, stype));
        }
        else
        {
            string msg = SafeStr(exc);
            msg += Suggestions.For(exc, interp);
            sb.Append(msg.Length == 0 ? stype : stype + ": " + msg).Append('\n');
        }
        if (exc.GetAttrDict("__notes__") is { } notes)
        {
            if (notes is PyList or PyTuple)
                foreach (var n in Ops.ToList(notes))
                    sb.Append(n is PyStr ns ? ns.Value : SafeRepr(n)).Append('\n');
            else sb.Append(SafeRepr(notes)).Append('\n');
        }
        return sb.ToString();
    }

    private static string FormatSyntaxError(PyBaseException exc, string stype)
    {
        string? Str(string n) => Ops.GetAttrOrNull(exc, n) is PyStr s ? s.Value : null;
        int? Int(string n) => Ops.GetAttrOrNull(exc, n) is PyInt i ? (int)i.V : null;
        string? msg = Ops.GetAttrOrNull(exc, "msg") is { } m && m != Py.None ? Ops.StrString(m) : SafeStr(exc);
        return SyntaxErrorFormat.Format(stype, msg, Str("filename"), Int("lineno"), Int("offset"), Int("end_lineno"), Int("end_offset"), Str("text"));
    }

    private static string SafeStr(PyBaseException e)
    {
        try { return Ops.StrString(e); }
        catch (PyError) { return $"<exception str() failed>"; }
    }

    private static string SafeRepr(PyObject o)
    {
        try { return Ops.ReprString(o); }
        catch (PyError) { return "<note repr() failed>"; }
    }
}

/// <summary>CPython's caret anchors: where a BinOp's operator, a Subscript's `[`, or a Call's `(` starts.</summary>
internal static class Anchors
{
    public readonly record struct Result(int LeftEndLine, int LeftEndOffset, int RightStartLine, int RightStartOffset);

    public static Result? Extract(string segment)
    {
        ModuleAst tree;
        try { tree = PythonParser.ParseModule("(\n" + segment + "\n)", "<anchors>"); }
        catch (Exception e) when (e is SyntaxErrorException or PyError or IndexOutOfRangeException or ArgumentException) { return null; }
        if (tree.Body.Count != 1 || tree.Body[0] is not ExprStmt es) return null;
        var lines = segment.Split('\n');
        (int, int) NextValid(int ln, int col)
        {
            while (true)
            {
                if (ln >= lines.Length) return (ln, col);
                if (col >= lines[ln].Length) { ln++; col = 0; continue; }
                char ch = lines[ln][col];
                if (ch == '\\' || char.IsWhiteSpace(ch)) { col++; continue; }
                if (ch == '#') { ln++; col = 0; continue; }
                return (ln, col);
            }
        }
        (int, int) Increment(int ln, int col)
        {
            col++;
            if (col >= lines[ln].Length) { ln++; col = 0; }
            return (ln, col);
        }
        try
        {
            switch (es.Value)
            {
                case BinOp b:
                {
                    int ln = b.Left.EndLine - 2, col = b.Left.EndCol;
                    (ln, col) = NextValid(ln, col);
                    while (lines[ln][col] == ')')
                    {
                        (ln, col) = Increment(ln, col);
                        (ln, col) = NextValid(ln, col);
                    }
                    int right = col + 1;
                    if (right < lines[ln].Length
                        && (b.Right.Line - 2 > ln || right < b.Right.Col)
                        && !char.IsWhiteSpace(lines[ln][right]) && lines[ln][right] is not '\\' and not '#')
                        right++;
                    return new Result(ln, col, ln, right);
                }
                case Subscript s:
                {
                    int ln = s.Value.EndLine - 2, col = s.Value.EndCol;
                    (ln, col) = NextValid(ln, col);
                    while (lines[ln][col] != '[')
                    {
                        (ln, col) = Increment(ln, col);
                        (ln, col) = NextValid(ln, col);
                    }
                    return new Result(ln, col, s.EndLine - 2, s.EndCol);
                }
                case Call c:
                {
                    int ln = c.Func.EndLine - 2, col = c.Func.EndCol;
                    (ln, col) = NextValid(ln, col);
                    while (lines[ln][col] != '(')
                    {
                        (ln, col) = Increment(ln, col);
                        (ln, col) = NextValid(ln, col);
                    }
                    return new Result(ln, col, c.EndLine - 2, c.EndCol);
                }
            }
        }
        catch (IndexOutOfRangeException) { }
        catch (ArgumentOutOfRangeException) { }
        return null;
    }
}
