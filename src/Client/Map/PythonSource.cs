using System.Globalization;
using System.Text;
using GilGrid.Client.Json;
using GilGrid.Client.Repl;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Map;

/// <summary>Python source that evaluates to a given wire value (how a map hands inputs to a function
/// until the interpreter can take values directly).</summary>
public static class PythonSource
{
    public static string Of(WireValue value)
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
                text.Append("None");
                break;
            case WireBool b:
                text.Append(b.Value ? "True" : "False");
                break;
            case WireInt i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case WireBigInt i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case WireFloat f:
                text.Append(double.IsNaN(f.Value) ? "float('nan')"
                    : double.IsPositiveInfinity(f.Value) ? "float('inf')"
                    : double.IsNegativeInfinity(f.Value) ? "float('-inf')"
                    : PythonFloat.Repr(f.Value));
                break;
            case WireStr s:
                text.Append(PythonLiteral.Str(s.Value));
                break;
            case WireBytes b:
                text.Append("b'");
                foreach (var x in b.Value)
                    text.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
                text.Append('\'');
                break;
            case WireTuple t:
                text.Append('(');
                Items(text, t.Items);
                text.Append(t.Items.Length == 1 ? ",)" : ")");
                break;
            case WireList l:
                text.Append('[');
                Items(text, l.Items);
                text.Append(']');
                break;
            case WireSet s:
                text.Append(s.Frozen ? "frozenset({" : "set({");
                Items(text, s.Items);
                text.Append("})");
                break;
            case WireDict d:
                text.Append('{');
                for (var i = 0; i < d.Count; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    Write(text, d.Keys[i]);
                    text.Append(": ");
                    Write(text, d.Values[i]);
                }
                text.Append('}');
                break;
            default:
                throw new ArgumentException($"no Python source for {value.GetType().Name}");
        }
    }

    private static void Items(StringBuilder text, System.Collections.Immutable.ImmutableArray<WireValue> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
                text.Append(", ");
            Write(text, items[i]);
        }
    }
}
