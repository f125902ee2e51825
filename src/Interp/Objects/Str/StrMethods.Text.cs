using System.Globalization;
using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>str padding, case mapping, character classes, expandtabs and translate.</summary>
public static partial class StrMethods
{
    private static long Width(PyObject o) => Ops.Index(o) is var i && i.IsBig
        ? (i.Sign < 0 ? long.MinValue : throw PyError.Overflow("Python int too large to convert to C ssize_t")) : i.V;

    private static char FillChar(ReadOnlySpan<PyObject> args, string fname)
    {
        if (args.Length < 2) return ' ';
        if (args[1] is not PyStr f)
            throw PyError.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
        if (f.Value.Length != 1) throw PyError.TypeError("The fill character must be exactly one character long");
        return f.Value[0];
    }

    private static PyObject Pad(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        ArgCheck.NoKw(fname, kw);
        ArgCheck.Count(fname, args, 1, 2);
        long width = Width(args[0]);
        char fill = FillChar(args, fname);
        string s = S(self);
        if (width <= s.Length) return Same(self);
        if (width > int.MaxValue / 2) throw PyError.MemoryError();
        int pad = (int)width - s.Length;
        int left = fname switch
        {
            "ljust" => 0,
            "rjust" => pad,
            // CPython's centering: the odd pad character goes left only when width is odd.
            _ => pad / 2 + (pad & (int)width & 1),
        };
        return PyStr.From(new string(fill, left) + s + new string(fill, pad - left));
    }

    // Other_Uppercase / Other_Lowercase letters .NET does not report as upper/lower: Roman numerals, circled letters.
    private static bool IsUpperChar(char c) => char.IsUpper(c) || c is >= '\u2160' and <= '\u216f' or >= '\u24b6' and <= '\u24cf';
    private static bool IsLowerChar(char c) => char.IsLower(c) || c is >= '\u2170' and <= '\u217f' or >= '\u24d0' and <= '\u24e9';

    private static bool IsCased(char c) => IsUpperChar(c) || IsLowerChar(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private enum CaseKind { Upper, Lower, Title, Fold }

    private static void AppendCase(StringBuilder sb, char c, CaseKind k)
    {
        if (CaseTable.Special.TryGetValue(c, out var m))
            sb.Append(k switch { CaseKind.Upper => m.Upper, CaseKind.Lower => m.Lower, CaseKind.Title => m.Title, _ => m.Fold });
        else sb.Append(k is CaseKind.Lower or CaseKind.Fold ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
    }

    private static string MapCase(string s, CaseKind k)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) AppendCase(sb, c, k);
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        foreach (char c in s)
        {
            AppendCase(sb, c, prevCased ? CaseKind.Lower : CaseKind.Title);
            prevCased = IsCased(c);
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        AppendCase(sb, s[0], CaseKind.Title);
        for (int i = 1; i < s.Length; i++) AppendCase(sb, s[i], CaseKind.Lower);
        return sb.ToString();
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, prevCased = false;
        foreach (char c in s)
        {
            if (IsUpperChar(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if (IsLowerChar(c))
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsUpper(c)) AppendCase(sb, c, CaseKind.Lower);
            else if (char.IsLower(c)) AppendCase(sb, c, CaseKind.Upper);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsDecimalChar(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Python's isdigit: decimals plus digits such as superscripts (numeric value 0..9, category No).</summary>
    private static bool IsDigitChar(char c) => IsDecimalChar(c)
        || (char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && char.GetNumericValue(c) is var v && v >= 0 && v <= 9 && v % 1 == 0);

    private static bool IsNumericChar(char c) => char.GetNumericValue(c) != -1 || IsDigitChar(c);

    private static bool IsAlnumChar(char c) => char.IsLetter(c) || IsNumericChar(c);

    private static bool All(PyObject self, Func<char, bool> pred)
    {
        string s = S(self);
        if (s.Length == 0) return false;
        foreach (char c in s) if (!pred(c)) return false;
        return true;
    }

    internal static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            var cat = char.GetUnicodeCategory(c);
            bool start = c == '_' || char.IsLetter(c) || cat == UnicodeCategory.LetterNumber;
            bool cont = start || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
            if (i == 0 ? !start : !cont) return false;
        }
        return true;
    }

    private static string ExpandTabs(string s, long tab)
    {
        var sb = new StringBuilder(s.Length);
        long col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tab > 0)
                {
                    long n = tab - col % tab;
                    if (sb.Length + n > int.MaxValue / 2) throw PyError.Overflow("new string is too long");
                    sb.Append(' ', (int)n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                col = c is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    private static PyObject Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            PyObject v;
            try { v = Ops.GetItem(table, PyInt.From(c)); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.LookupError)) { sb.Append(c); continue; }
            if (v == Py.None) continue;
            if (v is PyInt i)
            {
                if (i.IsBig || i.V < 0 || i.V > 0x10FFFF) throw PyError.ValueError("character mapping must be in range(0x110000)");
                sb.Append(char.ConvertFromUtf32((int)i.V));
            }
            else if (v is PyStr r) sb.Append(r.Value);
            else throw PyError.TypeError("character mapping must return integer, None or str");
        }
        return PyStr.From(sb.ToString());
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args)
    {
        ArgCheck.Count("maketrans", args, 1, 3);
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw PyError.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var kv in d.Pairs())
            {
                var (k, v) = (kv.Key, kv.Value);
                if (k is PyStr ks)
                {
                    if (ks.Value.Length != 1) throw PyError.ValueError("string keys in translate table must be of length 1");
                    result.Set(PyInt.From(ks.Value[0]), v);
                }
                else if (k is PyInt) result.Set(k, v);
                else throw PyError.TypeError("keys in translate table must be strings or integers");
            }
            return result;
        }
        if (args[0] is not PyStr x) throw PyError.TypeError($"maketrans() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr y) throw PyError.TypeError($"maketrans() argument 2 must be str, not {args[1].Type.Name}");
        if (x.Value.Length != y.Value.Length) throw PyError.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.Value.Length; i++) result.Set(PyInt.From(x.Value[i]), PyInt.From(y.Value[i]));
        if (args.Length == 3)
        {
            if (args[2] is not PyStr z) throw PyError.TypeError($"maketrans() argument 3 must be str, not {args[2].Type.Name}");
            foreach (char c in z.Value) result.Set(PyInt.From(c), Py.None);
        }
        return result;
    }

