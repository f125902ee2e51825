using System.Globalization;
using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>str padding, case mapping, character classes, expandtabs and translate.</summary>
public static partial class StrMethods
{
    private static long Width(PyObject o) => Ops.Index(o) is var i && i.IsBig
        ? (i.Sign < 0 ? long.MinValue : throw PyError.Overflow("Python int too large to convert to C ssize_t")) : i.V;

    private static string FillChar(ReadOnlySpan<PyObject> args, string fname)
    {
        if (args.Length < 2) return " ";
        if (args[1] is not PyStr f)
            throw PyError.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
        if (!CodePoints.IsOne(f.Value)) throw PyError.TypeError("The fill character must be exactly one character long");
        return f.Value;
    }

    /// <summary>`fill` (one code point, maybe a pair) repeated n times.</summary>
    internal static string Repeat(string fill, int n) =>
        fill.Length == 1 ? new string(fill[0], n) : new StringBuilder(fill.Length * n).Insert(0, fill, n).ToString();

    private static PyObject Pad(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        ArgCheck.NoKw(fname, kw);
        ArgCheck.Count(fname, args, 1, 2);
        long width = Width(args[0]);
        string fill = FillChar(args, fname);
        string s = S(self);
        int len = ((PyStr)self).Length;
        if (width <= len) return Same(self);
        if (width > int.MaxValue / 4) throw PyError.MemoryError();
        int pad = (int)width - len;
        int left = fname switch
        {
            "ljust" => 0,
            "rjust" => pad,
            // CPython's centering: the odd pad character goes left only when width is odd.
            _ => pad / 2 + (pad & (int)width & 1),
        };
        return PyStr.From(Repeat(fill, left) + s + Repeat(fill, pad - left));
    }

    // Other_Uppercase / Other_Lowercase letters .NET does not report as upper/lower: Roman numerals, circled letters.
    private static bool IsUpperCp(int cp) => cp < 0x10000
        ? char.IsUpper((char)cp) || cp is >= 0x2160 and <= 0x216f or >= 0x24b6 and <= 0x24cf
        : Rune.IsUpper(new Rune(cp));
    private static bool IsLowerCp(int cp) => cp < 0x10000
        ? char.IsLower((char)cp) || cp is >= 0x2170 and <= 0x217f or >= 0x24d0 and <= 0x24e9
        : Rune.IsLower(new Rune(cp));
    private static bool IsTitleCp(int cp) => CodePoints.Category(cp) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCased(int cp) => IsUpperCp(cp) || IsLowerCp(cp) || IsTitleCp(cp);

    /// <summary>Unicode's Case_Ignorable: marks, format characters, modifiers and word-internal punctuation.</summary>
    private static bool IsCaseIgnorable(int cp) =>
        CodePoints.Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || cp is '\'' or '.' or ':' or 0xb7 or 0x387 or 0x55f or 0x5f4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xfe13 or 0xfe52 or 0xfe55 or 0xff07 or 0xff0e or 0xff1a;

    private enum CaseKind { Upper, Lower, Title, Fold }

    /// <summary>Appends cp's full case mapping. Astral characters have only one-to-one mappings (Unicode 15.1).</summary>
    private static void AppendCase(StringBuilder sb, int cp, CaseKind k)
    {
        if (cp >= 0x10000)
        {
            var r = new Rune(cp);
            sb.Append((k is CaseKind.Lower or CaseKind.Fold ? Rune.ToLowerInvariant(r) : Rune.ToUpperInvariant(r)).ToString());
        }
        else if (CaseTable.Special.TryGetValue((char)cp, out var m))
            sb.Append(k switch { CaseKind.Upper => m.Upper, CaseKind.Lower => m.Lower, CaseKind.Title => m.Title, _ => m.Fold });
        else sb.Append(k is CaseKind.Lower or CaseKind.Fold ? char.ToLowerInvariant((char)cp) : char.ToUpperInvariant((char)cp));
    }

    /// <summary>
    /// Lowercases the code point at unit i; a capital sigma at the end of a word becomes the final
    /// form 'ς' (Unicode's Final_Sigma: a cased letter before it and none after, skipping case-ignorables).
    /// </summary>
    private static void AppendLower(StringBuilder sb, string s, int i, int cp)
    {
        if (cp == 0x3a3 && IsFinalSigma(s, i)) sb.Append('\u03c2');
        else AppendCase(sb, cp, CaseKind.Lower);
    }

    private static bool IsFinalSigma(string s, int i)
    {
        int j = i;
        bool casedBefore = false;
        while (j > 0)
        {
            j -= j >= 2 && char.IsSurrogatePair(s[j - 2], s[j - 1]) ? 2 : 1;
            int c = CodePoints.At(s, j);
            if (IsCaseIgnorable(c)) continue;
            casedBefore = IsCased(c);
            break;
        }
        if (!casedBefore) return false;
        for (j = i + 1; j < s.Length; j += CodePoints.Width(s, j))
        {
            int c = CodePoints.At(s, j);
            if (!IsCaseIgnorable(c)) return !IsCased(c);
        }
        return true;
    }

