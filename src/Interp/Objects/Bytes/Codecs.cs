using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// str.encode / bytes.decode for the builtin codecs (utf-8, utf-16/32 and their -le/-be forms, ascii,
/// latin-1, cp1252) with CPython's error handlers, error ranges and reasons. Written by hand rather
/// than over System.Text.Encoding because the error positions, the "maximal subpart" replacement rule
/// and surrogateescape/surrogatepass must match CPython exactly.
/// </summary>
public static class Codecs
{
    private static readonly string[] Handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace"];

    /// <summary>CPython's codec name normalisation, mapped to our canonical names.</summary>
    public static string? Canonical(string encoding)
    {
        string n = encoding.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "ascii" or "us-ascii" or "646" => "ascii",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" => "latin-1",
            "cp1252" or "windows-1252" => "cp1252",
            "utf-16" or "utf16" => "utf-16",
            "utf-16-le" or "utf-16le" => "utf-16-le",
            "utf-16-be" or "utf-16be" => "utf-16-be",
            "utf-32" or "utf32" => "utf-32",
            "utf-32-le" or "utf-32le" => "utf-32-le",
            "utf-32-be" or "utf-32be" => "utf-32-be",
            _ => null,
        };
    }

    /// <summary>
    /// Codecs other than the native ones (codecs.register, utf-8-sig) and error handlers registered
    /// with codecs.register_error live in the codecs module (src/Interp/Modules/Lib/_codecs_text.py).
    /// An unknown encoding imports it to look; a non-standard handler name can only have been
    /// registered if it was imported already. Null: use the native codec as usual.
    /// </summary>
    private static PyObject? ThroughCodecsModule(string function, PyObject data, string encoding, string errors, bool importIfMissing)
    {
        var interp = ThreadState.CurrentOrNull?.Interp;
        if (interp == null) return null;
        if (interp.Modules.Get("_codecs_text") is not PyModule module)
        {
            if (!importIfMissing) return null;
            interp.Importer.ImportName("codecs", new PyDict(), Py.None, 0);
            if (interp.Modules.Get("_codecs_text") is not PyModule imported) return null;
            module = imported;
        }
        return module.Globals.Get(function) is { } fn ? Ops.Call(fn, data, PyStr.From(encoding), PyStr.From(errors)) : null;
    }

    private static string CheckHandler(string errors) => Array.IndexOf(Handlers, errors) >= 0 ? errors
        : throw PyError.Make(Types.LookupError, $"unknown error handler name '{errors}'");

    // cp1252's 0x80..0x9f row; '\0' marks the five undefined bytes.
    private const string Cp1252High = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\u017d\0"
        + "\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178";

    // ---- encoding ----------------------------------------------------------------------------
    public static PyBytes Encode(string s, string encoding, string errors)
    {
        string? canonical = Canonical(encoding);
        if ((canonical == null || Array.IndexOf(Handlers, errors) < 0)
            && ThroughCodecsModule("str_encode", PyStr.From(s), encoding, errors, canonical == null) is PyBytes registered)
            return registered;
        string enc = canonical ?? throw PyError.Make(Types.LookupError, $"unknown encoding: {encoding}");
        var o = new List<byte>(s.Length);
        if (enc == "utf-16") { o.Add(0xff); o.Add(0xfe); enc = "utf-16-le"; }
        if (enc == "utf-32") { o.AddRange([0xff, 0xfe, 0, 0]); enc = "utf-32-le"; }
        for (int i = 0; i < s.Length;)
        {
            int cp = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i) : s[i];
            int w = cp > 0xffff ? 2 : 1;
            if (TryEncode(enc, cp, o)) { i += w; continue; }
            // An unencodable run: CPython reports and replaces the whole run at once.
            int end = i + w;
            while (end < s.Length)
            {
                int c2 = char.IsSurrogatePair(s, end) ? char.ConvertToUtf32(s, end) : s[end];
                if (CanEncode(enc, c2)) break;
                end += c2 > 0xffff ? 2 : 1;
            }
            string reason = enc switch
            {
                "ascii" => "ordinal not in range(128)",
                "latin-1" => "ordinal not in range(256)",
                "cp1252" => "character maps to <undefined>",
                _ => "surrogates not allowed",
            };
            string shownEnc = enc == "cp1252" ? "charmap" : enc;
            switch (CheckHandler(errors))
            {
                case "ignore": break;
                case "replace": foreach (int _ in CodePoints(s, i, end)) TryEncode(enc, '?', o); break;
                case "namereplace":
                    foreach (int c in CodePoints(s, i, end))
                        foreach (char ch in Syntax.Unicode.UnicodeNames.NameOf(c) is { } name ? $"\\N{{{name}}}" : Escaped(c)) TryEncode(enc, ch, o);
                    break;
                case "backslashreplace":
                    foreach (int c in CodePoints(s, i, end))
                        foreach (char ch in Escaped(c)) TryEncode(enc, ch, o);
                    break;
                case "xmlcharrefreplace":
                    foreach (int c in CodePoints(s, i, end)) foreach (char ch in $"&#{c};") TryEncode(enc, ch, o);
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        if (s[k] < 0xdc80 || s[k] > 0xdcff) throw EncodeError(shownEnc, s, k, k + 1, reason);
                        o.Add((byte)(s[k] - 0xdc00));
                    }
                    break;
                case "surrogatepass" when enc.StartsWith("utf"):
                    for (int k = i; k < end; k++)
                    {
                        if (!char.IsSurrogate(s[k])) throw EncodeError(shownEnc, s, k, k + 1, reason);
                        EncodeUnit(enc, s[k], o);
                    }
                    break;
                default: throw EncodeError(shownEnc, s, i, end, reason);
            }
            i = end;
        }
        return new PyBytes(o.ToArray());
    }

    /// <summary>The error reports code-point positions; i and end are unit indices into s.</summary>
    private static PyError EncodeError(string enc, string s, int i, int end, string reason) =>
        UnicodeErrors.Encode(enc, s, Objects.CodePoints.Count(s.AsSpan(0, i)), Objects.CodePoints.Count(s.AsSpan(0, end)), reason);

    private static string Escaped(int c) => c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";

    private static IEnumerable<int> CodePoints(string s, int from, int to)
    {
        for (int k = from; k < to; k += char.IsSurrogatePair(s, k) ? 2 : 1)
            yield return char.IsSurrogatePair(s, k) ? char.ConvertToUtf32(s, k) : s[k];
    }

    private static bool CanEncode(string enc, int cp) => enc switch
    {
        "ascii" => cp < 0x80,
        "latin-1" => cp < 0x100,
        "cp1252" => cp < 0x80 || (cp >= 0xa0 && cp < 0x100) || (cp != 0 && Cp1252High.Contains((char)cp)),
        _ => cp < 0xd800 || cp > 0xdfff,
    };

    private static bool TryEncode(string enc, int cp, List<byte> o)
    {
        if (!CanEncode(enc, cp)) return false;
        if (enc == "cp1252" && cp >= 0x80 && cp < 0xa0 || enc == "cp1252" && cp > 0xff) o.Add((byte)(0x80 + Cp1252High.IndexOf((char)cp)));
        else if (enc is "ascii" or "latin-1" or "cp1252") o.Add((byte)cp);
        else EncodeUnit(enc, cp, o);
        return true;
    }

    /// <summary>One code point (lone surrogates included, for surrogatepass) in a UTF encoding.</summary>
    private static void EncodeUnit(string enc, int cp, List<byte> o)
    {
        switch (enc)
        {
            case "utf-8":
                if (cp < 0x80) o.Add((byte)cp);
                else if (cp < 0x800) { o.Add((byte)(0xc0 | cp >> 6)); o.Add((byte)(0x80 | cp & 0x3f)); }
                else if (cp < 0x10000) { o.Add((byte)(0xe0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3f)); o.Add((byte)(0x80 | cp & 0x3f)); }
                else { o.Add((byte)(0xf0 | cp >> 18)); o.Add((byte)(0x80 | cp >> 12 & 0x3f)); o.Add((byte)(0x80 | cp >> 6 & 0x3f)); o.Add((byte)(0x80 | cp & 0x3f)); }
                break;
            case "utf-16-le" or "utf-16-be":
                if (cp > 0xffff)
                {
                    int v = cp - 0x10000;
                    Unit16(enc, 0xd800 + (v >> 10), o);
                    Unit16(enc, 0xdc00 + (v & 0x3ff), o);
                }
                else Unit16(enc, cp, o);
                break;
            default:
                var b = BitConverter.GetBytes(cp);
                if (enc == "utf-32-be") Array.Reverse(b);
                o.AddRange(b);
                break;
        }
    }

    private static void Unit16(string enc, int u, List<byte> o)
    {
        if (enc == "utf-16-le") { o.Add((byte)u); o.Add((byte)(u >> 8)); }
        else { o.Add((byte)(u >> 8)); o.Add((byte)u); }
    }

    // ---- decoding ----------------------------------------------------------------------------
    public static PyStr Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        string? canonical = Canonical(encoding);
        if ((canonical == null || Array.IndexOf(Handlers, errors) < 0)
            && ThroughCodecsModule("bytes_decode", new PyBytes(data.ToArray()), encoding, errors, canonical == null) is PyStr registered)
            return registered;
        string enc = canonical ?? throw PyError.Make(Types.LookupError, $"unknown encoding: {encoding}");
        byte[] d = data.ToArray();
        int i = 0;
        if (enc == "utf-16")
        {
            enc = d.Length >= 2 && d[0] == 0xfe && d[1] == 0xff ? "utf-16-be" : "utf-16-le";
            if (d.Length >= 2 && (d[0] == 0xff && d[1] == 0xfe || d[0] == 0xfe && d[1] == 0xff)) i = 2;
        }
        if (enc == "utf-32")
        {
            enc = d.Length >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xfe && d[3] == 0xff ? "utf-32-be" : "utf-32-le";
            if (d.Length >= 4 && (d[0] == 0xff && d[1] == 0xfe && d[2] == 0 && d[3] == 0 || d[0] == 0 && d[1] == 0 && d[2] == 0xfe && d[3] == 0xff)) i = 4;
        }
        var sb = new StringBuilder(d.Length);
        while (i < d.Length)
        {
            var (len, cp, reason) = DecodeOne(enc, d, i);
            if (reason == null)
            {
                if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
                i += len;
                continue;
            }
            int end = i + len;
            string shownEnc = enc == "cp1252" ? "charmap" : enc;
            switch (CheckHandler(errors))
            {
                case "ignore": break;
                case "replace": sb.Append('\ufffd'); break;
                case "backslashreplace": for (int k = i; k < end; k++) sb.Append($"\\x{d[k]:x2}"); break;
                case "surrogatepass" when enc.StartsWith("utf") && EncodedSurrogate(enc, d, i) is var (sl, sc) && sl > 0:
                    sb.Append((char)sc);
                    end = i + sl;
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        if (d[k] < 0x80) throw UnicodeErrors.Decode(shownEnc, d, i, end, reason);
                        sb.Append((char)(0xdc00 + d[k]));
                    }
                    break;
                default: throw UnicodeErrors.Decode(shownEnc, d, i, end, reason);
            }
            i = end;
        }
        return PyStr.From(sb.ToString());
    }

    /// <summary>Decodes one character at i: (bytes consumed, code point, null) or (bad length, 0, reason).</summary>
    private static (int len, int cp, string? reason) DecodeOne(string enc, byte[] d, int i)
    {
        byte b = d[i];
        switch (enc)
        {
            case "ascii": return b < 0x80 ? (1, b, null) : (1, 0, "ordinal not in range(128)");
            case "latin-1": return (1, b, null);
            case "cp1252":
                if (b < 0x80 || b >= 0xa0) return (1, b, null);
                char c = Cp1252High[b - 0x80];
                return c != '\0' ? (1, c, null) : (1, 0, "character maps to <undefined>");
            case "utf-8": return DecodeUtf8(d, i);
            case "utf-16-le" or "utf-16-be":
            {
                if (d.Length - i < 2) return (d.Length - i, 0, "truncated data");
                int u = Read16(enc, d, i);
                if (u < 0xd800 || u > 0xdfff) return (2, u, null);
                if (u >= 0xdc00) return (2, 0, "illegal encoding");
                if (d.Length - i < 4) return (d.Length - i, 0, d.Length - i == 2 ? "unexpected end of data" : "truncated data");
                int u2 = Read16(enc, d, i + 2);
                if (u2 < 0xdc00 || u2 > 0xdfff) return (2, 0, "illegal UTF-16 surrogate");
                return (4, 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00), null);
            }
            default:
            {
                if (d.Length - i < 4) return (d.Length - i, 0, "truncated data");
                uint v = enc == "utf-32-be" ? (uint)(d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3])
                    : (uint)(d[i + 3] << 24 | d[i + 2] << 16 | d[i + 1] << 8 | d[i]);
                if (v > 0x10ffff) return (4, 0, "code point not in range(0x110000)");
                if (v >= 0xd800 && v <= 0xdfff) return (4, 0, "code point in surrogate code point range(0xd800, 0xe000)");
                return (4, (int)v, null);
            }
        }
    }

    /// <summary>A surrogate code point encoded at i (what surrogatepass lets through): (length, unit), or (0, 0).</summary>
    private static (int len, int unit) EncodedSurrogate(string enc, byte[] d, int i)
    {
        int n = d.Length - i;
        int u = enc switch
        {
            "utf-8" when n >= 3 && d[i] == 0xed && d[i + 1] is >= 0xa0 and <= 0xbf && d[i + 2] is >= 0x80 and <= 0xbf
                => 0xd000 | (d[i + 1] & 0x3f) << 6 | d[i + 2] & 0x3f,
            "utf-16-le" or "utf-16-be" when n >= 2 => Read16(enc, d, i),
            "utf-32-le" when n >= 4 && d[i + 3] == 0 && d[i + 2] == 0 => d[i] | d[i + 1] << 8,
            "utf-32-be" when n >= 4 && d[i] == 0 && d[i + 1] == 0 => d[i + 2] << 8 | d[i + 3],
            _ => 0,
        };
        return u is >= 0xd800 and <= 0xdfff ? (enc == "utf-8" ? 3 : enc.StartsWith("utf-16") ? 2 : 4, u) : (0, 0);
    }

    private static int Read16(string enc, byte[] d, int i) => enc == "utf-16-le" ? d[i] | d[i + 1] << 8 : d[i] << 8 | d[i + 1];

    /// <summary>UTF-8 per CPython: a bad sequence's length is its maximal valid prefix (at least 1).</summary>
    private static (int, int, string?) DecodeUtf8(byte[] d, int i)
    {
        byte b = d[i];
        if (b < 0x80) return (1, b, null);
        int need; int cp; byte lo = 0x80, hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef)
        {
            need = 2; cp = b & 0x0f;
            if (b == 0xe0) lo = 0xa0; else if (b == 0xed) hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4)
        {
            need = 3; cp = b & 0x07;
            if (b == 0xf0) lo = 0x90; else if (b == 0xf4) hi = 0x8f;
        }
        else return (1, 0, "invalid start byte");
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= d.Length) return (d.Length - i, 0, "unexpected end of data");
            byte c = d[i + k];
            byte l = k == 1 ? lo : (byte)0x80, h = k == 1 ? hi : (byte)0xbf;
            if (c < l || c > h) return (k, 0, "invalid continuation byte");
            cp = cp << 6 | c & 0x3f;
        }
        return (need + 1, cp, null);
    }
}
