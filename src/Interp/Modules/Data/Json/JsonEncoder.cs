using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Json;

/// <summary>
/// Serialises Python values to JSON text exactly as CPython's json module does (same separators,
/// float reprs, escapes, key coercions and error messages). One instance per `encode` call.
/// </summary>
internal sealed class JsonEncoder
{
    public bool SkipKeys, EnsureAscii = true, CheckCircular = true, AllowNan = true, SortKeys;
    /// <summary>The indent unit, or null for the single-line form.</summary>
    public string? Indent;
    public string ItemSeparator = ", ", KeySeparator = ": ";
    /// <summary>Called for values JSON has no form for; its result is encoded instead.</summary>
    public PyObject? Default;

    private readonly StringBuilder _sb = new();
    private readonly HashSet<PyObject> _markers = new(ReferenceEqualityComparer.Instance);
    private int _depth;

    public string Encode(PyObject o)
    {
        Value(o, 0);
        return _sb.ToString();
    }

    private void Value(PyObject o, int level)
    {
        switch (o)
        {
            case PyStr s: Str(_sb, s.Value, EnsureAscii); return;
            case PySingleton when o == Py.None: _sb.Append("null"); return;
            case PyInt i when o.Type == Types.Bool: _sb.Append(i.V != 0 ? "true" : "false"); return;
            case PyInt i: _sb.Append(i.IsBig ? i.AsBig.ToString() : i.V.ToString(System.Globalization.CultureInfo.InvariantCulture)); return;
            case PyFloat f: _sb.Append(Float(f.V)); return;
            case PyList l: Array(o, l.Span, level); return;
            case PyTuple t: Array(o, t.Items, level); return;
            case PyDict d: Object(d, level); return;
        }
        if (Default == null)
            throw PyError.TypeError($"Object of type {o.Type.Name} is not JSON serializable");
        Enter(o);
        Value(Ops.Call(Default, o), level);
        Leave(o);
    }

    private void Enter(PyObject container)
    {
        var ts = ThreadState.Current;
        if (++_depth + ts.Depth > ts.Interp.RecursionLimit)
            throw PyError.Recursion("maximum recursion depth exceeded while encoding a JSON object");
        ThreadState.EnsureStack("while encoding a JSON object");
        if (CheckCircular && !_markers.Add(container)) throw PyError.ValueError("Circular reference detected");
    }

    private void Leave(PyObject container)
    {
        _depth--;
        if (CheckCircular) _markers.Remove(container);
    }

    private void Newline(int level)
    {
        _sb.Append('\n');
        for (int i = 0; i < level; i++) _sb.Append(Indent);
    }

    private void Array(PyObject owner, ReadOnlySpan<PyObject> items, int level)
    {
        if (items.Length == 0) { _sb.Append("[]"); return; }
        Enter(owner);
        _sb.Append('[');
        // Snapshot: a `default` callback may mutate the list while it is being written.
        var snapshot = items.ToArray();
        for (int i = 0; i < snapshot.Length; i++)
        {
            if (i > 0) _sb.Append(ItemSeparator);
            if (Indent != null) Newline(level + 1);
            Value(snapshot[i], level + 1);
        }
        if (Indent != null) Newline(level);
        _sb.Append(']');
        Leave(owner);
    }

    private void Object(PyDict d, int level)
    {
        if (d.Count == 0) { _sb.Append("{}"); return; }
        Enter(d);
        _sb.Append('{');
        var pairs = d.Pairs();
        if (SortKeys) pairs = Sorted(pairs);
        bool first = true;
        foreach (var (key, value) in pairs)
        {
            string? k = KeyString(key);
            if (k == null) continue;
            if (!first) _sb.Append(ItemSeparator);
            if (Indent != null) Newline(level + 1);
            first = false;
            Str(_sb, k, EnsureAscii);
            _sb.Append(KeySeparator);
            Value(value, level + 1);
        }
        if (Indent != null) Newline(level);
        _sb.Append('}');
        Leave(d);
    }

    /// <summary>Sorts like `sorted(d.items())`, so mixed key types raise Python's TypeError.</summary>
    private static List<KeyValuePair<PyObject, PyObject>> Sorted(List<KeyValuePair<PyObject, PyObject>> pairs)
    {
        var list = new PyList(pairs.Select(p => (PyObject)PyTuple.Of(p.Key, p.Value)).ToArray());
        Ops.Call(Ops.GetAttr(list, "sort"));
        var result = new List<KeyValuePair<PyObject, PyObject>>(list.Count);
        foreach (var item in list.Span)
        {
            var t = (PyTuple)item;
            result.Add(new(t.Items[0], t.Items[1]));
        }
        return result;
    }

    /// <summary>The text of a dict key, or null to skip it (skipkeys).</summary>
    private string? KeyString(PyObject key)
    {
        switch (key)
        {
            case PyStr s: return s.Value;
            case PyFloat f: return Float(f.V);
            case PyInt i when key.Type == Types.Bool: return i.V != 0 ? "true" : "false";
            case PySingleton when key == Py.None: return "null";
            case PyInt i: return i.IsBig ? i.AsBig.ToString() : i.V.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (SkipKeys) return null;
        throw PyError.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}");
    }

    private string Float(double v)
    {
        if (double.IsFinite(v)) return PyFloat.Repr(v);
        if (!AllowNan)
            throw PyError.ValueError("Out of range float values are not JSON compliant: " + PyFloat.Repr(v));
        return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    /// <summary>A JSON string literal; with asciiOnly every non-ASCII code unit becomes \uXXXX.</summary>
    public static void Str(StringBuilder sb, string s, bool asciiOnly)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // .NET strings are UTF-16, so astral characters already arrive as the
                    // surrogate pair CPython writes for them.
                    if (c < 0x20 || (asciiOnly && c > 0x7e))
                        sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
