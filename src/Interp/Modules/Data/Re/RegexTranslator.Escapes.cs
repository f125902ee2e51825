using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Modules.Data.Re;

// Escapes and character classes.
internal sealed partial class RegexTranslator
{
    // ASCII forms of the class escapes (Python's re.ASCII and bytes patterns).
    private const string AsciiWord = "a-zA-Z0-9_", AsciiSpace = " \\t\\n\\r\\f\\v", AsciiDigit = "0-9";

    private string ClassEscape(char k, bool inClass) => (k, _ascii) switch
    {
        ('d', true) => inClass ? AsciiDigit : "[" + AsciiDigit + "]",
        ('D', true) => "[^" + AsciiDigit + "]",
        ('w', true) => inClass ? AsciiWord : "[" + AsciiWord + "]",
        ('W', true) => "[^" + AsciiWord + "]",
        ('s', true) => inClass ? AsciiSpace : "[" + AsciiSpace + "]",
        ('S', true) => "[^" + AsciiSpace + "]",
        // Python's unicode \d is exactly the Nd category; .NET's \d is the same without ECMAScript.
        _ => "\\" + k,
    };

    /// <summary>An escape outside a class; returns whether it can be repeated.</summary>
    private bool Escape()
    {
        int start = _i;
        _i++;
        if (AtEnd) throw new RegexSyntaxError("bad escape (end of pattern)", start);
        char k = Cur;
        switch (k)
        {
            case 'A': _i++; _o.Append("\\A"); return false;
            case 'Z': _i++; _o.Append("\\z"); return false;
            case 'b' or 'B':
                _i++;
                if (!_ascii) _o.Append('\\').Append(k);
                else
                {
                    const string w = "[" + AsciiWord + "]";
                    _o.Append(k == 'b'
                        ? $"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
                        : $"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))");
                }
                return false;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _i++;
                _o.Append(_wide && !_ascii ? WideClassEscape(k) : ClassEscape(k, false));
                return true;
        }
        if (char.IsAsciiDigit(k))
        {
            // \0, \0oo and three octal digits are characters; otherwise one or two digits name a group.
            bool threeOctal = IsOctal(k) && _i + 2 < _p.Length && IsOctal(_p[_i + 1]) && IsOctal(_p[_i + 2]);
            if (k == '0' || threeOctal)
            {
                int v = 0, n = 0;
                while (n < 3 && !AtEnd && IsOctal(Cur)) { v = v * 8 + (Cur - '0'); _i++; n++; }
                if (v > 0xff) throw new RegexSyntaxError($"octal escape value \\{_p[(start + 1).._i]} outside of range 0-0o377", start);
                Literal(v);
                return true;
            }
            int s = _i;
            _i++;
            if (!AtEnd && char.IsAsciiDigit(Cur)) _i++;
            int gi = int.Parse(_p[s.._i], CultureInfo.InvariantCulture);
            if (gi >= GroupNames.Count) throw new RegexSyntaxError($"invalid group reference {gi}", s);
            if (_open.Contains(gi)) throw new RegexSyntaxError("cannot refer to an open group", start);
            _o.Append("(?:\\").Append(gi).Append(')');
            return true;
        }
        Literal(CharEscape(start, inClass: false));
        return true;
    }

    private static bool IsOctal(char c) => c >= '0' && c <= '7';

    /// <summary>A single-character escape (\n, \x41, \u00e9, \N{...}, \. ...), the backslash at `start`.</summary>
    private int CharEscape(int start, bool inClass)
    {
        char k = _p[_i++];
        switch (k)
        {
            case 'a': return 7;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case 'b' when inClass: return 8;
            case 'x': return Hex(start, 2, "x");
            case 'u' when !_bytes: return Hex(start, 4, "u");
            case 'U' when !_bytes:
                int cp = Hex(start, 8, "U");
                if (cp > 0x10FFFF) throw new RegexSyntaxError($"bad escape \\{_p[(start + 1).._i]}", start);
                return cp;
            case 'N' when !_bytes: return NamedChar(start);
        }
        if (inClass && char.IsAsciiDigit(k))
        {
            // Inside a class digits are always octal.
            if (!IsOctal(k)) throw new RegexSyntaxError($"bad escape \\{k}", start);
            int v = k - '0', n = 1;
            while (n < 3 && !AtEnd && IsOctal(Cur)) { v = v * 8 + (Cur - '0'); _i++; n++; }
            if (v > 0xff) throw new RegexSyntaxError($"octal escape value \\{_p[(start + 1).._i]} outside of range 0-0o377", start);
            return v;
        }
        if (k < 0x80 && char.IsAsciiLetterOrDigit(k)) throw new RegexSyntaxError($"bad escape \\{k}", start);
        if (char.IsHighSurrogate(k) && !AtEnd && char.IsLowSurrogate(Cur)) return char.ConvertToUtf32(k, _p[_i++]);
        return k;
    }

