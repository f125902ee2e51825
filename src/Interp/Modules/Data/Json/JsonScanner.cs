using System.Globalization;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Json;

/// <summary>A JSON syntax error at a position; the module turns it into its JSONDecodeError.</summary>
internal sealed class JsonSyntaxError(string message, int pos) : Exception(message)
{
    public readonly int Pos = pos;
}

/// <summary>
/// Parses JSON text into Python values with CPython's decoder rules: the same accepted grammar
/// (NaN/Infinity constants, lone surrogate escapes, strict control characters), the same hooks and
/// the same error messages at the same positions.
/// </summary>
internal sealed class JsonScanner(string s)
{
    public bool Strict = true;
    public PyObject? ObjectHook, ObjectPairsHook, ParseFloat, ParseInt, ParseConstant;
    private int _depth;

    public static bool IsWs(char c) => c is ' ' or '\t' or '\n' or '\r';

    public int SkipWs(int i)
    {
        while (i < s.Length && IsWs(s[i])) i++;
        return i;
    }

    /// <summary>Scans one value starting exactly at idx; returns it and the index after it.</summary>
    public PyObject Value(int idx, out int end)
    {
        if (idx >= s.Length) throw new JsonSyntaxError("Expecting value", idx);
        char c = s[idx];
        switch (c)
        {
            case '"': return PyStr.From(String(idx + 1, out end));
            case '{': return Nested(idx + 1, true, out end);
            case '[': return Nested(idx + 1, false, out end);
            case 'n' when At(idx, "null"): end = idx + 4; return Py.None;
            case 't' when At(idx, "true"): end = idx + 4; return Py.True;
            case 'f' when At(idx, "false"): end = idx + 5; return Py.False;
            case 'N' when At(idx, "NaN"): end = idx + 3; return Constant("NaN");
            case 'I' when At(idx, "Infinity"): end = idx + 8; return Constant("Infinity");
            case '-' when At(idx, "-Infinity"): end = idx + 9; return Constant("-Infinity");
        }
        return Number(idx, out end) ?? throw new JsonSyntaxError("Expecting value", idx);
    }

    private bool At(int idx, string word) => string.CompareOrdinal(s, idx, word, 0, word.Length) == 0;

    private PyObject Constant(string name) =>
        ParseConstant != null ? Ops.Call(ParseConstant, PyStr.From(name))
        : new PyFloat(name == "NaN" ? double.NaN : name == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity);

    private PyObject Nested(int idx, bool isObject, out int end)
    {
        var ts = ThreadState.Current;
        string what = isObject ? "object" : "array";
        if (++_depth + ts.Depth > ts.Interp.RecursionLimit)
            throw PyError.Recursion($"maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
        ThreadState.EnsureStack($"while decoding a JSON {what} from a unicode string");
        var result = isObject ? Object(idx, out end) : Array(idx, out end);
        _depth--;
        return result;
    }

    private PyObject Array(int idx, out int end)
    {
        var items = new PyList();
        idx = SkipWs(idx);
        if (idx < s.Length && s[idx] == ']') { end = idx + 1; return items; }
        while (true)
        {
            items.Append(Value(idx, out idx));
            idx = SkipWs(idx);
            if (idx < s.Length && s[idx] == ']') { end = idx + 1; return items; }
            if (idx >= s.Length || s[idx] != ',') throw new JsonSyntaxError("Expecting ',' delimiter", idx);
            int comma = idx;
            idx = SkipWs(idx + 1);
            if (idx < s.Length && s[idx] == ']') throw new JsonSyntaxError("Illegal trailing comma before end of array", comma);
        }
    }

    private PyObject Object(int idx, out int end)
    {
        var pairs = new List<(PyObject Key, PyObject Value)>();
        idx = SkipWs(idx);
        if (idx < s.Length && s[idx] == '}') { idx++; }
        else
        {
            if (idx >= s.Length || s[idx] != '"')
                throw new JsonSyntaxError("Expecting property name enclosed in double quotes", idx);
            while (true)
            {
                var key = PyStr.From(String(idx + 1, out idx));
                idx = SkipWs(idx);
                if (idx >= s.Length || s[idx] != ':') throw new JsonSyntaxError("Expecting ':' delimiter", idx);
                idx = SkipWs(idx + 1);
                pairs.Add((key, Value(idx, out idx)));
                idx = SkipWs(idx);
                if (idx < s.Length && s[idx] == '}') { idx++; break; }
                if (idx >= s.Length || s[idx] != ',') throw new JsonSyntaxError("Expecting ',' delimiter", idx);
                int comma = idx;
                idx = SkipWs(idx + 1);
                if (idx < s.Length && s[idx] == '"') continue;
                if (idx < s.Length && s[idx] == '}') throw new JsonSyntaxError("Illegal trailing comma before end of object", comma);
                throw new JsonSyntaxError("Expecting property name enclosed in double quotes", idx);
            }
        }
        end = idx;
        if (ObjectPairsHook != null)
        {
            var list = new PyList();
            foreach (var (k, v) in pairs) list.Append(PyTuple.Of(k, v));
            return Ops.Call(ObjectPairsHook, list);
        }
        var d = new PyDict();
        foreach (var (k, v) in pairs) d.Set(k, v);
        return ObjectHook != null ? Ops.Call(ObjectHook, d) : d;
    }

    /// <summary>The body of a string literal whose opening quote is just before `begin`.</summary>
    public string String(int begin, out int end)
    {
        var sb = new StringBuilder();
        int i = begin;
        while (true)
        {
            if (i >= s.Length) throw new JsonSyntaxError("Unterminated string starting at", begin - 1);
            char c = s[i];
            if (c == '"') { end = i + 1; return sb.ToString(); }
            if (c != '\\')
            {
                if (c < 0x20 && Strict) throw new JsonSyntaxError("Invalid control character at", i);
                sb.Append(c);
                i++;
                continue;
            }
            i++;
            if (i >= s.Length) throw new JsonSyntaxError("Unterminated string starting at", begin - 1);
            char e = s[i];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    int u = Hex4(i + 1) ?? throw new JsonSyntaxError("Invalid \\uXXXX escape", i);
                    i += 4;
                    // A high surrogate followed by an escaped low one is one astral character;
                    // .NET keeps it as the same pair. Lone surrogates are kept as they are.
                    sb.Append((char)u);
                    break;
                default: throw new JsonSyntaxError("Invalid \\escape", i - 1);
            }
            i++;
        }
    }

    private int? Hex4(int at)
    {
        if (at + 4 > s.Length) return null;
        int v = 0;
        for (int k = at; k < at + 4; k++)
        {
            int d = HexDigit(s[k]);
            if (d < 0) return null;
            v = v * 16 + d;
        }
        return v;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private PyObject? Number(int start, out int end)
    {
        int i = start;
        end = start;
        if (i < s.Length && s[i] == '-') i++;
        if (i >= s.Length) return null;
        if (s[i] >= '1' && s[i] <= '9') { while (i < s.Length && char.IsAsciiDigit(s[i])) i++; }
        else if (s[i] == '0') i++;
        else return null;
        bool isFloat = false;
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            int digits = j;
            while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            if (j > digits) { isFloat = true; i = j; }
        }
        end = i;
        string text = s[start..i];
        if (isFloat)
            return ParseFloat != null ? Ops.Call(ParseFloat, PyStr.From(text))
                : new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (ParseInt != null) return Ops.Call(ParseInt, PyStr.From(text));
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
            ? PyInt.From(l) : PyInt.From(BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }
}
