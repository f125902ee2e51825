using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>
/// A translated pattern: the .NET regexes (search, anchored at pos, full) and the group table.
/// Immutable and shared by every interpreter through a process-wide cache (it holds no Python object).
/// </summary>
internal sealed class CompiledRegex
{
    /// <summary>A runaway backtracking match stops here instead of hanging the interpreter.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<(string, int, bool), CompiledRegex> Cache = new();
    private const int CacheLimit = 512;

    /// <summary>The engines for subjects without surrogate pairs: the plain translation, fastest.</summary>
    public readonly RegexSet Narrow;
    private RegexSet? _wide;
    private readonly string _pattern;
    private readonly RegexOptions _opts;
    public readonly int Flags, Groups;
    public readonly string?[] GroupNames;
    public readonly Dictionary<string, int> GroupIndex;
    public readonly int[] GroupParents;

    private CompiledRegex(string pattern, int flags, bool isBytes)
    {
        var (net, info) = RegexTranslator.Translate(pattern, (PyReFlags)flags, isBytes, wide: false);
        _pattern = pattern;
        var f = info.Flags;
        if (!isBytes && (f & PyReFlags.Ascii) == 0) f |= PyReFlags.Unicode;
        Flags = (int)f;
        Groups = info.Groups;
        GroupNames = [.. info.GroupNames];
        GroupIndex = info.GroupIndex;
        GroupParents = [.. info.GroupParents];
        var opts = RegexOptions.CultureInvariant;
        if ((f & PyReFlags.IgnoreCase) != 0) opts |= RegexOptions.IgnoreCase;
        if ((f & PyReFlags.Multiline) != 0) opts |= RegexOptions.Multiline;
        if ((f & PyReFlags.DotAll) != 0) opts |= RegexOptions.Singleline;
        _opts = opts;
        Narrow = new RegexSet(net, opts);
    }

    /// <summary>
    /// The engines for a subject: one with surrogate pairs gets the wide translation (built on first
    /// need), where '.', classes and \w/\d/\W/\D/\S take a pair as one character.
    /// </summary>
    public RegexSet For(bool subjectHasPairs)
    {
        if (!subjectHasPairs) return Narrow;
        return _wide ??= new RegexSet(RegexTranslator.Translate(_pattern, (PyReFlags)Flags, false, wide: true).NetPattern, _opts);
    }

    public static CompiledRegex Get(string pattern, int flags, bool isBytes)
    {
        var key = (pattern, flags, isBytes);
        if (Cache.TryGetValue(key, out var c)) return c;
        c = new CompiledRegex(pattern, flags, isBytes);
        if (Cache.Count >= CacheLimit) Cache.Clear();
        Cache[key] = c;
        return c;
    }
}

/// <summary>One translation's three engines: search, anchored at pos (match), whole window (fullmatch).</summary>
internal sealed class RegexSet(string net, RegexOptions opts)
{
    public readonly Regex Search = new(net, opts, CompiledRegex.MatchTimeout);
    public readonly Regex Anchored = new("\\G(?:" + net + ")", opts, CompiledRegex.MatchTimeout);
    public readonly Regex Full = new("\\G(?:" + net + ")\\z", opts, CompiledRegex.MatchTimeout);
}

/// <summary>re.Pattern: a compiled regex plus the source object and the interpreter's `re` module (for re.error).</summary>
internal sealed class PyPattern(CompiledRegex rx, PyObject source, PyModule module) : PyObject(ReTypes.Pattern)
{
    public readonly CompiledRegex Rx = rx;
    public readonly PyObject Source = source;
    public readonly PyModule Module = module;
    public bool IsBytes => Source is PyBytes;
}

/// <summary>
/// re.Match over the subject text (bytes subjects are held as Latin-1 text). The engine reports UTF-16
/// positions; `map` (the subject str, when it has surrogate pairs) turns them into code points.
/// </summary>
internal sealed class PyMatch(PyPattern pattern, Match m, PyObject subject, string text, PyStr? map, int pos, int endPos) : PyObject(ReTypes.Match)
{
    public readonly PyPattern Pattern = pattern;
    public readonly Match M = m;
    public readonly PyObject Subject = subject;
    public readonly string Text = text;
    public readonly int Pos = pos, EndPos = endPos;
    private readonly PyStr? _map = map;

    public PyObject Value(int i, PyObject dflt)
    {
        var g = M.Groups[i];
        return g.Success ? ReText.Make(Text.Substring(g.Index, g.Length), Pattern.IsBytes) : dflt;
    }

    /// <summary>A group named by index or name; IndexError("no such group") otherwise.</summary>
    public int Index(PyObject g)
    {
        if (g is PyStr s)
        {
            if (Pattern.Rx.GroupIndex.TryGetValue(s.Value, out int n)) return n;
        }
        else if (g is PyInt pi && !pi.IsBig && pi.V >= 0 && pi.V <= Pattern.Rx.Groups) return (int)pi.V;
        else if (g is not PyInt && Ops.GetAttrOrNull(g, "__index__") != null)
        {
            var v = Ops.Index(g);
            if (!v.IsBig && v.V >= 0 && v.V <= Pattern.Rx.Groups) return (int)v.V;
        }
        throw PyError.IndexError("no such group");
    }

    public (int Start, int End) Span(int i)
    {
        var g = M.Groups[i];
        if (!g.Success) return (-1, -1);
        return _map == null ? (g.Index, g.Index + g.Length) : (_map.ToCodePoint(g.Index), _map.ToCodePoint(g.Index + g.Length));
    }
}

/// <summary>Conversions between Python subjects (str or bytes-like) and the text the engine matches.</summary>
internal static class ReText
{
    public static PyObject Make(string s, bool bytes) => bytes ? new PyBytes(Encoding.Latin1.GetBytes(s)) : PyStr.From(s);

    public static string Subject(PyPattern p, PyObject o)
    {
        if (o is PyStr s)
        {
            if (p.IsBytes) throw PyError.TypeError("cannot use a bytes pattern on a string-like object");
            return s.Value;
        }
        if (o is PyBytes b)
        {
            if (!p.IsBytes) throw PyError.TypeError("cannot use a string pattern on a bytes-like object");
            return Encoding.Latin1.GetString(b.Span);
        }
        throw PyError.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
    }

    /// <summary>The subject as a code-point map when its positions differ from UTF-16 units (it has pairs); else null.</summary>
    public static PyStr? CodePointMap(PyObject subject) => subject is PyStr s && !s.IsSimple ? s : null;

    public static T Run<T>(Func<T> match)
    {
        try { return match(); }
        catch (RegexMatchTimeoutException)
        {
            throw PyError.Make(Types.TimeoutError,
                $"regular expression match exceeded {CompiledRegex.MatchTimeout.TotalSeconds:0} seconds (catastrophic backtracking)");
        }
    }
}
