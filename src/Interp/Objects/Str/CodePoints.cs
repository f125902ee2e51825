using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Objects;

/// <summary>
/// Code-point arithmetic over .NET (UTF-16) strings. A Python str is a sequence of code points; we
/// store it as UTF-16, where a character outside the BMP is a surrogate pair (two units). A lone
/// surrogate (a high not followed by a low, or a low not preceded by a high) is one code point, as
/// CPython allows '\ud800' in str. The one thing UTF-16 cannot say is "a lone high surrogate followed
/// by a lone low surrogate": '\ud83d' + '\ude00' becomes '😀' here (CPython keeps two code points).
/// </summary>
public static class CodePoints
{
    public static readonly int[] NoPairs = [];

    /// <summary>True when some unit is a surrogate (vectorised scan: the cheap test for "all BMP").</summary>
    public static bool HasSurrogates(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>The code-point indices of the surrogate pairs of s, ascending; NoPairs when it has none.</summary>
    public static int[] PairIndices(string s)
    {
        int first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0 || first == s.Length - 1) return NoPairs;
        List<int>? pairs = null;
        int cp = first;
        for (int i = first; i < s.Length; i++, cp++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                (pairs ??= []).Add(cp);
                i++;
            }
        }
        return pairs == null ? NoPairs : [.. pairs];
    }

    /// <summary>Number of code points of s.</summary>
    public static int Count(ReadOnlySpan<char> s) => s.Length - CountPairs(s);

    /// <summary>Number of surrogate pairs of s (a vectorised scan finds none in an all-BMP string).</summary>
    public static int CountPairs(ReadOnlySpan<char> s)
    {
        int first = s.IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0) return 0;
        int n = 0;
        for (int i = first; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n++; i++; }
        return n;
    }

    /// <summary>True when s is exactly one code point.</summary>
    public static bool IsOne(string s) => s.Length == 1 || s.Length == 2 && char.IsSurrogatePair(s[0], s[1]);

    /// <summary>The code point starting at unit i (a pair or a single unit, lone surrogates included).</summary>
    public static int At(string s, int i)
    {
        char c = s[i];
        return char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? char.ConvertToUtf32(c, s[i + 1]) : c;
    }

    /// <summary>Units taken by the code point starting at unit i (1 or 2).</summary>
    public static int Width(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    /// <summary>The str of one code point; chr() of a surrogate keeps it as a lone unit.</summary>
    public static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    public static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>The code points of s, one int each.</summary>
    public static int[] ToArray(string s)
    {
        var r = new int[Count(s)];
        for (int i = 0, k = 0; i < s.Length; k++) { r[k] = At(s, i); i += Width(s, i); }
        return r;
    }

    /// <summary>The Unicode category of a code point; a surrogate (lone) is Surrogate.</summary>
    public static UnicodeCategory Category(int cp) =>
        cp is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);

    /// <summary>The Unicode numeric value of a code point, -1 when it has none.</summary>
    public static double NumericValue(int cp) => cp < 0x10000 ? char.GetNumericValue((char)cp) : Rune.GetNumericValue(new Rune(cp));

    /// <summary>
    /// Ordering by code point, as CPython compares str. UTF-16 ordinal order differs only where a
    /// surrogate meets a unit of U+E000..U+FFFF (a pair is above every BMP character in code points
    /// but below U+E000 in units), so the slow decode runs only past a common prefix and there.
    /// </summary>
    public static int Compare(string a, string b)
    {
        int n = a.AsSpan().CommonPrefixLength(b);
        if (n == a.Length || n == b.Length) return a.Length.CompareTo(b.Length);
        char x = a[n], y = b[n];
        if (!char.IsSurrogate(x) && !char.IsSurrogate(y)) return x - y;
        // Back up when both strings may be inside a pair that starts one unit earlier.
        if (n > 0 && char.IsHighSurrogate(a[n - 1]) && (char.IsLowSurrogate(x) || char.IsLowSurrogate(y))) n--;
        return At(a, n).CompareTo(At(b, n));
    }

    /// <summary>True when a match of `len` units at unit i would cut a surrogate pair of s at either end.</summary>
    public static bool CutsPair(string s, int i, int len)
    {
        if (i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1])) return true;
        int e = i + len;
        return e > 0 && e < s.Length && char.IsLowSurrogate(s[e]) && char.IsHighSurrogate(s[e - 1]);
    }

    /// <summary>
    /// Could a match of sub cut a pair? Only when sub starts with a low or ends with a high surrogate
    /// (a needle made of whole characters always lands on character boundaries).
    /// </summary>
    public static bool MayCutPair(string sub) =>
        sub.Length > 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));

    /// <summary>Ordinal IndexOf over units [start, end) that skips matches cutting a surrogate pair.</summary>
    public static int IndexOf(string s, string sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        int i = s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
        if (i < 0 || !MayCutPair(sub)) return i;
        while (i >= 0 && CutsPair(s, i, sub.Length))
            i = i + 1 > end - sub.Length ? -1 : s.IndexOf(sub, i + 1, end - i - 1, StringComparison.Ordinal);
        return i;
    }

    /// <summary>The last match of sub inside units [start, end), skipping matches that cut a pair.</summary>
    public static int LastIndexOf(string s, string sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return end;
        bool check = MayCutPair(sub);
        var window = s.AsSpan(start, end - start);
        while (true)
        {
            int i = window.LastIndexOf(sub, StringComparison.Ordinal);
            if (i < 0) return -1;
            if (!check || !CutsPair(s, start + i, sub.Length)) return start + i;
            window = window[..(i + sub.Length - 1)];
        }
    }

    /// <summary>Does s have sub at unit i, without cutting a pair?</summary>
    public static bool HasAt(string s, int i, string sub) =>
        i >= 0 && i + sub.Length <= s.Length && string.CompareOrdinal(s, i, sub, 0, sub.Length) == 0
        && (!MayCutPair(sub) || !CutsPair(s, i, sub.Length));
}
