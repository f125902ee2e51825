using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>A bad pattern: re.error's message and the position in the Python pattern.</summary>
internal sealed class RegexSyntaxError(string message, int pos) : Exception(message)
{
    public readonly int Pos = pos;
}

/// <summary>Python's flag bits (re.IGNORECASE ...), as CPython numbers them.</summary>
[Flags]
internal enum PyReFlags
{
    None = 0, Template = 1, IgnoreCase = 2, Locale = 4, Multiline = 8, DotAll = 16, Unicode = 32, Verbose = 64,
    Debug = 128, Ascii = 256,
}

/// <summary>
/// Validates a Python regular expression (with CPython's re.error messages and positions) and
/// rewrites it for .NET's engine: every capturing group becomes an explicitly numbered group so that
/// numbering follows Python's left-to-right order (.NET numbers named groups last), VERBOSE is
/// applied here, ASCII/bytes semantics become explicit classes, and Python-only syntax
/// ((?P&lt;n&gt;), (?P=n), \Z, {,n}, possessive quantifiers, \U, \N{}) is spelled the .NET way.
/// </summary>
internal sealed partial class RegexTranslator
{
    private readonly string _p;
    private readonly bool _bytes;
    private int _i;
    private readonly StringBuilder _o = new();
    private bool _verbose, _ascii;
    /// <summary>Translating for subjects with surrogate pairs (see CompiledRegex.For).</summary>
    private readonly bool _wide;
    public PyReFlags Flags;
    /// <summary>Group names by number (index 0 unused); null for unnamed groups.</summary>
    public readonly List<string?> GroupNames = [null];
    public readonly Dictionary<string, int> GroupIndex = new();
    /// <summary>The enclosing group of each group (0 for none): Match.lastindex needs nesting.</summary>
    public readonly List<int> GroupParents = [0];
    private readonly HashSet<int> _open = [];
    private readonly Stack<int> _openStack = new();

    private RegexTranslator(string pattern, PyReFlags flags, bool isBytes, bool wide)
    {
        _p = pattern;
        _bytes = isBytes;
        _wide = wide && !isBytes;
        Flags = flags;
    }

    public int Groups => GroupNames.Count - 1;

    public static (string NetPattern, RegexTranslator Info) Translate(string pattern, PyReFlags flags, bool isBytes, bool wide)
    {
        var t = new RegexTranslator(pattern, flags, isBytes, wide);
        t.ReadGlobalFlags();
        t._verbose = (t.Flags & PyReFlags.Verbose) != 0;
        t._ascii = (t.Flags & PyReFlags.Ascii) != 0 || isBytes;
        t.Alternation();
        if (t._i < t._p.Length)
            throw new RegexSyntaxError("unbalanced parenthesis", t._i);
        // A search never starts between the two halves of a pair (that is not a character boundary).
        return (t._wide ? NotMidPair + "(?:" + t._o + ")" : t._o.ToString(), t);
    }

    // ---- flags -------------------------------------------------------------------------

    private static PyReFlags FlagOf(char c) => c switch
    {
        'i' => PyReFlags.IgnoreCase, 'L' => PyReFlags.Locale, 'm' => PyReFlags.Multiline, 's' => PyReFlags.DotAll,
        'u' => PyReFlags.Unicode, 'x' => PyReFlags.Verbose, 'a' => PyReFlags.Ascii, _ => PyReFlags.None,
    };

    /// <summary>Leading `(?aiLmsux)` groups set flags for the whole pattern (VERBOSE must be known before parsing).</summary>
    private void ReadGlobalFlags()
    {
        int j = 0;
        while (j + 2 < _p.Length && _p[j] == '(' && _p[j + 1] == '?')
        {
            int k = j + 2;
            var f = PyReFlags.None;
            while (k < _p.Length && FlagOf(_p[k]) != PyReFlags.None) f |= FlagOf(_p[k++]);
            if (k == j + 2 || k >= _p.Length || _p[k] != ')') break;
            Flags |= f;
            j = k + 1;
        }
        CheckFlagCombination(Flags, _bytes);
    }

    public static void CheckFlagCombination(PyReFlags f, bool isBytes)
    {
        if (isBytes && (f & PyReFlags.Unicode) != 0) throw new RegexSyntaxError("cannot use UNICODE flag with a bytes pattern", -1);
        if (!isBytes && (f & PyReFlags.Locale) != 0) throw new RegexSyntaxError("cannot use LOCALE flag with a str pattern", -1);
        if ((f & PyReFlags.Ascii) != 0 && (f & (PyReFlags.Unicode | PyReFlags.Locale)) != 0)
            throw new RegexSyntaxError((f & PyReFlags.Unicode) != 0 ? "ASCII and UNICODE flags are incompatible" : "ASCII and LOCALE flags are incompatible", -1);
    }