    private static PyObject ZFill(PyObject self, PyObject w)
    {
        string s = S(self);
        long width = Width(w);
        if (width <= s.Length) return Same(self);
        string pad = new('0', (int)width - s.Length);
        return s.Length > 0 && s[0] is '+' or '-' ? PyStr.From(s[0] + pad + s[1..]) : PyStr.From(pad + s);
    }

    private static void RegisterText(PyType t)
    {
        t.Method("ljust", (self, args, kw) => Pad(self, args, kw, "ljust"));
        t.Method("rjust", (self, args, kw) => Pad(self, args, kw, "rjust"));
        t.Method("center", (self, args, kw) => Pad(self, args, kw, "center"));
        t.Method1("zfill", ZFill);
        t.Method0("upper", self => PyStr.From(MapCase(S(self), CaseKind.Upper)));
        t.Method0("lower", self => PyStr.From(MapCase(S(self), CaseKind.Lower)));
        t.Method0("casefold", self => PyStr.From(MapCase(S(self), CaseKind.Fold)));
        t.Method0("swapcase", self => PyStr.From(SwapCase(S(self))));
        t.Method0("title", self => PyStr.From(Title(S(self))));
        t.Method0("capitalize", self => PyStr.From(Capitalize(S(self))));
        t.Method0("isdigit", self => Py.Bool(All(self, IsDigitChar)));
        t.Method0("isdecimal", self => Py.Bool(All(self, IsDecimalChar)));
        t.Method0("isnumeric", self => Py.Bool(All(self, IsNumericChar)));
        t.Method0("isalpha", self => Py.Bool(All(self, char.IsLetter)));
        t.Method0("isalnum", self => Py.Bool(All(self, IsAlnumChar)));
        t.Method0("isspace", self => Py.Bool(All(self, IsPySpace)));
        t.Method0("isascii", self => Py.Bool(S(self).All(c => c < 128)));
        t.Method0("isprintable", self => { string s = S(self); for (int i = 0; i < s.Length; i++) if (!IsPrintable(s, i)) return Py.False; return Py.True; });
        t.Method0("isidentifier", self => Py.Bool(IsIdentifier(S(self))));
        t.Method0("istitle", self => Py.Bool(IsTitle(S(self))));
        t.Method0("isupper", self => Py.Bool(S(self).Any(IsUpperChar) && !S(self).Any(IsLowerChar)));
        t.Method0("islower", self => Py.Bool(S(self).Any(IsLowerChar) && !S(self).Any(IsUpperChar)));
        t.Method("expandtabs", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("expandtabs", args, kw, ["tabsize"], 0);
            return PyStr.From(ExpandTabs(S(self), a[0] == null ? 8 : Width(a[0]!)));
        });
        t.Method1("translate", (self, table) => Translate(S(self), table));
        t.Attrs["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", (self, args, kw) =>
        {
            ArgCheck.NoKw("maketrans", kw);
            return MakeTrans(args);
        }, t, "str"));
    }
}
