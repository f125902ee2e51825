using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>
/// Characters outside the BMP. .NET's engine matches UTF-16 units, where such a character is a
/// surrogate pair, while Python's matches code points. Patterns are translated twice: the narrow
/// translation serves subjects without pairs (nearly all, and exact for them); the wide one, used for
/// subjects with pairs, makes '.', negated classes and \w \d \W \D \S take a pair as one character
/// and spells astral class members as pair alternatives.
/// </summary>
internal sealed partial class RegexTranslator
{
    private const string Pair = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";
    private const string NotMidPair = "(?!(?<=[\\uD800-\\uDBFF])[\\uDC00-\\uDFFF])";
    private const string LoneHigh = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])";

    /// <summary>
    /// Emits a class. A negated class (wide) takes a pair whole, never half of it; astral members
    /// match their pairs. Bytes patterns and plain BMP classes stay one .NET class.
    /// </summary>
    private void EmitClass(string members, bool negated, List<(int Lo, int Hi)> astral)
    {
        if (_bytes || astral.Count == 0 && (!negated || !_wide) || negated && !_wide)
        {
            // Narrow: a subject without pairs never holds an astral character, so astral members can go
            // ([^😀] keeps no member: any character).
            if (negated && members.Length == 0) _o.Append("[\\s\\S]");
            else _o.Append('[').Append(negated ? "^" : "").Append(members).Append(']');
            return;
        }
        string alts = string.Join("|", astral.Select(r => Utf16Range(r.Lo, r.Hi)));
        if (!negated)
        {
            _o.Append("(?:").Append(members.Length > 0 ? "[" + members + "]" + (alts.Length > 0 ? "|" : "") : "").Append(alts).Append(')');
            return;
        }
        NegatedWide(members, alts);
    }

    /// <summary>Not a member: a BMP unit outside `members`, a pair not matching `alts`, or a lone high surrogate.</summary>
    private void NegatedWide(string members, string alts) =>
        // Atomic, so that backtracking never retries a pair as its lone high half.
        _o.Append("(?>[^").Append(members).Append("\\uD800-\\uDBFF]|")
          .Append(alts.Length > 0 ? "(?!" + alts + ")" : "").Append(Pair).Append('|').Append(LoneHigh).Append(')');

    /// <summary>\w \d \W \D \S for the wide translation (Unicode, str patterns): astral word characters and digits count.</summary>
    private string WideClassEscape(char k)
    {
        var saved = _o.Length;
        switch (k)
        {
            case 'w': return "(?:\\w|(?=[\\uD800-\\uDBFF])(?:" + AstralWord.Value + "))";
            case 'd': return "(?:\\d|(?=[\\uD800-\\uDBFF])(?:" + AstralDigit.Value + "))";
            case 's': return "\\s";
        }
        string inner = k switch { 'W' => "\\w", 'D' => "\\d", _ => "\\s" };
        string alts = k switch { 'W' => AstralWord.Value, 'D' => AstralDigit.Value, _ => "" };
        NegatedWide(inner, alts);
        string r = _o.ToString(saved, _o.Length - saved);
        _o.Length = saved;
        return r;
    }

    // Python's \w is str.isalnum() or '_': letters and numerics. Astral ones, as pair alternatives.
    private static readonly Lazy<string> AstralWord = new(() => AstralSet(c =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber));

    private static readonly Lazy<string> AstralDigit = new(() => AstralSet(c =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber));

    /// <summary>The astral code points satisfying `member`, grouped by high surrogate: `\uD835[\uDC00-\uDC54...]|...`.</summary>
    private static string AstralSet(Func<int, bool> member)
    {
        var sb = new StringBuilder();
        for (int high = 0xD800; high <= 0xDBFF; high++)
        {
            var lows = new StringBuilder();
            int baseCp = 0x10000 + ((high - 0xD800) << 10);
            for (int low = 0; low < 0x400; low++)
            {
                if (!member(baseCp + low)) continue;
                int end = low;
                while (end + 1 < 0x400 && member(baseCp + end + 1)) end++;
                lows.Append($"\\u{0xDC00 + low:X4}");
                if (end > low) lows.Append($"-\\u{0xDC00 + end:X4}");
                low = end;
            }
            if (lows.Length == 0) continue;
            if (sb.Length > 0) sb.Append('|');
            sb.Append($"\\u{high:X4}[").Append(lows).Append(']');
        }
        return sb.Length == 0 ? "(?!)" : sb.ToString();
    }

    /// <summary>The code points lo..hi (both astral) as UTF-16 alternatives: high surrogate, then a low range.</summary>
    private static string Utf16Range(int lo, int hi)
    {
        static string U(int u) => $"\\u{u:X4}";
        int h1 = 0xD800 + ((lo - 0x10000) >> 10), l1 = 0xDC00 + ((lo - 0x10000) & 0x3FF);
        int h2 = 0xD800 + ((hi - 0x10000) >> 10), l2 = 0xDC00 + ((hi - 0x10000) & 0x3FF);
        if (h1 == h2) return $"{U(h1)}[{U(l1)}-{U(l2)}]";
        var parts = new List<string> { $"{U(h1)}[{U(l1)}-\\uDFFF]" };
        if (h1 + 1 <= h2 - 1) parts.Add($"[{U(h1 + 1)}-{U(h2 - 1)}][\\uDC00-\\uDFFF]");
        parts.Add($"{U(h2)}[\\uDC00-{U(l2)}]");
        return string.Join("|", parts);
    }
}