    private int Hex(int start, int digits, string letter)
    {
        int v = 0;
        for (int n = 0; n < digits; n++)
        {
            if (AtEnd || !char.IsAsciiHexDigit(Cur))
                throw new RegexSyntaxError($"incomplete escape \\{letter}{_p[(start + 2).._i]}", start);
            v = v * 16 + Convert.ToInt32(Cur.ToString(), 16);
            _i++;
        }
        return v;
    }

    private int NamedChar(int start)
    {
        if (AtEnd || Cur != '{') throw new RegexSyntaxError("missing {", _i);
        int s = ++_i;
        while (!AtEnd && Cur != '}') _i++;
        if (AtEnd || _i == s) throw new RegexSyntaxError("missing character name", s);
        string name = _p[s.._i];
        _i++;
        int cp = GilGrid.Interp.Syntax.Unicode.UnicodeNames.Lookup(name);
        return cp >= 0 ? cp : throw new RegexSyntaxError($"undefined character name '{name}'", start);
    }

    // ---- classes -----------------------------------------------------------------------

    private void Class()
    {
        int start = _i;
        _i++;
        var sb = new StringBuilder();
        bool negated = false;
        if (!AtEnd && Cur == '^') { negated = true; _i++; }
        // Members outside the BMP: .NET classes hold UTF-16 units, so these become pair alternatives.
        var astral = new List<(int Lo, int Hi)>();
        bool first = true;
        while (true)
        {
            if (AtEnd) throw new RegexSyntaxError("unterminated character set", start);
            if (Cur == ']' && !first) { _i++; break; }
            first = false;
            int itemPos = _i;
            var (lo, loText, set) = ClassItem();
            if (!AtEnd && Cur == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                _i++;
                var (hi, hiText, hiSet) = ClassItem();
                if (set != null || hiSet != null)
                    throw new RegexSyntaxError($"bad character range {loText}-{hiText}", itemPos);
                if (hi < lo) throw new RegexSyntaxError($"bad character range {loText}-{hiText}", itemPos);
                if (hi > 0xFFFF)
                {
                    astral.Add((Math.Max(lo, 0x10000), hi));
                    if (lo <= 0xFFFF) sb.Append(ClassChar(lo)).Append("-\\uFFFF");
                }
                else sb.Append(ClassChar(lo)).Append('-').Append(ClassChar(hi));
            }
            else if (set == null && lo > 0xFFFF) astral.Add((lo, lo));
            else sb.Append(set ?? ClassChar(lo));
        }
        EmitClass(sb.ToString(), negated, astral);
    }

    /// <summary>One class member: a character (its code and source text) or a class escape's set.</summary>
    private (int Code, string Text, string? Set) ClassItem()
    {
        int s = _i;
        char c = Cur;
        if (c != '\\')
        {
            _i++;
            if (char.IsHighSurrogate(c) && !AtEnd && char.IsLowSurrogate(Cur)) return (char.ConvertToUtf32(c, _p[_i++]), _p[s.._i], null);
            return (c, c.ToString(), null);
        }
        _i++;
        if (AtEnd) throw new RegexSyntaxError("unterminated character set", s);
        char k = Cur;
        if (k is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
        {
            _i++;
            string set = ClassEscape(k, true);
            // A negated class inside a class cannot be spelled inline in .NET: use its complement's class escape.
            if (set.StartsWith("[^")) set = k switch { 'D' => "\\P{Nd}", 'W' => "\\W", _ => "\\S" };
            if (_ascii && k == 'W') set = "\\x00-\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\uFFFF";
            if (_ascii && k == 'D') set = "\\x00-\\x2F\\x3A-\\uFFFF";
            if (_ascii && k == 'S') set = "\\x00-\\x08\\x0E-\\x1F\\x21-\\uFFFF";
            return (-1, "\\" + k, set);
        }
        if (k is 'A' or 'Z' or 'B') throw new RegexSyntaxError($"bad escape \\{k}", s);
        int v = CharEscape(s, inClass: true);
        return (v, _p[s.._i], null);
    }

    private static string ClassChar(int cp)
    {
        if (cp > 0xFFFF) return char.ConvertFromUtf32(cp);
        char c = (char)cp;
        if (c is '\\' or ']' or '[' or '^' or '-' || c < 0x20 || char.IsWhiteSpace(c)) return $"\\u{cp:X4}";
        return c.ToString();
    }
}