    private static string MapCase(string s, CaseKind k)
    {
        // ASCII text (the common case) maps one to one, with no special casing: the vectorised BCL path.
        if (Ascii.IsValid(s)) return k == CaseKind.Upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int cp = CodePoints.At(s, i);
            if (k == CaseKind.Lower) AppendLower(sb, s, i, cp);
            else AppendCase(sb, cp, k);
        }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int cp = CodePoints.At(s, i);
            if (prevCased) AppendLower(sb, s, i, cp);
            else AppendCase(sb, cp, CaseKind.Title);
            prevCased = IsCased(cp);
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        AppendCase(sb, CodePoints.At(s, 0), CaseKind.Title);
        for (int i = CodePoints.Width(s, 0); i < s.Length; i += CodePoints.Width(s, i)) AppendLower(sb, s, i, CodePoints.At(s, i));
        return sb.ToString();
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int c = CodePoints.At(s, i);
            if (IsUpperCp(c) || IsTitleCp(c))
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if (IsLowerCp(c))
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    /// <summary>isupper (upper=true) / islower: at least one cased character, and none of the other case or titlecase.</summary>
    private static bool IsOneCase(string s, bool upper)
    {
        bool any = false;
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int c = CodePoints.At(s, i);
            if (IsTitleCp(c) || (upper ? IsLowerCp(c) : IsUpperCp(c))) return false;
            any |= upper ? IsUpperCp(c) : IsLowerCp(c);
        }
        return any;
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int cp = CodePoints.At(s, i);
            if (IsUpperCp(cp)) AppendLower(sb, s, i, cp);
            else if (IsLowerCp(cp)) AppendCase(sb, cp, CaseKind.Upper);
            else CodePoints.Append(sb, cp);
        }
        return sb.ToString();
    }

    private static bool IsDecimalCp(int cp) => CodePoints.Category(cp) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Python's isdigit: decimals plus digits such as superscripts (numeric value 0..9, category No).</summary>
    private static bool IsDigitCp(int cp) => IsDecimalCp(cp)
        || (CodePoints.Category(cp) == UnicodeCategory.OtherNumber && CodePoints.NumericValue(cp) is var v && v >= 0 && v <= 9 && v % 1 == 0);

    private static bool IsNumericCp(int cp) => CodePoints.NumericValue(cp) != -1 || IsDigitCp(cp);

    private static bool IsLetterCp(int cp) => cp < 0x10000 ? char.IsLetter((char)cp) : Rune.IsLetter(new Rune(cp));

    private static bool IsAlnumCp(int cp) => IsLetterCp(cp) || IsNumericCp(cp);

    private static bool IsSpaceCp(int cp) => cp < 0x10000 && IsPySpace((char)cp);

    private static bool All(PyObject self, Func<int, bool> pred)
    {
        string s = S(self);
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
            if (!pred(CodePoints.At(s, i))) return false;
        return true;
    }

    internal static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            int c = CodePoints.At(s, i);
            var cat = CodePoints.Category(c);
            bool start = c == '_' || IsLetterCp(c) || cat == UnicodeCategory.LetterNumber;
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
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
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
                // The high half of a pair does not advance the column: the pair is one character.
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) continue;
                col = c is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    private static PyObject Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k += CodePoints.Width(s, k))
        {
            int c = CodePoints.At(s, k);
            PyObject v;
            try { v = Ops.GetItem(table, PyInt.From(c)); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.LookupError)) { CodePoints.Append(sb, c); continue; }
            if (v == Py.None) continue;
            if (v is PyInt i)
            {
                if (i.IsBig || i.V < 0 || i.V > 0x10FFFF) throw PyError.ValueError("character mapping must be in range(0x110000)");
                CodePoints.Append(sb, (int)i.V);
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
                    if (!CodePoints.IsOne(ks.Value)) throw PyError.ValueError("string keys in translate table must be of length 1");
                    result.Set(PyInt.From(CodePoints.At(ks.Value, 0)), v);
                }
                else if (k is PyInt) result.Set(k, v);
                else throw PyError.TypeError("keys in translate table must be strings or integers");
            }
            return result;
        }
        if (args[0] is not PyStr x) throw PyError.TypeError($"maketrans() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr y) throw PyError.TypeError($"maketrans() argument 2 must be str, not {args[1].Type.Name}");
        int[] xs = CodePoints.ToArray(x.Value), ys = CodePoints.ToArray(y.Value);
        if (xs.Length != ys.Length) throw PyError.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.Length; i++) result.Set(PyInt.From(xs[i]), PyInt.From(ys[i]));
        if (args.Length == 3)
        {
            if (args[2] is not PyStr z) throw PyError.TypeError($"maketrans() argument 3 must be str, not {args[2].Type.Name}");
            foreach (int c in CodePoints.ToArray(z.Value)) result.Set(PyInt.From(c), Py.None);
        }
        return result;
    }

    private static PyObject ZFill(PyObject self, PyObject w)
    {
        string s = S(self);
        long width = Width(w);
        int len = ((PyStr)self).Length;
        if (width <= len) return Same(self);
        if (width > int.MaxValue / 4) throw PyError.MemoryError();
        string pad = new('0', (int)width - len);
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
        t.Method0("isdigit", self => Py.Bool(All(self, IsDigitCp)));
        t.Method0("isdecimal", self => Py.Bool(All(self, IsDecimalCp)));
        t.Method0("isnumeric", self => Py.Bool(All(self, IsNumericCp)));
        t.Method0("isalpha", self => Py.Bool(All(self, IsLetterCp)));
        t.Method0("isalnum", self => Py.Bool(All(self, IsAlnumCp)));
        t.Method0("isspace", self => Py.Bool(All(self, IsSpaceCp)));
        t.Method0("isascii", self => Py.Bool(S(self).All(c => c < 128)));
        t.Method0("isprintable", self => { string s = S(self); for (int i = 0; i < s.Length; i++) if (!IsPrintable(s, i)) return Py.False; return Py.True; });
        t.Method0("isidentifier", self => Py.Bool(IsIdentifier(S(self))));
        t.Method0("istitle", self => Py.Bool(IsTitle(S(self))));
        t.Method0("isupper", self => Py.Bool(IsOneCase(S(self), true)));
        t.Method0("islower", self => Py.Bool(IsOneCase(S(self), false)));
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
