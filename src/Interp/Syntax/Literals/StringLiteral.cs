using System.Text;

namespace GilGrid.Interp.Syntax.Literals;

/// <summary>
/// Decodes the body of a string or bytes literal. Unknown escapes are kept as written (CPython
/// warns with a SyntaxWarning, which we do not print). Errors carry CPython's codec wording; the
/// caller turns them into a SyntaxError at the literal.
/// </summary>
internal static class StringLiteral
{
    public sealed class DecodeError(string message) : Exception(message);

    /// <summary>Splits a STRING token into its lower-case prefix and body.</summary>
    public static (string Prefix, string Body) Split(string token)
    {
        int i = 0;
        while (token[i] != '"' && token[i] != '\'') i++;
        string prefix = token[..i].ToLowerInvariant();
        char q = token[i];
        int ql = token.Length - i >= 6 && token[i + 1] == q && token[i + 2] == q ? 3 : 1;
        return (prefix, token.Substring(i + ql, token.Length - i - 2 * ql));
    }

    public static string DecodeStr(string body, bool raw)
    {
        if (raw || !body.Contains('\\')) return body;
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); continue; }
            int start = i;
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0', n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7') { v = v * 8 + body[++i] - '0'; n++; }
                    sb.Append((char)v);
                    break;
                }
                case 'x': sb.Append((char)Hex(body, ref i, 2, start, "truncated \\xXX escape")); break;
                case 'u': sb.Append((char)Hex(body, ref i, 4, start, "truncated \\uXXXX escape")); break;
                case 'U':
                {
                    int cp = Hex(body, ref i, 8, start, "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) throw Codec(body, start, i, "illegal Unicode character");
                    sb.Append(FromCodePoint(cp));
                    break;
                }
                case 'N':
                {
                    if (i + 1 >= body.Length || body[i + 1] != '{') throw Codec(body, start, i, "malformed \\N character escape");
                    int close = body.IndexOf('}', i + 2);
                    if (close < 0) throw Codec(body, start, body.Length - 1, "malformed \\N character escape");
                    string name = body.Substring(i + 2, close - i - 2);
                    int cp = name.Length == 0 ? -1 : Unicode.UnicodeNames.Lookup(name);
                    if (cp < 0)
                    {
                        throw name.Length == 0 ? Codec(body, start, close - 1, "malformed \\N character escape")
                            : Codec(body, start, close, "unknown Unicode character name");
                    }
                    sb.Append(FromCodePoint(cp));
                    i = close;
                    break;
                }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    public static byte[] DecodeBytes(string body, bool raw)
    {
        var bytes = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c >= 0x80) throw new DecodeError("bytes can only contain ASCII literal characters");
            if (raw || c != '\\' || i + 1 >= body.Length) { bytes.Add((byte)c); continue; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0', n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7') { v = v * 8 + body[++i] - '0'; n++; }
                    bytes.Add((byte)(v & 0xFF));
                    break;
                }
                case 'x':
                {
                    int start = i - 1;
                    if (i + 2 < body.Length && char.IsAsciiHexDigit(body[i + 1]) && char.IsAsciiHexDigit(body[i + 2]))
                    {
                        bytes.Add((byte)Convert.ToInt32(body.Substring(i + 1, 2), 16));
                        i += 2;
                    }
                    else throw new DecodeError($"(value error) invalid \\x escape at position {start}");
                    break;
                }
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>A code point as UTF-16, allowing lone surrogates as Python's str does.</summary>
    private static string FromCodePoint(int cp) =>
        cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    private static int Hex(string body, ref int i, int count, int start, string what)
    {
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            if (i + 1 >= body.Length || !char.IsAsciiHexDigit(body[i + 1])) throw Codec(body, start, i, what);
            v = v * 16 + Convert.ToInt32(body[++i].ToString(), 16);
        }
        return v;
    }

    private static DecodeError Codec(string body, int start, int end, string what)
    {
        int bs = Encoding.UTF8.GetByteCount(body.AsSpan(0, start));
        int be = bs + Encoding.UTF8.GetByteCount(body.AsSpan(start, Math.Min(end, body.Length - 1) - start + 1)) - 1;
        return new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {bs}-{be}: {what}");
    }
}
