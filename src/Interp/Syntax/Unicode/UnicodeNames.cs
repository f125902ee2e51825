using System.Globalization;
using System.IO.Compression;

namespace GilGrid.Interp.Syntax.Unicode;

/// <summary>
/// Unicode character names for `\N{...}` escapes and the `unicodedata` module (.NET has none). The
/// table is generated from CPython's unicodedata by gen_unicode_names.py into the embedded resource
/// unicode_names.zlib and decoded on first use; it is immutable and shared by every interpreter.
/// Name aliases (NameAliases.txt) are not included.
/// </summary>
internal static class UnicodeNames
{
    private sealed record Table(Dictionary<string, int> Names, Dictionary<int, string> NamesByCodePoint,
        List<(string Prefix, int Start, int End, bool AnyCase)> Ranges);

    private static readonly Lazy<Table> table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The code point named `name`, or -1. As in CPython, ordinary names are case-insensitive but
    /// the computed ones (Hangul syllables, CJK ideographs) must be spelled in upper case.
    /// </summary>
    public static int Lookup(string name)
    {
        const string hangul = "HANGUL SYLLABLE ";
        if (name.StartsWith(hangul, StringComparison.Ordinal)) return Hangul(name[hangul.Length..]);
        var t = table.Value;
        string upper = name.ToUpperInvariant();
        foreach (var (prefix, start, end, anyCase) in t.Ranges)
        {
            string n = anyCase ? upper : name;
            if (!n.StartsWith(prefix, StringComparison.Ordinal)) continue;
            string hex = n[prefix.Length..];
            if (hex.Length is 4 or 5 && !hex.Any(char.IsAsciiLetterLower)
                && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
                && cp >= start && cp <= end)
                return cp;
        }
        return t.Names.TryGetValue(upper, out int c) ? c : -1;
    }

    /// <summary>The name of a code point (`unicodedata.name`), or null when it has none.</summary>
    public static string? NameOf(int cp)
    {
        if (cp is >= 0xAC00 and <= 0xD7A3)
        {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JamoL[s / (21 * 28)] + JamoV[s % (21 * 28) / 28] + JamoT[s % 28];
        }
        var t = table.Value;
        foreach (var (prefix, start, end, _) in t.Ranges)
            if (cp >= start && cp <= end) return prefix + cp.ToString("X4", CultureInfo.InvariantCulture);
        return t.NamesByCodePoint.GetValueOrDefault(cp);
    }

    private static Table Load()
    {
        using var packed = typeof(UnicodeNames).Assembly.GetManifestResourceStream("unicode_names.zlib")
            ?? throw new InvalidOperationException("the unicode_names.zlib resource is missing from the build");
        using var z = new ZLibStream(packed, CompressionMode.Decompress);
        using var reader = new StreamReader(z, System.Text.Encoding.ASCII);
        var names = new Dictionary<string, int>(33000, StringComparer.Ordinal);
        var byCodePoint = new Dictionary<int, string>(33000);
        var ranges = new List<(string, int, int, bool)>();
        int cp = -1;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('='))
            {
                // "=PREFIX-start end flag": the prefix ends at its '-', hex bounds and i/u (any case/upper) follow.
                int dash = line.LastIndexOf('-');
                var parts = line[(dash + 1)..].Split(' ');
                ranges.Add((line[1..(dash + 1)], int.Parse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    int.Parse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), parts[2] == "i"));
                continue;
            }
            int space = line.IndexOf(' ');
            cp += int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            string name = line[(space + 1)..];
            names[name] = cp;
            byCodePoint.TryAdd(cp, name);
        }
        return new Table(names, byCodePoint, ranges);
    }

    // Hangul syllables are named from their jamo (Unicode chapter 3.12): S = SBase + (L*21 + V)*28 + T.
    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static int Hangul(string s)
    {
        int pos = 0;
        int l = Longest(s, ref pos, JamoL), v = Longest(s, ref pos, JamoV), t = Longest(s, ref pos, JamoT);
        if (l < 0 || v < 0 || t < 0 || pos != s.Length) return -1;
        return 0xAC00 + (l * 21 + v) * 28 + t;
    }

    /// <summary>The longest jamo spelled at `pos` (CPython's find_syllable), advancing past it.</summary>
    private static int Longest(string s, ref int pos, string[] jamo)
    {
        int best = -1, bestLen = -1;
        for (int i = 0; i < jamo.Length; i++)
        {
            string j = jamo[i];
            if (j.Length > bestLen && string.CompareOrdinal(s, pos, j, 0, j.Length) == 0 && pos + j.Length <= s.Length)
            {
                best = i;
                bestLen = j.Length;
            }
        }
        if (best >= 0) pos += bestLen;
        return best;
    }
}
