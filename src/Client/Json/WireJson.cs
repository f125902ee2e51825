using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Json;

/// <summary>
/// The one mapping between JSON and Python values that `gilgrid map` uses, the one of Python's
/// `json` module. In: object → dict (a repeated key keeps its first position and last value),
/// array → list, string → str, a number with a fraction or exponent → float, any other number → int
/// (of any size), true/false → bool, null → None. Out, as `json.dumps(value, ensure_ascii=False)`
/// writes it: tuples and lists → arrays, dict keys that are int, float, bool or None become strings,
/// floats as `repr` gives them (NaN and ±Infinity as Python writes them, although strict JSON has
/// none); bytes, sets, pickled class instances (<see cref="WirePickled"/>: "Object of type Point is
/// not JSON serializable", as `json.dumps` says of an instance) and other keys cannot be written. Unlike Python, input must be strict JSON:
/// the NaN and Infinity literals are refused.
/// </summary>
public static class WireJson
{
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = WireValue.MaxDepth };

    /// <summary>Parses one JSON text; throws <see cref="JsonException"/> for bad JSON.</summary>
    public static WireValue Parse(string json)
    {
        using var document = JsonDocument.Parse(json, ReadOptions);
        return FromElement(document.RootElement);
    }

    private static WireValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => WireNone.Instance,
        JsonValueKind.True => WireBool.True,
        JsonValueKind.False => WireBool.False,
        JsonValueKind.String => new WireStr(element.GetString()!),
        JsonValueKind.Number => Number(element.GetRawText()),
        JsonValueKind.Array => new WireList(element.EnumerateArray().Select(FromElement).ToImmutableArray()),
        JsonValueKind.Object => Object(element),
        _ => throw new JsonException($"unexpected JSON value kind {element.ValueKind}"),
    };

    private static WireValue Number(string text) =>
        text.AsSpan().IndexOfAny(".eE") >= 0
            ? new WireFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
            : WireBigInt.Of(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    private static WireDict Object(JsonElement element)
    {
        var keys = new List<WireValue>();
        var values = new List<WireValue>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var value = FromElement(property.Value);
            if (positions.TryGetValue(property.Name, out var at))
            {
                values[at] = value;
                continue;
            }
            positions[property.Name] = keys.Count;
            keys.Add(new WireStr(property.Name));
            values.Add(value);
        }
        return new WireDict([.. keys], [.. values]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as Python's `json.dumps(value, ensure_ascii=False)` does;
    /// throws <see cref="NotJsonSerializableException"/> with Python's TypeError message otherwise.
    /// </summary>
    public static string Serialize(WireValue value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, WireValue value)
    {
        switch (value)
        {
            case WireNone:
                text.Append("null");
                break;
            case WireBool b:
                text.Append(b.Value ? "true" : "false");
                break;
            case WireInt i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case WireBigInt i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case WireFloat f:
                text.Append(FloatText(f.Value));
                break;
            case WireStr s:
                WriteString(text, s.Value);
                break;
            case WireTuple t:
                WriteArray(text, t.Items);
                break;
            case WireList l:
                WriteArray(text, l.Items);
                break;
            case WireDict d:
                text.Append('{');
                for (var i = 0; i < d.Count; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    WriteString(text, KeyText(d.Keys[i]));
                    text.Append(": ");
                    Write(text, d.Values[i]);
                }
                text.Append('}');
                break;
            default:
                throw new NotJsonSerializableException($"Object of type {value.TypeName} is not JSON serializable");
        }
    }

    private static void WriteArray(StringBuilder text, ImmutableArray<WireValue> items)
    {
        text.Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
                text.Append(", ");
            Write(text, items[i]);
        }
        text.Append(']');
    }

    private static string FloatText(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : PythonFloat.Repr(value);

    private static string KeyText(WireValue key) => key switch
    {
        WireStr s => s.Value,
        WireBool b => b.Value ? "true" : "false",
        WireNone => "null",
        WireInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        WireBigInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        WireFloat f => FloatText(f.Value),
        _ => throw new NotJsonSerializableException(
            $"keys must be str, int, float, bool or None, not {key.TypeName}"),
    };

    /// <summary>A JSON string as Python writes it with ensure_ascii=False: only `"`, `\` and
    /// control characters are escaped.</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}

/// <summary>A value has no JSON form; the message is the TypeError Python's `json` raises.</summary>
public sealed class NotJsonSerializableException(string message) : Exception(message);