    // ---- structure ---------------------------------------------------------------------

    private bool AtEnd => _i >= _p.Length;
    private char Cur => _p[_i];

    private void SkipVerbose()
    {
        if (!_verbose) return;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') _i++;
            else if (c == '#') { while (_i < _p.Length && _p[_i] != '\n') _i++; }
            else break;
        }
    }

    private void Alternation()
    {
        Sequence();
        while (!AtEnd && Cur == '|')
        {
            _i++;
            _o.Append('|');
            Sequence();
        }
    }

    private void Sequence()
    {
        while (true)
        {
            SkipVerbose();
            if (AtEnd || Cur == '|' || Cur == ')') return;
            int atomStart = _o.Length;
            bool repeatable = Atom();
            Quantifiers(atomStart, repeatable);
        }
    }

    private void Quantifiers(int atomStart, bool repeatable)
    {
        bool repeated = false;
        while (true)
        {
            SkipVerbose();
            if (AtEnd) return;
            char c = Cur;
            int at = _i;
            string? q = null;
            if (c is '*' or '+' or '?') { q = c.ToString(); _i++; }
            else if (c == '{' && TryBraces(out q)) { }
            if (q == null) return;
            if (!repeatable) throw new RegexSyntaxError("nothing to repeat", at);
            if (repeated) throw new RegexSyntaxError("multiple repeat", at);
            repeated = true;
            string atom = _o.ToString(atomStart, _o.Length - atomStart);
            _o.Length = atomStart;
            // Python applies the quantifier to the atom; the group keeps `ab{2}`-style literals apart.
            string wrapped = "(?:" + atom + ")" + q;
            if (!AtEnd && Cur == '?') { wrapped += "?"; _i++; }
            else if (!AtEnd && Cur == '+') { wrapped = "(?>" + wrapped + ")"; _i++; }
            _o.Append(wrapped);
        }
    }

    /// <summary>`{m}`, `{m,}`, `{,n}`, `{m,n}`; anything else is a literal brace (as in Python).</summary>
    private bool TryBraces(out string? q)
    {
        q = null;
        int j = _i + 1;
        int s1 = j;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        string lo = _p[s1..j], hi;
        bool comma = false;
        if (j < _p.Length && _p[j] == ',')
        {
            comma = true;
            j++;
            int s2 = j;
            while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
            hi = _p[s2..j];
        }
        else hi = lo;
        if (j >= _p.Length || _p[j] != '}' || (lo.Length == 0 && !comma)) return false;
        int min = lo.Length == 0 ? 0 : int.Parse(lo, CultureInfo.InvariantCulture);
        if (hi.Length > 0 && comma && int.Parse(hi, CultureInfo.InvariantCulture) < min)
            throw new RegexSyntaxError("min repeat greater than max repeat", _i + 1);
        q = !comma ? "{" + min + "}" : hi.Length == 0 ? "{" + min + ",}" : "{" + min + "," + hi + "}";
        _i = j + 1;
        return true;
    }

    /// <summary>Emits one atom; returns whether a quantifier may follow it.</summary>
    private bool Atom()
    {
        char c = Cur;
        switch (c)
        {
            case '(': return Group();
            case '[': Class(); return true;
            case '.':
                // On str subjects a surrogate pair is one character; atomic so that it is never split.
                _i++;
                _o.Append(_wide ? "(?>" + Pair + "|.)" : ".");
                return true;
            case '^': _i++; _o.Append('^'); return false;
            case '$': _i++; _o.Append('$'); return false;
            case '\\': return Escape();
            case '*' or '+' or '?': throw new RegexSyntaxError("nothing to repeat", _i);
            case '{':
                int at = _i;
                if (TryBraces(out _)) throw new RegexSyntaxError("nothing to repeat", at);
                break;
        }
        _i++;
        if (char.IsHighSurrogate(c) && !AtEnd && char.IsLowSurrogate(Cur)) { Literal(char.ConvertToUtf32(c, Cur)); _i++; }
        else Literal(c);
        return true;
    }

    private void Literal(int cp)
    {
        string s = char.ConvertFromUtf32(cp);
        if (s.Length == 2) { _o.Append("(?:").Append(s).Append(')'); return; }
        char c = s[0];
        if ("\\*+?|{}[]()^$.#-".Contains(c) || char.IsWhiteSpace(c) || c < 0x20) _o.Append(EscapeChar(c));
        else _o.Append(c);
    }

    private static string EscapeChar(char c) => c < 0x80 && !char.IsLetterOrDigit(c) && c >= 0x20 && c != ' ' ? "\\" + c : $"\\u{(int)c:X4}";

    // ---- groups ------------------------------------------------------------------------

    private bool Group()
    {
        int start = _i;
        _i++;
        if (!AtEnd && Cur == '?')
        {
            _i++;
            if (AtEnd) throw new RegexSyntaxError("unexpected end of pattern", _i);
            char k = Cur;
            switch (k)
            {
                case ':': _i++; return Body(start, "(?:");
                case '=': _i++; Body(start, "(?="); return false;
                case '!': _i++; Body(start, "(?!"); return false;
                case '>': _i++; return Body(start, "(?>");
                case '#':
                    while (!AtEnd && Cur != ')') _i++;
                    if (AtEnd) throw new RegexSyntaxError("missing ), unterminated comment", start);
                    _i++;
                    return false;
                case '<':
                    _i++;
                    if (!AtEnd && Cur == '=') { _i++; Body(start, "(?<="); return false; }
                    if (!AtEnd && Cur == '!') { _i++; Body(start, "(?<!"); return false; }
                    if (AtEnd) throw new RegexSyntaxError("unexpected end of pattern", _i);
                    throw new RegexSyntaxError("unknown extension ?<" + Cur, start + 1);
                case 'P':
                    _i++;
                    if (AtEnd) throw new RegexSyntaxError("unexpected end of pattern", _i);
                    if (Cur == '<')
                    {
                        _i++;
                        int namePos = _i;
                        string name = Name('>', "missing >, unterminated name");
                        return Capture(start, name, namePos);
                    }
                    if (Cur == '=')
                    {
                        _i++;
                        int namePos = _i;
                        string name = Name(')', "missing ), unterminated name");
                        if (!GroupIndex.TryGetValue(name, out int gi)) throw new RegexSyntaxError($"unknown group name '{name}'", namePos);
                        if (_open.Contains(gi)) throw new RegexSyntaxError("cannot refer to an open group", namePos);
                        _o.Append("(?:\\").Append(gi).Append(')');
                        return true;
                    }
                    throw new RegexSyntaxError("unknown extension ?P" + Cur, start + 1);
                case '(': return Conditional(start);
                default: return InlineFlags(start);
            }
        }
        return Capture(start, null, -1);
    }

    private string Name(char terminator, string unterminated)
    {
        int s = _i;
        while (!AtEnd && Cur != terminator) _i++;
        if (AtEnd) throw new RegexSyntaxError(_i == s ? "missing group name" : unterminated, s);
        string name = _p[s.._i];
        _i++;
        if (name.Length == 0) throw new RegexSyntaxError("missing group name", s);
        if (!IsIdentifier(name)) throw new RegexSyntaxError($"bad character in group name '{name}'", s);
        return name;
    }

    private static bool IsIdentifier(string s)
    {
        if (!(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s)
            if (!(char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation)) return false;
        return true;
    }

    private bool Capture(int start, string? name, int namePos)
    {
        int n = GroupNames.Count;
        if (name != null)
        {
            if (GroupIndex.TryGetValue(name, out int was))
                throw new RegexSyntaxError($"redefinition of group name '{name}' as group {n}; was group {was}", namePos);
            GroupIndex[name] = n;
        }
        GroupNames.Add(name);
        GroupParents.Add(_openStack.Count > 0 ? _openStack.Peek() : 0);
        _open.Add(n);
        _openStack.Push(n);
        Body(start, "(?<" + n + ">");
        _openStack.Pop();
        _open.Remove(n);
        return true;
    }

    private bool Body(int start, string opener)
    {
        _o.Append(opener);
        Alternation();
        if (AtEnd) throw new RegexSyntaxError("missing ), unterminated subpattern", start);
        _i++;
        _o.Append(')');
        return true;
    }

    private bool Conditional(int start)
    {
        _i++;
        int refPos = _i;
        while (!AtEnd && Cur != ')') _i++;
        if (AtEnd) throw new RegexSyntaxError("missing ), unterminated name", refPos);
        string r = _p[refPos.._i];
        _i++;
        int gi;
        if (r.Length > 0 && r.All(char.IsAsciiDigit))
        {
            gi = int.Parse(r, CultureInfo.InvariantCulture);
            if (gi == 0) throw new RegexSyntaxError("bad group number", refPos);
            if (gi >= GroupNames.Count) throw new RegexSyntaxError($"invalid group reference {gi}", refPos);
        }
        else
        {
            if (r.Length == 0) throw new RegexSyntaxError("missing group name", refPos);
            if (!IsIdentifier(r)) throw new RegexSyntaxError($"bad character in group name '{r}'", refPos);
            if (!GroupIndex.TryGetValue(r, out gi)) throw new RegexSyntaxError($"unknown group name '{r}'", refPos);
        }
        _o.Append("(?(").Append(gi).Append(')');
        Sequence();
        if (!AtEnd && Cur == '|')
        {
            _i++;
            _o.Append('|');
            Sequence();
            if (!AtEnd && Cur == '|') throw new RegexSyntaxError("conditional backref with more than two branches", _i);
        }
        if (AtEnd) throw new RegexSyntaxError("missing ), unterminated subpattern", start);
        _i++;
        _o.Append(')');
        return true;
    }

    /// <summary>`(?aiLmsux)` (only at the start) or `(?flags-flags:...)`.</summary>
    private bool InlineFlags(int start)
    {
        var on = PyReFlags.None;
        var off = PyReFlags.None;
        while (!AtEnd && FlagOf(Cur) != PyReFlags.None) on |= FlagOf(_p[_i++]);
        if (!AtEnd && Cur == '-')
        {
            _i++;
            if (AtEnd) throw new RegexSyntaxError("missing flag", _i);
            if (FlagOf(Cur) == PyReFlags.None)
                throw new RegexSyntaxError(char.IsLetter(Cur) ? "unknown flag" : "missing flag", _i);
            while (!AtEnd && FlagOf(Cur) != PyReFlags.None)
            {
                var f = FlagOf(_p[_i]);
                if ((f & (PyReFlags.Ascii | PyReFlags.Locale | PyReFlags.Unicode)) != 0)
                    throw new RegexSyntaxError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", _i);
                off |= f;
                _i++;
            }
        }
        if (AtEnd) throw new RegexSyntaxError("missing -, : or )", _i);
        if (on == PyReFlags.None && off == PyReFlags.None && Cur != ')' && Cur != ':')
            throw new RegexSyntaxError(char.IsLetter(Cur) ? "unknown extension ?" + Cur : "unknown extension ?" + Cur, start + 1);
        if (Cur == ')')
        {
            if (off != PyReFlags.None) throw new RegexSyntaxError("missing :", _i);
            if (start != 0 && !OnlyGlobalFlagsBefore(start))
                throw new RegexSyntaxError("global flags not at the start of the expression", start);
            _i++;
            return false;
        }
        if (Cur != ':') throw new RegexSyntaxError(char.IsLetter(Cur) ? "unknown flag" : "missing -, : or )", _i);
        _i++;
        // Scoped flags: .NET knows i, m, s; VERBOSE and ASCII are ours to apply while parsing the body.
        bool savedVerbose = _verbose, savedAscii = _ascii;
        if ((on & PyReFlags.Verbose) != 0) _verbose = true;
        if ((off & PyReFlags.Verbose) != 0) _verbose = false;
        if ((on & PyReFlags.Ascii) != 0) _ascii = true;
        if ((on & PyReFlags.Unicode) != 0) _ascii = false;
        string netOn = NetLetters(on), netOff = NetLetters(off);
        Body(start, "(?" + netOn + (netOff.Length > 0 ? "-" + netOff : "") + ":");
        _verbose = savedVerbose;
        _ascii = savedAscii;
        return true;
    }

    private bool OnlyGlobalFlagsBefore(int start)
    {
        // Flags groups written back to back at the very start all count as global.
        int j = 0;
        while (j < start)
        {
            if (_p[j] != '(' || j + 1 >= _p.Length || _p[j + 1] != '?') return false;
            int k = j + 2;
            while (k < _p.Length && FlagOf(_p[k]) != PyReFlags.None) k++;
            if (k >= _p.Length || _p[k] != ')') return false;
            j = k + 1;
        }
        return true;
    }

    private static string NetLetters(PyReFlags f) =>
        ((f & PyReFlags.IgnoreCase) != 0 ? "i" : "") + ((f & PyReFlags.Multiline) != 0 ? "m" : "") + ((f & PyReFlags.DotAll) != 0 ? "s" : "");
}
