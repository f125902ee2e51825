using System.Globalization;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Builtins;

/// <summary>The format-spec mini-language, str.format and %-formatting.</summary>
public static class Formatting
{
    public sealed class Spec
    {
        public string Fill = " ";  // one code point: a surrogate pair is two units
        public char Align;          // '<', '>', '^', '=' or 0
        public char Sign = '-';
        public bool Alt, Zero, NoNegZero;
        public int Width = -1;
        public char Grouping;       // ',', '_' or 0
        public int Precision = -1;
        public char Type;
    }

    public static Spec Parse(string s, string typeName)
    {
        var sp = new Spec();
        int i = 0;
        bool fillGiven = false;
        // The fill is one code point, so an astral fill character takes two units.
        int fw = s.Length >= 2 && char.IsSurrogatePair(s[0], s[1]) ? 2 : 1;
        if (s.Length > fw && s[fw] is '<' or '>' or '^' or '=') { sp.Fill = s[..fw]; sp.Align = s[fw]; i = fw + 1; fillGiven = true; }
        else if (s.Length >= 1 && s[0] is '<' or '>' or '^' or '=') { sp.Align = s[0]; i = 1; }
        if (i < s.Length && s[i] is '+' or '-' or ' ') sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { sp.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { sp.Alt = true; i++; }
        if (i < s.Length && s[i] == '0') { sp.Zero = true; i++; }
        int st = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > st) sp.Width = int.Parse(s[st..i], CultureInfo.InvariantCulture);
        if (i < s.Length && s[i] is ',' or '_') sp.Grouping = s[i++];
        if (i < s.Length && s[i] is ',' or '_')
            throw PyError.ValueError(s[i] == sp.Grouping ? $"Cannot specify '{s[i]}' with '{s[i]}'." : "Cannot specify both ',' and '_'.");
        if (i < s.Length && s[i] == '.')
        {
            i++;
            st = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == st) throw PyError.ValueError("Format specifier missing precision");
            sp.Precision = int.Parse(s[st..i], CultureInfo.InvariantCulture);
        }
        if (i < s.Length) sp.Type = s[i++];
        if (i < s.Length) throw PyError.ValueError($"Invalid format specifier '{s}' for object of type '{typeName}'");
        // The '0' flag supplies a fill when none was written, and '=' alignment when none was.
        if (sp.Zero)
        {
            if (sp.Align == 0) { sp.Fill = "0"; sp.Align = '='; }
            else if (!fillGiven) sp.Fill = "0";
        }
        return sp;
    }

    private static string Pad(string body, string sign, Spec sp, char defaultAlign)
    {
        int len = CodePoints.Count(body) + sign.Length;
        if (sp.Width <= len) return sign + body;
        int pad = sp.Width - len;
        char align = sp.Align == 0 ? defaultAlign : sp.Align;
        string fill = StrMethods.Repeat(sp.Fill, pad);
        return align switch
        {
            '<' => sign + body + fill,
            '^' => StrMethods.Repeat(sp.Fill, pad / 2) + sign + body + StrMethods.Repeat(sp.Fill, pad - pad / 2),
            '=' => sign + fill + body,
            _ => fill + sign + body,
        };
    }

    private static string Group(string digits, char sep, int every)
    {
        if (sep == 0) return digits;
        var sb = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % every == 0) sb.Append(sep);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    public static PyObject FormatStr(string s, string spec)
    {
        if (spec.Length == 0) return PyStr.From(s);
        return FormatStrSpec(s, spec);
    }

    private static PyObject FormatStrSpec(string s, string spec)
    {
        var sp = Parse(spec, "str");
        if (sp.Type != 0 && sp.Type != 's') throw PyError.ValueError($"Unknown format code '{sp.Type}' for object of type 'str'");
        if (sp.Grouping != 0) throw PyError.ValueError($"Cannot specify '{sp.Grouping}' with 's'.");
        if (sp.Sign == ' ') throw PyError.ValueError("Space not allowed in string format specifier");
        if (sp.Sign != '-') throw PyError.ValueError("Sign not allowed in string format specifier");
        if (sp.Alt) throw PyError.ValueError("Alternate form (#) not allowed in string format specifier");
        // A bare '0' flag on a string pads with zeros on the right (default alignment), not '='.
        bool explicitAlign = spec[0] is '<' or '>' or '^' or '=' || spec.Length > 1 && spec[1] is '<' or '>' or '^' or '=';
        if (sp.Zero && !explicitAlign) sp.Align = '<';
        if (sp.Align == '=') throw PyError.ValueError("'=' alignment not allowed in string format specifier");
        if (sp.Precision >= 0 && s.Length > sp.Precision)
        {
            var ps = new PyStr(s);
            if (ps.Length > sp.Precision) s = ps.Slice(0, sp.Precision);
        }
        return PyStr.From(Pad(s, "", sp, '<'));
    }

    public static PyObject FormatInt(PyInt v, string spec)
    {
        if (spec.Length == 0) return Ops.Str(v);
        var sp = Parse(spec, "int");
        if (sp.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(v.ToDouble(), spec);
        if (sp.Precision >= 0) throw PyError.ValueError("Precision not allowed in integer format specifier");
        if (sp.NoNegZero) throw PyError.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        // ',' only goes with decimal output; '_' also with the power-of-two bases.
        if (sp.Grouping == ',' && sp.Type is not ('d' or '\0') || sp.Grouping == '_' && sp.Type is not ('d' or '\0' or 'b' or 'o' or 'x' or 'X'))
            throw PyError.ValueError($"Cannot specify '{sp.Grouping}' with '{sp.Type}'.");
        var x = v.AsBig;
        string sign = x.Sign < 0 ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        var a = BigInteger.Abs(x);
        string digits, prefix = "";
        switch (sp.Type)
        {
            case 'b': digits = IntMethods.ToStr(a, 2); prefix = sp.Alt ? "0b" : ""; digits = Group(digits, sp.Grouping == '_' ? '_' : (char)0, 4); break;
            case 'o': digits = IntMethods.ToStr(a, 8); prefix = sp.Alt ? "0o" : ""; digits = Group(digits, sp.Grouping == '_' ? '_' : (char)0, 4); break;
            case 'x': digits = IntMethods.ToStr(a, 16); prefix = sp.Alt ? "0x" : ""; digits = Group(digits, sp.Grouping == '_' ? '_' : (char)0, 4); break;
            case 'X': digits = IntMethods.ToStr(a, 16).ToUpperInvariant(); prefix = sp.Alt ? "0X" : ""; digits = Group(digits, sp.Grouping == '_' ? '_' : (char)0, 4); break;
            case 'c':
                if (sp.Sign != '-') throw PyError.ValueError("Sign not allowed with integer format specifier 'c'");
                if (sp.Alt) throw PyError.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                if (x < long.MinValue || x > long.MaxValue) throw PyError.Overflow("Python int too large to convert to C long");
                if (x < 0 || x > 0x10FFFF) throw PyError.Overflow("%c arg not in range(0x110000)");
                return PyStr.From(Pad(CodePoint((int)x), "", sp, '<'));
            case 'd' or 'n' or '\0': digits = Group(a.ToString(CultureInfo.InvariantCulture), sp.Grouping, 3); break;
            default: throw PyError.ValueError($"Unknown format code '{sp.Type}' for object of type '{v.Type.Name}'");
        }
        if (sp.Align == '=' && sp.Fill == "0" && sp.Grouping != 0)
            digits = ZeroGroup(digits, sp.Grouping, sp.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3, sp.Width - sign.Length - prefix.Length);
        return PyStr.From(Pad(digits, sign + prefix, sp, '>'));
    }

    /// <summary>Zero padding also receives group separators: widen with zeros, regrouping, until minLen is reached.</summary>
    private static string ZeroGroup(string grouped, char sep, int every, int minLen)
    {
        string raw = grouped.Replace(sep.ToString(), "");
        while (grouped.Length < minLen)
        {
            raw = "0" + raw;
            grouped = Group(raw, sep, every);
        }
        return grouped;
    }

    /// <summary>A one-code-point string; lone surrogates become U+FFFD as in chr() (strings are UTF-16 here).</summary>
    private static string CodePoint(int cp) => CodePoints.FromCodePoint(cp);

    public static PyObject FormatFloat(double d, string spec)
    {
        if (spec.Length == 0) return PyStr.From(PyFloat.Repr(d));
        var sp = Parse(spec, "float");
        if (sp.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
            throw PyError.ValueError($"Unknown format code '{sp.Type}' for object of type 'float'");
        if (sp.Grouping != 0 && sp.Type == 'n')
            throw PyError.ValueError($"Cannot specify '{sp.Grouping}' with 'n'.");
        bool neg = double.IsNegative(d) && !double.IsNaN(d);
        double a = Math.Abs(d);
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        string body;
        char type = sp.Type;
        int prec = sp.Precision;
        if (double.IsInfinity(a) || double.IsNaN(a))
        {
            body = double.IsNaN(a) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G') body = body.ToUpperInvariant();
            if (type == '%') body += "%";
            return PyStr.From(Pad(body, sign, sp, '>'));
        }
        switch (type)
        {
            case 'f' or 'F':
                body = a.ToString("F" + (prec < 0 ? 6 : prec), CultureInfo.InvariantCulture);
                if (sp.Alt && !body.Contains('.')) body += ".";
                break;
            case 'e' or 'E':
                body = Exp(a, prec < 0 ? 6 : prec, type, sp.Alt);
                break;
            case '%':
                body = (a * 100).ToString("F" + (prec < 0 ? 6 : prec), CultureInfo.InvariantCulture) + "%";
                break;
            default: // 'g', 'G', 'n' or none (validated above)
            {
                if (type == '\0' && prec < 0) { body = PyFloat.Repr(a); break; }
                int p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
                if (a == 0) { body = type == '\0' ? "0.0" : "0"; if (sp.Alt) body = "0." + new string('0', p - 1); break; }
                string e = a.ToString("E" + (p - 1), CultureInfo.InvariantCulture);
                int exp = int.Parse(e[(e.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
                // With no type, a fixed result must still fit the ".0" within p digits (CPython: 100.0 -> '1e+02').
                if (exp >= -4 && exp < (type == '\0' ? p - 1 : p))
                {
                    body = a.ToString("F" + Math.Max(0, p - 1 - exp), CultureInfo.InvariantCulture);
                    if (!sp.Alt && body.Contains('.')) body = body.TrimEnd('0').TrimEnd('.');
                    if (sp.Alt && !body.Contains('.')) body += ".";  // '#' always keeps the decimal point
                    if (type == '\0' && !body.Contains('.')) body += ".0";
                }
                else
                {
                    body = Exp(a, p - 1, type is 'G' ? 'E' : 'e', sp.Alt);
                    if (!sp.Alt)
                    {
                        int ei = body.IndexOfAny(['e', 'E']);
                        string mant = body[..ei];
                        if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
                        body = mant + body[ei..];
                    }
                }
                break;
            }
        }
        // 'z': a value that rounds to zero loses its minus sign.
        if (sp.NoNegZero && neg && body.TakeWhile(ch => ch is not ('e' or 'E')).All(ch => ch is < '1' or > '9'))
            sign = sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if (sp.Grouping != 0)
        {
            int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            string ip = dot < 0 ? body : body[..dot], rest = dot < 0 ? "" : body[dot..];
            ip = Group(ip, sp.Grouping, 3);
            if (sp.Align == '=' && sp.Fill == "0") ip = ZeroGroup(ip, sp.Grouping, 3, sp.Width - sign.Length - rest.Length);
            body = ip + rest;
        }
        return PyStr.From(Pad(body, sign, sp, '>'));
    }

    private static string Exp(double a, int prec, char type, bool alt)
    {
        string s = a.ToString((type == 'E' ? "E" : "e") + prec, CultureInfo.InvariantCulture);
        int ei = s.IndexOfAny(['e', 'E']);
        string mant = s[..ei];
        int exp = int.Parse(s[(ei + 1)..], CultureInfo.InvariantCulture);
        if (alt && !mant.Contains('.')) mant += ".";
        return mant + type + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    // ---- str.format ----------------------------------------------------------------------
    public static PyObject StrFormat(string fmt, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        var pos = args[..(args.Length - nkw)].ToArray();
        var dict = new Dictionary<string, PyObject>();
        for (int i = 0; i < nkw; i++) dict[kw![i]] = args[args.Length - nkw + i];
        int auto = 0;
        return PyStr.From(FormatWith(fmt, pos, name => dict.TryGetValue(name, out var v) ? v : throw PyError.KeyError(PyStr.From(name)), ref auto, 2));
    }

    /// <summary>str.format_map(mapping): names are looked up with mapping[name] (so __missing__ applies).</summary>
    public static PyObject StrFormatMap(string fmt, PyObject mapping)
    {
        int auto = 0;
        return PyStr.From(FormatWith(fmt, [], name => Ops.GetItem(mapping, PyStr.From(name)), ref auto, 2));
    }

    private static string FormatWith(string fmt, PyObject[] pos, Func<string, PyObject> named, ref int auto, int depth)
    {
        if (depth < 0) throw PyError.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw PyError.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); continue; }
            if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i++; continue; }
            if (i + 1 == fmt.Length) throw PyError.ValueError("Single '{' encountered in format string");
            int level = 1, j = i + 1;
            while (j < fmt.Length && level > 0)
            {
                if (fmt[j] == '{') level++;
                else if (fmt[j] == '}') level--;
                if (level > 0) j++;
            }
            if (j >= fmt.Length) throw PyError.ValueError("expected '}' before end of string");
            string field = fmt[(i + 1)..j];
            i = j;
            string? conv = null, spec = "";
            int colon = IndexOutsideBrackets(field, ':');
            if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
            int bang = field.IndexOf('!');
            if (bang >= 0) { conv = field[(bang + 1)..]; field = field[..bang]; }
            var value = ResolveField(field, pos, named, ref auto);
            if (conv != null)
                value = conv switch
                {
                    "r" => Ops.Repr(value),
                    "s" => Ops.Str(value),
                    "a" => PyStr.From(BuiltinsModule.Ascii(value)),
                    _ => throw PyError.ValueError($"Unknown conversion specifier {conv}"),
                };
            if (spec.Contains('{')) spec = FormatWith(spec, pos, named, ref auto, depth - 1);
            sb.Append(((PyStr)BuiltinsModule.Format(value, PyStr.From(spec))).Value);
        }
        return sb.ToString();
    }

    private static int IndexOutsideBrackets(string s, char c)
    {
        int depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '[') depth++;
            else if (s[i] == ']') depth--;
            else if (s[i] == c && depth == 0) return i;
        }
        return -1;
    }

    private static PyObject ResolveField(string field, PyObject[] pos, Func<string, PyObject> named, ref int auto)
    {
        int k = 0;
        while (k < field.Length && field[k] != '.' && field[k] != '[') k++;
        string first = field[..k];
        PyObject v;
        if (first.Length == 0)
        {
            if (auto < 0) throw PyError.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (auto >= pos.Length) throw PyError.IndexError($"Replacement index {auto} out of range for positional args tuple");
            v = pos[auto++];
        }
        else if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int idx))
        {
            if (auto > 0) throw PyError.ValueError("cannot switch from automatic field numbering to manual field specification");
            auto = -1;
            if (idx >= pos.Length) throw PyError.IndexError($"Replacement index {idx} out of range for positional args tuple");
            v = pos[idx];
        }
        else v = named(first);
        while (k < field.Length)
        {
            if (field[k] == '.')
            {
                int e = k + 1;
                while (e < field.Length && field[e] != '.' && field[e] != '[') e++;
                v = Ops.GetAttr(v, field[(k + 1)..e]);
                k = e;
            }
            else
            {
                int e = field.IndexOf(']', k);
                string key = field[(k + 1)..e];
                // Only an all-digit key is an integer index: '{0[-1]}' looks up the string '-1'.
                v = Ops.GetItem(v, int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int ki) ? PyInt.From(ki) : PyStr.From(key));
                k = e + 1;
            }
        }
        return v;
    }

    // ---- %-formatting --------------------------------------------------------------------
    /// <summary>
    /// `fmt % args`. With bytesMode, fmt is a bytes value as Latin-1 text and the result is too:
    /// %s/%b take bytes-like objects (or __bytes__), %r/%a give ascii(), %c takes a byte.
    /// </summary>
    public static PyObject PercentFormat(string fmt, PyObject argsObj, bool bytesMode = false)
    {
        PyObject[] args = argsObj is PyTuple t ? t.Items : [argsObj];
        var mapping = argsObj is PyDict || (argsObj is not PyTuple && argsObj is not PyStr && argsObj is not PyBytes && argsObj.Type.Lookup("__getitem__") != null && argsObj.Type.Lookup("keys") != null) ? argsObj : null;
        int ai = 0;
        var sb = new StringBuilder();
        PyObject NextArg()
        {
            if (ai >= args.Length) throw PyError.TypeError("not enough arguments for format string");
            return args[ai++];
        }
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            i++;
            if (i >= fmt.Length) throw PyError.ValueError("incomplete format");
            if (fmt[i] == '%') { sb.Append('%'); continue; }
            // With a key, the looked-up value is the only argument this conversion (and its '*') may take.
            PyObject? keyed = null;
            bool hasKey = false;
            if (fmt[i] == '(')
            {
                int e = i + 1, nest = 1;
                for (; e < fmt.Length; e++)
                {
                    if (fmt[e] == '(') nest++;
                    else if (fmt[e] == ')' && --nest == 0) break;
                }
                if (e >= fmt.Length) throw PyError.ValueError("incomplete format key");
                if (mapping == null) throw PyError.TypeError("format requires a mapping");
                var key = PyStr.From(fmt[(i + 1)..e]);
                keyed = Ops.GetItem(mapping, bytesMode ? new PyBytes(System.Text.Encoding.Latin1.GetBytes(key.Value)) : key);
                hasKey = true;
                i = e + 1;
            }
            PyObject Next()
            {
                if (!hasKey) return NextArg();
                if (keyed == null) throw PyError.TypeError("not enough arguments for format string");
                var k = keyed;
                keyed = null;
                return k;
            }
            int StarArg() => Next() is PyInt si ? (int)si.V : throw PyError.TypeError("* wants int");
            var spec = new StringBuilder();
            while (i < fmt.Length && "-+ #0".Contains(fmt[i])) spec.Append(fmt[i++]);
            string flags = spec.ToString();
            string width = "";
            if (i < fmt.Length && fmt[i] == '*')
            {
                int w = StarArg();
                if (w < 0) { flags += "-"; w = -w; }  // a negative '*' width means left alignment
                width = w.ToString(CultureInfo.InvariantCulture);
                i++;
            }
            else while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) width += fmt[i++];
            string prec = "";
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                prec = ".";
                if (i < fmt.Length && fmt[i] == '*') { prec += Math.Max(0, StarArg()).ToString(CultureInfo.InvariantCulture); i++; }
                else while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) prec += fmt[i++];
                if (prec == ".") prec = ".0";
            }
            if (i >= fmt.Length) throw PyError.ValueError("incomplete format");
            char type = fmt[i];
            var v = Next();
            string align = flags.Contains('-') ? "<" : "";
            string sign = flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
            string zero = flags.Contains('0') && !flags.Contains('-') ? "0" : "";
            string alt = flags.Contains('#') ? "#" : "";
            string textAlign = align.Length > 0 ? align : ">";
            switch (type)
            {
                case 's' or 'b' when bytesMode: sb.Append(((PyStr)FormatStr(BytesOperand(v), textAlign + width + prec)).Value); break;
                case 'r' when bytesMode: sb.Append(((PyStr)FormatStr(BuiltinsModule.Ascii(v), textAlign + width + prec)).Value); break;
                case 'c' when bytesMode:
                    if (v is PyBytes cb && cb.Length == 1) sb.Append((char)cb.Span[0]);
                    else if (v is PyInt ci) sb.Append(ci.IsBig || ci.V < 0 || ci.V > 255 ? throw PyError.Overflow("%c arg not in range(256)") : (char)ci.V);
                    else throw PyError.TypeError("%c requires an integer in range(256) or a single byte");
                    break;
                case 's': sb.Append(((PyStr)FormatStr(Ops.StrString(v), textAlign + width + prec)).Value); break;
                case 'r': sb.Append(((PyStr)FormatStr(Ops.ReprString(v), textAlign + width + prec)).Value); break;
                case 'a': sb.Append(((PyStr)FormatStr(BuiltinsModule.Ascii(v), textAlign + width + prec)).Value); break;
                case 'd' or 'i' or 'u':
                    if (v is not PyInt && v is not PyFloat && v.Type.Lookup("__index__") == null && v.Type.Lookup("__int__") == null)
                        throw PyError.TypeError($"%{type} format: a real number is required, not {v.Type.Name}");
                    var iv = v is PyFloat fv ? (PyInt)IntMethods.FromObject(fv) : v is PyInt pi ? pi : (PyInt)IntMethods.FromObject(v);
                    sb.Append(PercentInt(iv.AsBig, 'd', flags, width, prec));
                    break;
                case 'x' or 'X' or 'o':
                    if (v is not PyInt && v.Type.Lookup("__index__") == null)
                        throw PyError.TypeError($"%{type} format: an integer is required, not {v.Type.Name}");
                    sb.Append(PercentInt(Ops.Index(v).AsBig, type, flags, width, prec));
                    break;
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    if (v is not PyFloat && v is not PyInt && v.Type.Lookup("__float__") == null)
                        throw PyError.TypeError($"must be real number, not {v.Type.Name}");
                    sb.Append(((PyStr)FormatFloat(FloatMethods.ToDouble(v), align + sign + alt + zero + width + (prec.Length > 0 ? prec : ".6") + type)).Value);
                    break;
                case 'c':
                    if (v is PyStr cs && !CodePoints.IsOne(cs.Value) || v is not PyStr && v is not PyInt && v.Type.Lookup("__index__") == null)
                        throw PyError.TypeError("%c requires int or char");
                    string ch;
                    if (v is PyStr cs1) ch = cs1.Value;
                    else
                    {
                        var cv = Ops.Index(v);
                        if (cv.IsBig || cv.V < 0 || cv.V > 0x10FFFF) throw PyError.Overflow("%c arg not in range(0x110000)");
                        ch = CodePoint((int)cv.V);
                    }
                    sb.Append(((PyStr)FormatStr(ch, textAlign + width)).Value);
                    break;
                default:
                    throw PyError.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i}");
            }
        }
        if (ai < args.Length && mapping == null)
            throw PyError.TypeError($"not all arguments converted during {(bytesMode ? "bytes" : "string")} formatting");
        return PyStr.From(sb.ToString());
    }

    /// <summary>%d/%x/%X/%o: precision is a minimum digit count; the '0' flag pads after sign and prefix.</summary>
    private static string PercentInt(BigInteger x, char type, string flags, string width, string prec)
    {
        var a = BigInteger.Abs(x);
        string digits = type switch
        {
            'x' => IntMethods.ToStr(a, 16),
            'X' => IntMethods.ToStr(a, 16).ToUpperInvariant(),
            'o' => IntMethods.ToStr(a, 8),
            _ => a.ToString(CultureInfo.InvariantCulture),
        };
        int p = prec.Length > 1 ? int.Parse(prec[1..], CultureInfo.InvariantCulture) : 0;
        if (digits.Length < p) digits = new string('0', p - digits.Length) + digits;
        string head = (x.Sign < 0 ? "-" : flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "")
            + (flags.Contains('#') && type != 'd' ? "0" + (type == 'o' ? 'o' : type) : "");
        int w = width.Length > 0 ? int.Parse(width, CultureInfo.InvariantCulture) : 0;
        int pad = Math.Max(0, w - head.Length - digits.Length);
        if (flags.Contains('-')) return head + digits + new string(' ', pad);
        if (flags.Contains('0')) return head + new string('0', pad) + digits;
        return new string(' ', pad) + head + digits;
    }

    private static string BytesOperand(PyObject v)
    {
        if (v is PyBytes b) return System.Text.Encoding.Latin1.GetString(b.Span);
        if (v.Type.Lookup("__bytes__") != null) return System.Text.Encoding.Latin1.GetString(((PyBytes)Ops.Call(Types.Bytes, v)).Span);
        throw PyError.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.Type.Name}'");
    }
}
